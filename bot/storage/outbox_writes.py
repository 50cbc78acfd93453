"""Writing deliveries into the outbox inside the caller's transaction (see `bot.storage.outbox`).

`enqueue_all` takes every (event, routes) a batch produced and writes them with one `executemany`
in that order, after one read of the pairs already stored: the same rows and per-call counts as
one `Outbox.enqueue` per event, without three round trips each.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.core.routing import Route
from bot.storage.database import utc_text

_UPSERT = """
INSERT INTO deliveries (event_id, subscription_id, status, nonce, next_attempt_at, held_reason,
                        created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (event_id, subscription_id) DO UPDATE
SET edit_pending = 1, updated_at = excluded.updated_at,
    next_attempt_at = max(next_attempt_at, excluded.next_attempt_at)
WHERE status IN ('pending', 'sent')
"""
_PAIRS = """
SELECT event_id, subscription_id FROM deliveries
WHERE event_id IN (SELECT value FROM json_each(?))
"""


async def enqueue_all(
    conn: aiosqlite.Connection, routed: Sequence[tuple[int, Sequence[Route]]], now: datetime
) -> list[int]:
    """Write each (event id, routes) in order; return how many rows each one added.

    A subscription that already has a row for the event keeps it: a sent (or in-flight) message
    is marked for an edit that adds the new sources; held and finished rows stay as they are.
    """
    wanted = [(event_id, routes) for event_id, routes in routed if routes]
    if not wanted:  # nobody wants any of it: spare the round trips
        return [0] * len(routed)
    params = (json.dumps(sorted({event_id for event_id, _ in wanted})),)
    stored = {(row[0], row[1]) for row in await conn.execute_fetchall(_PAIRS, params)}
    added = []
    for event_id, routes in routed:
        fresh = {(event_id, route.subscription.id) for route in routes} - stored
        stored |= fresh
        added.append(len(fresh))
    stamp = utc_text(now)
    await conn.executemany(
        _UPSERT,
        [_insert_params(event_id, route, stamp) for event_id, routes in wanted for route in routes],
    )
    return added


def _insert_params(event_id: int, route: Route, stamp: str) -> tuple[object, ...]:
    subscription = route.subscription.id
    status, reason = route.status.value, route.held_reason
    return (
        event_id,
        subscription,
        status,
        nonce(event_id, subscription),
        stamp,
        reason,
        stamp,
        stamp,
    )


def nonce(event_id: int, subscription_id: int) -> str:
    """The platform's key for dropping a repeat of this one delivery: unique, 24 characters.

    The event and subscription come first, so one event's thousands of deliveries land side by
    side in the nonces' unique index (an all-random nonce touched a page of it per row, which
    made writing them twice as slow); the random end tells apart a row written again for a
    subscription id reused after a deletion."""
    return f"{event_id:08x}{subscription_id:08x}{secrets.token_hex(4)}"
