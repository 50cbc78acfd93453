"""The outbox: one row per (event, subscription), kept until the platform has accepted it.

Life of a row (`deliveries`, migration 0004):

    enqueue ─► pending ─► sent ─(a source joins: edit_pending = 1)─► edited, still sent
               │  ▲  ├─► failed   (the retry budget is spent; kept for inspection)
               │  └──┤ retry      (attempts + 1, next_attempt_at pushed back)
               │     ├─► dead     (channel gone: the subscription is disabled with the reason)
               │     └─► digest   (over the channel's hourly cap: the next digest carries it)
               │           └─(the digest is posted)─► sent, in_digest = 1: never edited
               held ─(the mute or quiet hours end: `release_held`)─► pending

The worker sends nothing from here; it reads due rows, talks to the platform and records the
outcome. Nothing is marked "claimed" before a send: a crash between send and record leaves the
row pending, so the next start sends it again with the same nonce (at-least-once, and the
platform can drop the repeat).

Edits and sends can race a new source joining the event. `enqueue` then sets `edit_pending` and
bumps `updated_at`; `mark_sent`/`mark_edited` clear `edit_pending` only when `updated_at` still
holds the value read with the row (`Due.version`), so a source that joined while a message was
in flight still gets its edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.core.catalogue import DEFAULT_LOOK, Look, Style
from bot.core.mentions import Mention
from bot.core.routing import Route
from bot.core.subscriptions import Channel, DeliveryStatus, DeliveryView
from bot.storage.database import Claim, Database, utc_text
from bot.storage.outbox_writes import enqueue_all
from bot.storage.sql import Connection, Row


@dataclass(frozen=True)
class Due:
    """A row the worker should act on now: a first send (or retry), or an edit of a sent one."""

    id: int
    event_id: int
    subscription_id: int
    channel: Channel
    country: str
    nonce: str
    attempts: int
    message_id: str | None
    version: str  # updated_at as read: a changed value means the event changed meanwhile
    posting_since: datetime | None = None  # a send was tried: the message may already be there
    look: Look = DEFAULT_LOOK  # the channel's style and language, read with the row
    mention: Mention | None = None  # the subscription's: the message starts with it

    @property
    def is_edit(self) -> bool:
        return self.message_id is not None


@dataclass(frozen=True)
class DigestRow:
    delivery_id: int
    event_id: int
    created_at: datetime


class HoldPolicy(Protocol):
    """Why a channel's alerts about `country` must still wait at `now`; "" releases them."""

    async def hold_reason(self, channel: Channel, country: str, now: datetime) -> str: ...


_DUE = """
SELECT d.id, d.event_id, d.subscription_id, d.nonce, d.attempts, d.message_id, d.updated_at,
       d.posting_since, s.platform, s.tenant, s.channel, s.style, s.language, s.mention,
       e.country
FROM deliveries d
JOIN subscriptions s ON s.id = d.subscription_id
JOIN events e ON e.id = d.event_id
WHERE s.active = 1 AND s.platform IN (SELECT value FROM json_each(?)) AND d.next_attempt_at <= ?
  AND (d.status = 'pending' OR (d.status = 'sent' AND d.edit_pending = 1 AND d.in_digest = 0))
  AND d.subscription_id NOT IN (SELECT value FROM json_each(?))
ORDER BY d.next_attempt_at, d.id LIMIT ?
"""
_HELD = """
SELECT d.id, s.platform, s.tenant, s.channel, e.country
FROM deliveries d
JOIN subscriptions s ON s.id = d.subscription_id
JOIN events e ON e.id = d.event_id
WHERE s.active = 1 AND d.status = 'held'
ORDER BY d.id
"""


class Outbox:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def database(self) -> Database:
        return self._db

    @staticmethod
    async def enqueue(
        conn: Connection, event_id: int, routes: Sequence[Route], now: datetime
    ) -> int:
        """Write the event's deliveries inside the caller's transaction; return how many are new.

        A subscription that already has a row keeps it: a sent (or in-flight) message is marked
        for an edit that adds the new sources; held and finished rows, and rows that went out
        inside a digest, stay as they are.
        """
        return (await enqueue_all(conn, [(event_id, routes)], now))[0]

    async def due(
        self,
        now: datetime,
        platforms: Iterable[str],
        limit: int = 100,
        *,
        skip: Iterable[int] = (),
    ) -> list[Due]:
        """Pending rows whose time has come and sent rows awaiting an edit, oldest first.

        Only for platforms that have a sender this run: the others wait, untouched; and none of
        the subscriptions in `skip` (channels whose earlier rows are still being delivered).
        """
        params = (json.dumps(list(platforms)), utc_text(now), json.dumps(list(skip)), limit)
        rows = await self._db.claim_due(_DUE, params, Claim("deliveries", "d", now))
        return [_due(row) for row in rows]

    async def mark_posting(self, due: Due, now: datetime) -> None:
        """The platform is about to be asked to post this row. Kept after a crash or a lost reply,
        so the next try looks for the message first. `updated_at` (the row's version) stays."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE deliveries SET posting_since = ? WHERE id = ? AND posting_since IS NULL",
                (utc_text(now), due.id),
            )

    async def release_held(self, now: datetime, policy: HoldPolicy) -> int:
        """Make held rows pending again once `policy` gives no reason to hold them."""
        rows = await self._db.fetch_all(_HELD)
        reasons: dict[tuple[Channel, str], str] = {}  # one question per channel and country
        for row in rows:
            key = (_channel(row), row["country"])
            if key not in reasons:
                reasons[key] = await policy.hold_reason(*key, now)
        released = [row["id"] for row in rows if not reasons[(_channel(row), row["country"])]]
        if not released:
            return 0
        await self._db.execute_many(
            "UPDATE deliveries SET status = 'pending', held_reason = '', next_attempt_at = ?,"
            " updated_at = ? WHERE id = ? AND status = 'held'",
            [(utc_text(now), utc_text(now), row_id) for row_id in released],
        )
        return len(released)

    async def mark_sent(self, due: Due, message_id: str, now: datetime) -> None:
        await self._update(
            "status = 'sent', message_id = ?, sent_at = ?, attempts = 0, last_error = '',"
            " edit_pending = iif(updated_at = ?, 0, edit_pending)",
            (message_id, utc_text(now), due.version),
            due.id,
            now,
        )

    async def mark_edited(self, due: Due, now: datetime) -> None:
        await self._update(
            "attempts = 0, last_error = '', edit_pending = iif(updated_at = ?, 0, 1)",
            (due.version,),
            due.id,
            now,
        )

    async def retry(
        self, delivery_id: int, attempts: int, at: datetime, error: str, now: datetime
    ) -> None:
        """Try again at `at` (a send, or an edit of a sent row)."""
        await self._update(
            "attempts = ?, next_attempt_at = ?, last_error = ?",
            (attempts, utc_text(at), error),
            delivery_id,
            now,
        )

    async def fail(self, delivery_id: int, error: str, now: datetime) -> None:
        """Give up. A message already posted stays `sent`: only its edit is abandoned."""
        await self._update(
            "status = iif(status = 'sent', 'sent', 'failed'), edit_pending = 0, last_error = ?",
            (error,),
            delivery_id,
            now,
        )

    async def dead(self, delivery_id: int, error: str, now: datetime) -> None:
        """The channel is gone: disable its subscription and stop all of its unsent rows."""
        stamp = utc_text(now)
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT subscription_id FROM deliveries WHERE id = ?", (delivery_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                return
            await _stop_subscription(conn, row[0], error, stamp)

    async def channel_gone(self, subscription_id: int, error: str, now: datetime) -> None:
        """`dead`, learnt from a bot message (a digest or a notice) rather than an alert."""
        async with self._db.transaction() as conn:
            await _stop_subscription(conn, subscription_id, error, utc_text(now))

    async def to_digest(self, ids: Sequence[int], now: datetime) -> None:
        await self._db.execute_many(
            "UPDATE deliveries SET status = 'digest', edit_pending = 0, updated_at = ?"
            " WHERE id = ? AND status = 'pending'",
            [(utc_text(now), row_id) for row_id in ids],
        )

    async def sent_since(self, subscription_id: int, since: datetime) -> int:
        """How many messages went to the subscription's channel after `since` (edits excluded)."""
        row = await self._db.fetch_one(
            "SELECT count(*) FROM deliveries WHERE subscription_id = ? AND sent_at > ?",
            (subscription_id, utc_text(since)),
        )
        return int(row[0]) if row else 0

    async def digest_rows(
        self, subscription_id: int, since: datetime | None = None
    ) -> list[DigestRow]:
        """Rows waiting for the subscription's next digest (created since `since`), oldest first."""
        rows = await self._db.fetch_all(
            "SELECT id, event_id, created_at FROM deliveries WHERE subscription_id = ?"
            " AND status = 'digest' AND created_at >= ? AND id NOT IN"  # not in a queued digest
            " (SELECT c.value FROM posts p, json_each(p.carries) c WHERE p.status = 'pending')"
            " ORDER BY created_at, id",
            (subscription_id, utc_text(since) if since else ""),
        )
        return [
            DigestRow(r["id"], r["event_id"], datetime.fromisoformat(r["created_at"])) for r in rows
        ]

    async def mark_digested(self, ids: Sequence[int], message_id: str, now: datetime) -> None:
        """The digest message carried these rows: they count as sent, with its message id, and
        are never edited (`in_digest`)."""
        await self._db.execute_many(
            "UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, in_digest = 1,"
            " edit_pending = 0, updated_at = ? WHERE id = ? AND status = 'digest'",
            [(message_id, utc_text(now), utc_text(now), row_id) for row_id in ids],
        )

    async def held_in(self, channel: Channel) -> list[tuple[int, str]]:
        """(event id, reason) of the alerts a channel's mutes or quiet hours hold back."""
        rows = await self._db.fetch_all(
            "SELECT d.event_id, d.held_reason FROM deliveries d"
            " JOIN subscriptions s ON s.id = d.subscription_id"
            " WHERE s.platform = ? AND s.tenant = ? AND s.channel = ? AND d.status = 'held'"
            " ORDER BY d.id",
            (channel.platform, channel.tenant, channel.channel),
        )
        return [(int(row[0]), str(row[1])) for row in rows]

    async def deliveries_for(self, event_id: int) -> list[DeliveryView]:
        rows = await self._db.fetch_all(
            "SELECT s.platform, s.tenant, s.channel, d.status, d.held_reason, d.last_error"
            " FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id"
            " WHERE d.event_id = ? ORDER BY d.id",
            (event_id,),
        )
        return [
            DeliveryView(Channel(r[0], r[1], r[2]), DeliveryStatus(r[3]), r[4], r[5]) for r in rows
        ]

    async def refresh(self, event_id: int, now: datetime) -> int:
        """A decision changed what the event's alerts say: those already sent get an edit (not
        those that went out inside a digest: the digest stays as it was posted)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE deliveries SET edit_pending = 1, updated_at = ?"
                " WHERE event_id = ? AND status = 'sent' AND in_digest = 0",
                (utc_text(now), event_id),
            )
            return cursor.rowcount

    async def stats(self) -> dict[DeliveryStatus, int]:
        rows = await self._db.fetch_all("SELECT status, count(*) FROM deliveries GROUP BY status")
        counts = dict.fromkeys(DeliveryStatus, 0)
        counts.update({DeliveryStatus(row[0]): int(row[1]) for row in rows})
        return counts

    async def oldest_pending(self) -> datetime | None:
        """When the oldest row still waiting to be sent was written (None: nothing waits)."""
        row = await self._db.fetch_one(
            "SELECT min(created_at) FROM deliveries WHERE status = 'pending'"
        )
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    async def _update(
        self, assignments: str, params: tuple[object, ...], delivery_id: int, now: datetime
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                # Done with for now: the claim goes, so any process may take the row when due.
                f"UPDATE deliveries SET {assignments}, updated_at = ?, claimed_until = NULL"  # noqa: S608 - callers pass constant text
                " WHERE id = ?",
                (*params, utc_text(now), delivery_id),
            )


async def _stop_subscription(
    conn: Connection, subscription_id: int, error: str, stamp: str
) -> None:
    """Disable the subscription with the reason and stop everything it has not received yet:
    posted messages stay `sent`, only what never reached the channel dies."""
    await conn.execute(
        "UPDATE subscriptions SET active = 0, disabled_reason = ?, updated_at = ? WHERE id = ?",
        (error, stamp, subscription_id),
    )
    await conn.execute(
        "UPDATE deliveries SET status = iif(status = 'sent', 'sent', 'dead'),"
        " edit_pending = 0, last_error = ?, updated_at = ? WHERE subscription_id = ?"
        " AND (status IN ('pending', 'held', 'digest') OR edit_pending = 1)",
        (error, stamp, subscription_id),
    )
    await conn.execute(
        "UPDATE posts SET status = 'dead', last_error = ?, updated_at = ?"
        " WHERE subscription_id = ? AND status = 'pending'",
        (error, stamp, subscription_id),
    )


def _channel(row: Row) -> Channel:
    return Channel(row["platform"], row["tenant"], row["channel"])


def _due(row: Row) -> Due:
    return Due(
        id=row["id"],
        event_id=row["event_id"],
        subscription_id=row["subscription_id"],
        channel=_channel(row),
        country=row["country"],
        nonce=row["nonce"],
        attempts=row["attempts"],
        message_id=row["message_id"],
        version=row["updated_at"],
        posting_since=_moment(row["posting_since"]),
        look=Look(Style(row["style"]), row["language"]),
        mention=Mention.from_stored(row["mention"]),
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
