from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.analysis import Finding
from bot.core.events import EventStatus
from bot.core.models import Stance
from bot.storage.database import Database, SqliteDatabase
from bot.storage.events import EventStore
from bot.storage.target import DatabaseUrl

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def database(database_target: Path | DatabaseUrl) -> AsyncIterator[Database]:
    database = await Database.open(database_target)
    yield database
    await database.close()


async def reported(database: Database, events: EventStore, title: str) -> int:
    """A stored story saying Sweden banned Huawei; returns the event it opened."""
    async with database.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO items (key, link, title, summary, published, published_estimated,"
            " outlet, seen_at, status) VALUES ('k1', 'https://news.example/1', ?, '', ?, 0,"
            " 'news.example', ?, 'analysed')",
            (title, NOW.isoformat(), NOW.isoformat()),
        )
    assert cursor.lastrowid is not None
    finding = Finding("SE", Stance.BANNED, 0.9, f"{title}.")
    event_id, _ = await events.add_finding(cursor.lastrowid, NOW, "news.example", finding, NOW)
    return event_id


@pytest.mark.sqlite_only(reason="SQLite's file lock held by another process")
async def test_reading_an_event_waits_for_no_writer_of_another_process(
    tmp_path: Path,
) -> None:
    database = await Database.open(tmp_path / "bot.db")  # SQLite's file lock is the subject
    events = EventStore(database, timedelta(hours=72))
    event_id = await reported(database, events, "Sweden bans Huawei")
    assert isinstance(database, SqliteDatabase)
    other_process = sqlite3.connect(database.path, isolation_level=None)
    try:
        other_process.execute("BEGIN IMMEDIATE")  # holds the write lock, as a writer would
        other_process.execute("UPDATE events SET status = 'rejected'")
        found = await asyncio.wait_for(events.get(event_id), timeout=2)
        other_process.execute("ROLLBACK")
    finally:
        other_process.close()
        await database.close()
    assert found is not None
    assert (EventStatus.PENDING, ("Sweden bans Huawei",)) == (
        found.status,
        tuple(source.title for source in found.sources),
    )
