"""What the stores ask of a database connection, whichever engine is behind it.

aiosqlite's connection already has this shape; `bot.storage.postgres` gives asyncpg the same one,
so the stores above are written once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterable, Sequence
from typing import Any, Protocol

Params = tuple[Any, ...] | dict[str, Any]


class Row(Protocol):
    """A result row: by column name or position (sqlite3.Row, asyncpg.Record)."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def __iter__(self) -> Any: ...

    def __len__(self) -> int: ...


class Cursor(Protocol):
    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    async def fetchone(self) -> Row | None: ...

    async def fetchall(self) -> Iterable[Row]: ...

    def __aiter__(self) -> AsyncIterator[Row]: ...


class Executed(Protocol):
    """What `execute` returns: awaited, or entered with `async with`, it is the cursor."""

    def __await__(self) -> Generator[Any, None, Cursor]: ...

    async def __aenter__(self) -> Cursor: ...

    async def __aexit__(self, *exc: object) -> Any: ...


class Connection(Protocol):
    """A connection inside one transaction."""

    def execute(self, sql: str, parameters: Params = ..., /) -> Executed: ...

    async def executemany(self, sql: str, parameters: Iterable[Params], /) -> Any: ...

    async def execute_fetchall(self, sql: str, parameters: Params = ..., /) -> Sequence[Row]: ...
