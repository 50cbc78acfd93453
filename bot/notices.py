"""Feed notices (a feed disabled, or failing for a day) go to the tenant's alert channels, through
the outbox like alerts: retried, paced, and stopped if a channel is gone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.core.catalogue import say
from bot.core.feeds import FeedNotice
from bot.core.replies import Reply, Tone
from bot.logs import event
from bot.storage.posts import PostBox
from bot.storage.subscriptions import SubscriptionStore

log = logging.getLogger(__name__)


class NoticeBoard:
    def __init__(
        self, subscriptions: SubscriptionStore, posts: PostBox, clock: Callable[[], datetime]
    ) -> None:
        self._subscriptions = subscriptions
        self._posts = posts
        self._clock = clock

    async def __call__(self, notice: FeedNotice) -> None:
        """Queue the notice for every subscribed channel of the feed's tenant; global feeds
        only log (their operators read the logs)."""
        if not notice.feed.tenant:
            return
        now = self._clock()
        what = "disabled" if notice.disabled else "failing"
        key = f"feed-{notice.feed.id}:{what}:{now.isoformat()}"
        targets = [
            s for s in await self._subscriptions.active() if s.channel.tenant == notice.feed.tenant
        ]
        for subscription in targets:
            language = subscription.look.language
            reply = Reply(
                title=say(language, "notice.title"),
                text=notice.text_in(language),
                tone=Tone.WARNING,
                private=False,
                language=language,
            )
            await self._posts.add(subscription.id, key, reply, now)
        event(log, "notice.queued", feed=notice.feed.id, channels=len(targets))
