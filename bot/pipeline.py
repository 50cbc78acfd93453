"""What happens to new items and feed notices after a poll."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.core.feeds import FeedNotice
from bot.logs import event
from bot.storage.feeds import StoredItem

log = logging.getLogger(__name__)

NoticeSink = Callable[[FeedNotice], Awaitable[None]]


class Pipeline:
    """Receives new items (stored with status `new`, so a crash loses none) and notices."""

    def __init__(self, notices: NoticeSink | None = None) -> None:
        self._notices = notices

    async def items_arrived(self, items: list[StoredItem]) -> None:
        for stored in items:
            event(log, "item.new", item=stored.id, title=stored.item.title)

    async def feed_notice(self, notice: FeedNotice) -> None:
        event(log, "feed.notice", level=logging.WARNING, feed=notice.feed.id, text=notice.text)
        if self._notices is not None:
            await self._notices(notice)
