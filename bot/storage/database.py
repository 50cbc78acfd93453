"""The database the stores share: SQLite (one connection in WAL mode, shared through a lock), or
PostgreSQL (`bot.storage.postgres`) when STANCEBOT_DB is a postgresql:// URL."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import aiosqlite

from bot.core.errors import SchemaTooNewError, StorageError
from bot.logs import event
from bot.storage.migrations import Migration, load_migrations
from bot.storage.sql import Connection, Params, Row
from bot.storage.target import DatabaseUrl

log = logging.getLogger(__name__)

__all__ = ["Connection", "Database", "Params", "Row", "utc_text"]


def utc_text(moment: datetime) -> str:
    """A time as stored: ISO 8601 in UTC, so that comparing the text compares the times."""
    return moment.astimezone(UTC).isoformat()


def storage_problem(path: Path, exc: sqlite3.Error) -> StorageError:
    """What SQLite's error means for the person who pointed STANCEBOT_DB at `path`."""
    text = str(exc)
    if "readonly" in text:
        reason = (
            "is read-only: stancebot writes to its database (and to the -wal and -shm files "
            "beside it); check the permissions of the file and its folder"
        )
    elif "malformed" in text or "not a database" in text:
        reason = f"is damaged ({text}); restore a backup: stancebot never resets it"
    elif "unable to open" in text:
        reason = "cannot be opened: check that the path and its folder exist and are readable"
    else:
        reason = f"is not a usable stancebot database: {text}"
    return StorageError(f"{path} {reason}.")


def is_storage_fault(exc: BaseException) -> bool:
    """A fault of the file itself (damaged, read-only, locked, unreadable), not a bug of ours
    such as a constraint or a programming error."""
    return type(exc) in (sqlite3.DatabaseError, sqlite3.OperationalError)


def _make_room(path: Path) -> None:
    if path.is_dir():
        raise StorageError(
            f"{path} is a directory, not a database file: set STANCEBOT_DB to a file."
        )
    if path.exists() and not os.access(path, os.W_OK):  # it would read fine, then fail mid-command
        raise storage_problem(
            path, sqlite3.OperationalError("attempt to write a readonly database")
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path}: its folder cannot be created: {exc.strerror}.") from exc


# How long an outbox row claimed by one process stays its own: far longer than a round of
# deliveries takes (a process that dies leaves its claims to expire; on SQLite none are taken).
CLAIM_LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class Claim:
    """The outbox table a due-rows query reads (as `alias`), and the time it is read at."""

    table: str
    alias: str
    now: datetime


class Database(ABC):
    """What the stores use, on either engine: transactions, reads, and the schema's version."""

    dialect: str
    shared: bool  # whether several bots may run on it at once (sharing the work)

    @staticmethod
    async def open(target: Path | DatabaseUrl, *, migrate: bool = True) -> Database:
        """The database at `target`, migrated to the latest schema unless told otherwise."""
        if isinstance(target, DatabaseUrl):
            from bot.storage.postgres import PostgresDatabase  # noqa: PLC0415 (asyncpg on demand)

            return await PostgresDatabase.connect(target, migrate=migrate)
        return await SqliteDatabase.connect(target, migrate=migrate)

    @property
    @abstractmethod
    def name(self) -> str:
        """The file, or the server's URL with its password masked."""

    @abstractmethod
    async def schema_version(self) -> int: ...

    @abstractmethod
    async def migrate(self) -> list[Migration]: ...

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Connection]:
        """A write transaction: committed if the block ends, rolled back if it raises."""

    @abstractmethod
    def reading(self) -> AbstractAsyncContextManager[Connection]:
        """A read-only transaction: one state of the data for the whole block."""

    @abstractmethod
    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]: ...

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        """The first row of a query that asks for one."""
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def execute(self, sql: str, params: Params = ()) -> None:
        """One write statement, atomic on its own (one row updated, say)."""
        async with self.transaction() as connection:
            await connection.execute(sql, params)

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        async with self.transaction() as connection:
            await connection.executemany(sql, rows)

    async def claim_due(self, sql: str, params: Params, claim: Claim) -> list[Row]:
        """The due rows `sql` selects, now this process's to send. One bot runs on SQLite (the
        file lock of `bot.storage.instance`), so they are simply read."""
        return await self.fetch_all(sql, params)


class SqliteDatabase(Database):
    """Serialises work on one connection: a transaction never interleaves with other queries."""

    dialect = "sqlite"
    shared = False

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()
        self.path = path

    @property
    def name(self) -> str:
        return str(self.path)

    @classmethod
    async def connect(cls, path: Path, *, migrate: bool = True) -> SqliteDatabase:
        if str(path) != ":memory:":
            _make_room(path)
        try:
            connection = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_problem(path, exc) from exc
        connection.row_factory = sqlite3.Row
        database = cls(connection, path)
        try:
            await database._prepare(migrate)
        except BaseException:
            await connection.close()
            raise
        return database

    async def _prepare(self, migrate: bool) -> None:
        """Read first, change nothing until the file is known to be ours and writable: someone
        else's database is refused as it was found (not even switched to WAL)."""
        try:
            await self._connection.execute("PRAGMA foreign_keys = ON")
            await self._connection.execute("PRAGMA busy_timeout = 5000")
            version = await self.schema_version()
            await self._check_ownership(version)
            await self._connection.execute("PRAGMA journal_mode = WAL")
            await self._connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise storage_problem(self.path, exc) from exc
        if migrate:
            await self.migrate()

    async def _check_ownership(self, version: int) -> None:
        latest = len(load_migrations())
        if version > latest:
            raise SchemaTooNewError(
                f"{self.path} has schema version {version}, newer than this stancebot knows "
                f"({latest}). Upgrade stancebot, or point STANCEBOT_DB at another file."
            )
        tables = await self.fetch_one("SELECT count(*) AS n FROM sqlite_schema")
        if version == 0 and tables is not None and tables["n"] > 0:
            raise StorageError(
                f"{self.path} holds tables but no stancebot schema version; refusing to touch it."
            )

    async def schema_version(self) -> int:
        row = await self.fetch_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self) -> list[Migration]:
        """Apply every pending migration, each atomically; return those applied."""
        current = await self.schema_version()
        pending = [m for m in load_migrations() if m.version > current]
        async with self._lock:
            for migration in pending:
                await self._apply(migration)
        return pending

    async def _apply(self, migration: Migration) -> None:
        try:
            await self._connection.executescript(migration.script())
        except sqlite3.Error as exc:
            if self._connection.in_transaction:
                await self._connection.execute("ROLLBACK")
            raise StorageError(f"{self.path}: migration {migration.name} failed: {exc}") from exc
        event(log, "db.migrated", path=self.path, version=migration.version)

    async def close(self) -> None:
        async with self._lock:
            await self._connection.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back if the block raises."""
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield _shaped(self._connection)
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Connection]:
        """BEGIN (deferred) … COMMIT: the block's queries see one state of the file and take no
        write lock, so a writer in another process is not held up."""
        async with self._lock:
            await self._connection.execute("BEGIN")
            try:
                yield _shaped(self._connection)
            finally:
                await self._connection.execute("COMMIT")

    async def execute(self, sql: str, params: Params = ()) -> None:
        # A lone statement is a transaction of its own in SQLite: one trip to the connection's
        # thread rather than three (BEGIN, the statement, COMMIT), each about 80 µs of CPU.
        async with self._lock:
            await self._connection.execute(sql, params)

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        async with self._lock:  # one trip to the connection's thread (a cursor takes three)
            return list(await self._connection.execute_fetchall(sql, params))


def _shaped(connection: aiosqlite.Connection) -> Connection:
    """aiosqlite's connection has the shape the stores use (`bot.storage.sql.Connection`)."""
    return cast(Connection, connection)
