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
    await conn.executemany(_UPSERT, _rows(wanted, utc_text(now)))
    return added


def _rows(routed: Sequence[tuple[int, Sequence[Route]]], stamp: str) -> list[tuple[object, ...]]:
    """One row per route. Its nonce is the platform's key for dropping a repeat of this one
    delivery: 24 characters, the event and subscription first, so one event's thousands of
    deliveries land side by side in the nonces' unique index (an all-random nonce touched a page
    of it per row, which made writing them twice as slow), then random ones, which tell apart a
    row written again for a subscription id reused after a deletion."""
    pairs = [(event_id, route) for event_id, routes in routed for route in routes]
    salt = secrets.token_hex(4 * len(pairs))  # one call: thousands of rows per event
    return [
        (
            event_id,
            route.subscription.id,
            route.status.value,
            f"{event_id:08x}{route.subscription.id:08x}{salt[8 * n : 8 * n + 8]}",
            stamp,
            route.held_reason,
            stamp,
            stamp,
        )
        for n, (event_id, route) in enumerate(pairs)
    ]
