"""Events and findings as rows: reading an event with its sources, and recording a decision.

Shared by `EventStore` and the pipeline's ledger; each function takes an open connection,
so the caller chooses the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime

from bot.core.events import AlertKind, Carrier, Event, EventStatus, Source
from bot.core.items import outlet_of
from bot.core.models import Change, Stance
from bot.storage.records import write_change
from bot.storage.sql import Connection, Row

INSERT_FINDING = """
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
_CARRIERS = """
SELECT fi.item_id, f.id, f.url, f.tenant FROM feed_items fi JOIN feeds f ON f.id = fi.feed_id
WHERE fi.item_id IN (SELECT value FROM json_each(?)) ORDER BY fi.item_id, f.id
"""
_DECIDE = """
UPDATE events SET status = ?, decided_by = ?, decided_at = ?, note = ?, updated_at = ?
WHERE id = ?
"""


async def load_event(conn: Connection, event_id: int) -> Event | None:
    found = await conn.execute_fetchall("SELECT * FROM events WHERE id = ?", (event_id,))
    if not found:
        return None
    rows = await conn.execute_fetchall(_SOURCES, (event_id,))
    carriers = await carriers_of(conn, {source["item_id"] for source in rows})
    return event_from_row(found[0], tuple(source_from_row(source, carriers) for source in rows))


async def carriers_of(conn: Connection, item_ids: Iterable[int]) -> dict[int, tuple[Carrier, ...]]:
    """The feeds that carried each item, by item id."""
    rows = await conn.execute_fetchall(_CARRIERS, (json.dumps(sorted(set(item_ids))),))
    carried: dict[int, list[Carrier]] = {}
    for row in rows:
        carrier = Carrier(row["id"], outlet_of(row["url"]), row["tenant"])
        carried.setdefault(row["item_id"], []).append(carrier)
    return {item_id: tuple(carriers) for item_id, carriers in carried.items()}


async def decide(
    conn: Connection,
    event: Event,
    status: EventStatus,
    change: Change | None,
    *,
    note: str,
    now: datetime,
    actor: str,
) -> bool:
    """Record the decision; a change joins the history and becomes the record unless the
    record is newer. Returns whether the record changed."""
    current = await write_change(conn, change, note, now) if change is not None else False
    stamp = now.isoformat()
    await conn.execute(_DECIDE, (status.value, actor, stamp, note, stamp, event.id))
    return current


def event_from_row(row: Row, sources: tuple[Source, ...]) -> Event:
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


def source_from_row(row: Row, carriers: Mapping[int, tuple[Carrier, ...]]) -> Source:
    """A source as stored, with the feeds that carried its item (`carriers_of`)."""
    return Source(
        item_id=row["item_id"],
        title=row["title"],
        link=row["link"],
        outlet=row["outlet"],
        published=datetime.fromisoformat(row["published"]),
        confidence=row["confidence"],
        evidence=row["evidence"],
        carriers=carriers.get(row["item_id"], ()),
    )
