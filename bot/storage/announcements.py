"""An operator's record change as an event channels can be told about.

`stance set` has no news item behind it; the change becomes one so that it travels the same road
as news (an event, a finding, routes, the outbox): the source the operator cited is the item (a
story already stored under that link, or a new entry titled with the operator's reason), and the
event is born confirmed.
"""

from __future__ import annotations

import secrets
from datetime import datetime, time

from bot.core.events import AlertKind, Event, EventStatus
from bot.core.items import canonical_link
from bot.core.models import Change
from bot.storage.event_rows import load_event
from bot.storage.sql import Connection

OPERATOR_OUTLET = "operator"
_ITEM_BY_LINK = "SELECT id FROM items WHERE link = ?"
_INSERT_ITEM = """
INSERT INTO items (key, link, title, summary, published, published_estimated, outlet, seen_at,
                   status)
VALUES (?, ?, ?, ?, ?, 0, ?, ?, 'analysed')
"""
_INSERT_EVENT = """
INSERT INTO events (country, stance, kind, previous, opened_at, status, decided_by, decided_at,
                    note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_FINDING = """
INSERT INTO findings (item_id, event_id, country, stance, confidence, evidence, outlet,
                      published, created_at)
VALUES (?, ?, ?, ?, 1.0, ?, ?, ?, ?)
ON CONFLICT (item_id, country) DO NOTHING
"""


async def announcement(conn: Connection, change: Change, summary: str, now: datetime) -> Event:
    """Inside a transaction: the confirmed event of an operator's change, with its source."""
    stamp, on = now.isoformat(), datetime.combine(change.on, time(12), now.tzinfo).isoformat()
    previous = (change.previous or change.stance).value
    cursor = await conn.execute(
        _INSERT_EVENT,
        (
            change.country,
            change.stance.value,
            AlertKind.CHANGE.value,
            previous,
            on,
            EventStatus.CONFIRMED.value,
            change.actor,
            stamp,
            summary,
            stamp,
            stamp,
        ),
    )
    event_id = int(cursor.lastrowid or 0)
    item_id = await _source_item(conn, change, on, stamp)
    finding = (
        item_id,
        event_id,
        change.country,
        change.stance.value,
        change.reason,
        OPERATOR_OUTLET,
        on,
        stamp,
    )
    if (await conn.execute(_INSERT_FINDING, finding)).rowcount == 0:
        # The cited story already speaks of this country in another event: cite it anew.
        item_id = await _new_item(conn, change, on, stamp, link=None)
        await conn.execute(_INSERT_FINDING, (item_id, *finding[1:]))
    event = await load_event(conn, event_id)
    assert event is not None
    return event


async def _source_item(conn: Connection, change: Change, on: str, stamp: str) -> int:
    link = canonical_link(change.sources[0]) if change.sources else ""
    if link:
        async with conn.execute(_ITEM_BY_LINK, (link,)) as cursor:
            row = await cursor.fetchone()
        if row is not None:
            return int(row["id"])
    return await _new_item(conn, change, on, stamp, link=link or None)


async def _new_item(
    conn: Connection, change: Change, on: str, stamp: str, *, link: str | None
) -> int:
    key = f"operator:{secrets.token_hex(8)}"
    cursor = await conn.execute(
        _INSERT_ITEM, (key, link, change.reason, change.reason, on, OPERATOR_OUTLET, stamp)
    )
    return int(cursor.lastrowid or 0)
