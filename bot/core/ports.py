"""The interfaces the neutral core and handlers need from storage, as Protocols."""

from __future__ import annotations

from typing import Protocol

from bot.core.models import Change, Record


class RecordReader(Protocol):
    async def get(self, code: str) -> Record | None: ...

    async def all(self) -> list[Record]: ...

    async def history(self, code: str) -> list[Change]: ...

    async def recent_changes(self, limit: int) -> list[Change]: ...
