"""The PostgreSQL server the tests also run on (`tests/with_postgres.sh` starts one and sets
STANCEBOT_TEST_PG): each test gets a schema of its own, dropped when it ends."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from uuid import uuid4

import asyncpg
import pytest

from bot.settings import Settings
from bot.storage.target import DatabaseUrl

SERVER = "STANCEBOT_TEST_PG"
BACKENDS = ("sqlite", "postgresql")
NOT_SET = (
    f"PostgreSQL tests SKIPPED: {SERVER} is not set (run the suite through "
    "tests/with_postgres.sh, as `make test` does, or point it at a server)"
)


SCHEMAS_MADE: list[str] = []  # for the run's summary


def server_url() -> str | None:
    return os.environ.get(SERVER, "").strip() or None


@asynccontextmanager
async def fresh_schema() -> AsyncIterator[DatabaseUrl]:
    """A new, empty schema on the test server, as the URL the bot opens (its search_path)."""
    url = server_url()
    if url is None:
        pytest.skip(NOT_SET)
    name = f"test_{uuid4().hex[:16]}"
    await _run(url, f'CREATE SCHEMA "{name}"')
    SCHEMAS_MADE.append(name)
    try:
        yield DatabaseUrl(f"{url}{'&' if '?' in url else '?'}search_path={name}")
    finally:
        await _run(url, f'DROP SCHEMA "{name}" CASCADE')


async def _run(url: str, sql: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def on(settings: Settings, target: Path | DatabaseUrl) -> Settings:
    """The settings with their database at `target` (a file, or a PostgreSQL schema)."""
    if isinstance(target, DatabaseUrl):
        return replace(settings, database_url=target)
    return replace(settings, database=target, database_url=None)


def shared(target: Path | DatabaseUrl) -> DatabaseUrl | None:
    """The PostgreSQL database several processes share, or None for a SQLite file (each test's
    helpers then put it in their folder)."""
    return target if isinstance(target, DatabaseUrl) else None


def as_env(target: Path | DatabaseUrl) -> str:
    """The database as STANCEBOT_DB gives it to a process: the file's path, or the URL."""
    return target.value if isinstance(target, DatabaseUrl) else str(target)
