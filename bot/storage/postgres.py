"""PostgreSQL through asyncpg: a pool of connections that speaks to the stores as aiosqlite does.

The stores' SQL is SQLite's, translated by `bot.storage.dialect`. Every write transaction first
takes one advisory lock of the schema, the way SQLite's BEGIN IMMEDIATE takes the file's write
lock: writes stay one at a time, across every process on the database, so the stores' read-then-
write steps keep the meaning they have on SQLite. Reads never wait for it. Work that several
processes share (feed leases, outbox claims) is taken with row locks; see decision 016.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import AsyncIterator, Coroutine, Generator, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any, TypeAlias

import asyncpg

from bot.core.errors import SchemaTooNewError, StorageError
from bot.logs import event
from bot.storage.database import CLAIM_LEASE, Claim, Database, utc_text
from bot.storage.dialect import COMPATIBILITY, translate, translate_script
from bot.storage.migrations import Migration, load_migrations
from bot.storage.sql import Connection, Cursor, Params, Row
from bot.storage.target import DatabaseUrl

log = logging.getLogger(__name__)

POOL_SIZE = 4
# The schema's own advisory locks, one for migrations and one for writes: `hashtext` of the
# schema's name keeps two schemas of one database (tests) apart.
_LOCK = "SELECT pg_advisory_xact_lock(hashtext(current_schema()), $1)"
_MIGRATING, _WRITING = 1, 2
# Each open database is a holder of outbox claims, alive while it holds the session lock
# (_HOLDERS, its number): the claims of a process that ended are free at once.
_HOLDERS = 50_016
_ALIVE = (
    "SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND classid::bigint = 50016 AND objsubid = 2"
)
# A connection of the pool, as the pool lends it (generic only in the type stubs).
Raw: TypeAlias = "asyncpg.pool.PoolConnectionProxy[asyncpg.Record]"
_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS stancebot_schema (version INTEGER NOT NULL)"


class PostgresDatabase(Database):
    dialect = "postgresql"
    shared = True

    def __init__(self, pool: asyncpg.Pool[asyncpg.Record], url: DatabaseUrl) -> None:
        self._pool = pool
        self.url = url
        self.holder = secrets.randbelow(2**31 - 2) + 1
        self._alive: asyncpg.Connection[asyncpg.Record] | None = None

    @property
    def name(self) -> str:
        return self.url.masked

    @classmethod
    async def connect(cls, url: DatabaseUrl, *, migrate: bool = True) -> PostgresDatabase:
        try:
            pool = await asyncpg.create_pool(url.value, min_size=1, max_size=POOL_SIZE)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"{url.masked} cannot be reached: {_reason(exc)}.") from exc
        database = cls(pool, url)
        try:
            await database._prepare(migrate)
            database._alive = await asyncpg.connect(url.value)
            await database._alive.execute(
                "SELECT pg_advisory_lock($1, $2)", _HOLDERS, database.holder
            )
        except BaseException:
            await database.close()
            raise
        return database

    async def _prepare(self, migrate: bool) -> None:
        async with self._pool.acquire() as raw, raw.transaction():
            await raw.execute(_LOCK, _MIGRATING)  # two processes starting at once: one migrates
            await self._check_ownership(raw)
            await raw.execute(COMPATIBILITY)
            await raw.execute(_VERSION_TABLE)
            if migrate:
                await self._migrate(raw)

    async def _check_ownership(self, raw: Raw) -> None:
        version = await _version(raw)
        latest = len(load_migrations())
        if version > latest:
            raise SchemaTooNewError(
                f"{self.name} has schema version {version}, newer than this stancebot knows "
                f"({latest}). Upgrade stancebot, or point STANCEBOT_DB at another database."
            )
        tables = await raw.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_name <> 'stancebot_schema'"
        )
        if version == 0 and tables:
            raise StorageError(
                f"{self.name} holds tables but no stancebot schema version; refusing to touch it."
            )

    async def schema_version(self) -> int:
        async with self._pool.acquire() as raw:
            return await _version(raw)

    async def migrate(self) -> list[Migration]:
        async with self._pool.acquire() as raw, raw.transaction():
            await raw.execute(_LOCK, _MIGRATING)
            return await self._migrate(raw)

    async def _migrate(self, raw: Raw) -> list[Migration]:
        current = await _version(raw)
        pending = [m for m in load_migrations() if m.version > current]
        for migration in pending:
            try:
                async with raw.transaction():  # a savepoint: all of one migration or none
                    await raw.execute(translate_script(migration.sql))
                    await raw.execute("DELETE FROM stancebot_schema")
                    await raw.execute(
                        "INSERT INTO stancebot_schema (version) VALUES ($1)", migration.version
                    )
            except asyncpg.PostgresError as exc:
                raise StorageError(
                    f"{self.name}: migration {migration.name} failed: {exc}"
                ) from exc
            event(log, "db.migrated", path=self.name, version=migration.version)
        return pending

    async def close(self) -> None:
        if self._alive is not None:
            await self._alive.close()
        await self._pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        async with self._pool.acquire() as raw, raw.transaction():
            await raw.execute(_LOCK, _WRITING)
            yield PgConnection(raw)

    async def claim_due(self, sql: str, params: Params, claim: Claim) -> list[Row]:
        """The due rows no other process holds, claimed until `CLAIM_LEASE` from now. Taken
        with FOR UPDATE SKIP LOCKED and without the schema's write lock: two processes asking at
        once get different rows and never wait for each other."""
        select, arguments = _claiming(sql, claim.alias), translate(sql).arguments(params)
        async with self._pool.acquire() as raw, raw.transaction():
            now = utc_text(claim.now)
            rows: list[Row] = list(await raw.fetch(select, *arguments, now, self.holder))
            await raw.execute(
                f"UPDATE {claim.table} SET claimed_by = $1, claimed_until = $2"  # noqa: S608 - a constant table name
                " WHERE id = ANY($3)",
                self.holder,
                utc_text(claim.now + CLAIM_LEASE),
                [row["id"] for row in rows],
            )
        return rows

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Connection]:
        async with (
            self._pool.acquire() as raw,
            raw.transaction(isolation="repeatable_read", readonly=True),
        ):
            yield PgConnection(raw)

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        async with self._pool.acquire() as raw:
            return list(await PgConnection(raw).execute_fetchall(sql, params))


class PgConnection:
    """An asyncpg connection with aiosqlite's shape (`bot.storage.sql.Connection`)."""

    def __init__(self, raw: Raw) -> None:
        self._raw = raw

    def execute(self, sql: str, parameters: Params = (), /) -> _Execution:
        return _Execution(self._run(sql, parameters))

    async def executemany(self, sql: str, parameters: Iterable[Params], /) -> None:
        statement = translate(sql, returning_id=False)
        rows = [statement.arguments(params) for params in parameters]
        if rows:
            await self._raw.executemany(statement.sql, rows)

    async def execute_fetchall(self, sql: str, parameters: Params = (), /) -> Sequence[Row]:
        return (await self._run(sql, parameters)).rows

    async def _run(self, sql: str, parameters: Params) -> PgCursor:
        statement = translate(sql)
        arguments = statement.arguments(parameters)
        if statement.returns_rows:
            rows: list[Row] = list(await self._raw.fetch(statement.sql, *arguments))
            last = rows[-1]["id"] if statement.returns_id and rows else None
            return PgCursor(rows, len(rows), last)
        status = await self._raw.execute(statement.sql, *arguments)
        counted = re.search(r"(\d+)$", status)
        return PgCursor([], int(counted.group(1)) if counted else -1, None)


class PgCursor:
    def __init__(self, rows: list[Row], rowcount: int, lastrowid: int | None) -> None:
        self.rows, self._next = rows, 0
        self._rowcount, self._lastrowid = rowcount, lastrowid

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._lastrowid

    async def fetchone(self) -> Row | None:
        if self._next >= len(self.rows):
            return None
        self._next += 1
        return self.rows[self._next - 1]

    def __aiter__(self) -> AsyncIterator[Row]:
        return self._rest()

    async def _rest(self) -> AsyncIterator[Row]:
        for row in await self.fetchall():
            yield row

    async def fetchall(self) -> list[Row]:
        rest, self._next = self.rows[self._next :], len(self.rows)
        return rest


class _Execution:
    """Awaited, or entered with `async with`, it runs the statement once and is its cursor."""

    def __init__(self, running: Coroutine[Any, Any, PgCursor]) -> None:
        self._running = running

    def __await__(self) -> Generator[Any, None, Cursor]:
        return self._running.__await__()

    async def __aenter__(self) -> Cursor:
        return await self._running

    async def __aexit__(self, *exc: object) -> None:
        return None


@lru_cache(maxsize=16)
def _claiming(sql: str, alias: str) -> str:
    """The due-rows query, translated, keeping out the rows another process holds (one still
    running, whose claim has not expired), and locking those it returns. Its last two parameters
    are the time and this process's holder number."""
    statement = translate(sql)
    now, me = f"${statement.count + 1}", f"${statement.count + 2}"
    where_ends = statement.sql.upper().rindex("ORDER BY")
    return (
        f"{statement.sql[:where_ends]}"
        f"  AND ({alias}.claimed_until IS NULL OR {alias}.claimed_until <= {now}"
        f" OR {alias}.claimed_by = {me} OR {alias}.claimed_by NOT IN ({_ALIVE}))\n"
        f"{statement.sql[where_ends:]} FOR UPDATE OF {alias} SKIP LOCKED"
    )


async def _version(raw: Raw) -> int:
    exists = await raw.fetchval("SELECT to_regclass('stancebot_schema') IS NOT NULL")
    if not exists:
        return 0
    version = await raw.fetchval("SELECT max(version) FROM stancebot_schema")
    return int(version or 0)


def _reason(exc: BaseException) -> str:
    """Why the server could not be used (asyncpg's messages never repeat the password)."""
    return str(exc) or type(exc).__name__
