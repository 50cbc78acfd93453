"""The interfaces the neutral core and handlers need from storage, as Protocols."""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from bot.core.feeds import Feed, FeedAdded
from bot.core.models import Change, Record


class RecordReader(Protocol):
    async def get(self, code: str) -> Record | None: ...

    async def all(self) -> list[Record]: ...

    async def history(self, code: str) -> list[Change]: ...

    async def recent_changes(self, limit: int) -> list[Change]: ...


class FeedManager(Protocol):
    """Feeds as commands see them; raises CommandError with a message for the user."""

    async def add(
        self, *, tenant: str, url: str, interval: timedelta | None, added_by: str
    ) -> FeedAdded: ...

    async def remove(self, *, tenant: str, ref: str) -> Feed: ...

    async def listed(self, tenant: str) -> list[Feed]: ...
