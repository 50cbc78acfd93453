"""Feed notices (a feed disabled, or failing for a day) go to the tenant's alert channels."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot.core.errors import SendError
from bot.core.feeds import FeedNotice
from bot.core.ports import AlertSender
from bot.core.replies import Reply, Tone
from bot.logs import event
from bot.storage.subscriptions import SubscriptionStore

log = logging.getLogger(__name__)


class NoticeBoard:
    def __init__(
        self, subscriptions: SubscriptionStore, senders: Mapping[str, AlertSender]
    ) -> None:
        self._subscriptions = subscriptions
        self._senders = senders

    async def __call__(self, notice: FeedNotice) -> None:
        """Tell every subscribed channel of the feed's tenant; global feeds only log."""
        reply = Reply(title="Feed problem", text=notice.text, tone=Tone.WARNING, private=False)
        channels = {
            s.channel
            for s in await self._subscriptions.active()
            if notice.feed.tenant and s.channel.tenant == notice.feed.tenant
        }
        for channel in channels:
            sender = self._senders.get(channel.platform)
            if sender is None:
                continue
            try:
                await sender.post(channel, reply)
            except SendError as exc:
                event(
                    log, "notice.failed", level=logging.WARNING, channel=channel.channel, error=exc
                )
