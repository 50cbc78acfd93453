"""An alert posted at once, not through the outbox: `/huawei test` checks a channel with it."""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from bot.core.alerts import Alert
from bot.core.catalogue import refusal
from bot.core.errors import ChannelGoneError, SendError
from bot.core.mentions import Mention
from bot.core.ports import AlertSender
from bot.core.subscriptions import Channel


class ChannelPoster:
    """Sends through the platform's own alert sender, so the message is a real alert's."""

    def __init__(self, senders: Mapping[str, AlertSender]) -> None:
        self._senders = senders

    async def post_alert(
        self, channel: Channel, alert: Alert, *, mention: Mention | None = None
    ) -> str:
        sender = self._senders.get(channel.platform)
        if sender is None:
            raise refusal("error.post.terminal")
        try:
            return await sender.send(channel, alert, secrets.token_hex(8), mention=mention)
        except ChannelGoneError as exc:
            raise refusal("error.post.refused", error=str(exc)) from exc
        except SendError as exc:
            raise refusal("error.post.failed", error=str(exc)) from exc
