"""Findings and the events they form, and the decisions on them.

Module-level functions take an open connection, so the pipeline can write findings, events,
decisions and deliveries in one transaction; `EventStore` wraps them for everyone else.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import aiosqlite

from bot.core.events import AlertKind, Event, EventStatus, Source, classify, initial_status
from bot.core.models import Change, Stance
from bot.storage.database import Database
from bot.storage.records import write_change

Finding = tuple[str, Stance | None, float, str]  # country, stance, confidence, evidence

_FIND_OPEN = """
SELECT id FROM events
WHERE country = ? AND stance IS ? AND opened_at BETWEEN ? AND ?
ORDER BY opened_at DESC LIMIT 1
"""
_INSERT_FINDING = """
INSERT INTO findings (item_id, event_id, country, stance, confidence, evidence, outlet,
                      published, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (item_id, country) DO NOTHING
"""
_SOURCES = """
SELECT f.item_id, i.title, coalesce(i.link, '') AS link, f.outlet, f.published, f.confidence,
       f.evidence
FROM findings f JOIN items i ON i.id = f.item_id
WHERE f.event_id = ? ORDER BY f.published, f.id
"""
_DECIDE = """
UPDATE events SET status = ?, decided_by = ?, decided_at = ?, note = ?, updated_at = ?
WHERE id = ?
"""


class EventStore:
    def __init__(self, database: Database, window: timedelta) -> None:
        self._db = database
        self.window = window

    async def add_finding(
        self, item_id: int, published: datetime, outlet: str, finding: Finding, now: datetime
    ) -> tuple[int, bool]:
        async with self._db.transaction() as conn:
            return await add_finding(
                conn, item_id, published, outlet, finding, now=now, window=self.window
            )

    async def get(self, event_id: int) -> Event | None:
        async with self._db.transaction() as conn:
            return await load_event(conn, event_id)

    async def with_status(self, status: EventStatus, limit: int = 50) -> list[Event]:
        sql = "SELECT id FROM events WHERE status = ? ORDER BY id DESC LIMIT ?"
        return await self._events(sql, (status.value, limit))

    async def recent(self, limit: int, kinds: tuple[AlertKind, ...]) -> list[Event]:
        sql = (
            "SELECT id FROM events WHERE kind IN (SELECT value FROM json_each(?))"
            " ORDER BY opened_at DESC LIMIT ?"
        )
        kinds_json = json.dumps([k.value for k in kinds])
        return await self._events(sql, (kinds_json, limit))

    async def created_since(self, since: datetime) -> list[Event]:
        """Events opened or decided since `since`: what a digest looks back on."""
        sql = "SELECT id FROM events WHERE created_at >= ? OR decided_at >= ? ORDER BY id"
        return await self._events(sql, (since.isoformat(), since.isoformat()))

    async def for_item(self, item_id: int) -> list[Event]:
        sql = "SELECT DISTINCT event_id AS id FROM findings WHERE item_id = ? ORDER BY event_id"
        return await self._events(sql, (item_id,))

    async def _events(self, sql: str, params: tuple[object, ...]) -> list[Event]:
        rows = await self._db.fetch_all(sql, params)
        return [event for row in rows if (event := await self.get(row["id"])) is not None]

    async def decide(
        self,
        event: Event,
        status: EventStatus,
        change: Change | None,
        *,
        note: str,
        now: datetime,
        actor: str,
    ) -> None:
        """Record a decision; with a change, update the record and its history atomically.

        `note` is the record's new summary for a change, or the reason for a rejection.
        """
        async with self._db.transaction() as conn:
            await decide(conn, event, status, change, note=note, now=now, actor=actor)


async def add_finding(
    conn: aiosqlite.Connection,
    item_id: int,
    published: datetime,
    outlet: str,
    finding: Finding,
    *,
    now: datetime,
    window: timedelta,
) -> tuple[int, bool]:
    """Join the finding to its event, opening one if none is in the window.

    Returns the event id and whether the finding is new (re-analysing an item adds nothing).
    """
    country, stance, confidence, evidence = finding
    event_id = await _open_event(conn, country, stance, published, window)
    if event_id is None:
        event_id = await _new_event(conn, country, stance, published, now)
    value = stance.value if stance else None
    cursor = await conn.execute(
        _INSERT_FINDING,
        (
            item_id,
            event_id,
            country,
            value,
            confidence,
            evidence,
            outlet,
            published.isoformat(),
            now.isoformat(),
        ),
    )
    return event_id, cursor.rowcount > 0


async def load_event(conn: aiosqlite.Connection, event_id: int) -> Event | None:
    async with conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return None
    async with conn.execute(_SOURCES, (event_id,)) as cursor:
        sources = tuple([_source(s) async for s in cursor])
    return _event(row, sources)


async def decide(
    conn: aiosqlite.Connection,
    event: Event,
    status: EventStatus,
    change: Change | None,
    *,
    note: str,
    now: datetime,
    actor: str,
) -> None:
    if change is not None:
        await write_change(conn, change, note, now)
    stamp = now.isoformat()
    await conn.execute(_DECIDE, (status.value, actor, stamp, note, stamp, event.id))


async def _open_event(
    conn: aiosqlite.Connection,
    country: str,
    stance: Stance | None,
    published: datetime,
    window: timedelta,
) -> int | None:
    low, high = (published - window).isoformat(), (published + window).isoformat()
    value = stance.value if stance else None
    async with conn.execute(_FIND_OPEN, (country, value, low, high)) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else None


async def _new_event(
    conn: aiosqlite.Connection,
    country: str,
    stance: Stance | None,
    published: datetime,
    now: datetime,
) -> int:
    async with conn.execute("SELECT stance FROM records WHERE country = ?", (country,)) as cur:
        row = await cur.fetchone()
    previous = Stance(row[0]) if row else Stance.UNKNOWN
    kind = classify(stance, previous)
    cursor = await conn.execute(
        "INSERT INTO events (country, stance, kind, previous, opened_at, status, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            country,
            stance.value if stance else None,
            kind.value,
            previous.value,
            published.isoformat(),
            initial_status(kind).value,
            now.isoformat(),
            now.isoformat(),
        ),
    )
    if cursor.lastrowid is None:
        raise RuntimeError("SQLite returned no id for a new event")
    return cursor.lastrowid


def _event(row: sqlite3.Row, sources: tuple[Source, ...]) -> Event:
    return Event(
        id=row["id"],
        country=row["country"],
        stance=Stance(row["stance"]) if row["stance"] else None,
        kind=AlertKind(row["kind"]),
        previous=Stance(row["previous"]),
        opened_at=datetime.fromisoformat(row["opened_at"]),
        status=EventStatus(row["status"]),
        sources=sources,
        decided_by=row["decided_by"],
    )


def _source(row: sqlite3.Row) -> Source:
    return Source(
        item_id=row["item_id"],
        title=row["title"],
        link=row["link"],
        outlet=row["outlet"],
        published=datetime.fromisoformat(row["published"]),
        confidence=row["confidence"],
        evidence=row["evidence"],
    )
