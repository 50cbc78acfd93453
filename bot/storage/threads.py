"""Sources posted in an alert's thread (`thread_replies`, migration 0012): the outbox's third
table, for channels that turned `threads on`.

A row is written in the transaction that joined a source to an event, for every delivery of
that event already posted to a channel with threads on (a delivery not posted yet will show the
source in the alert itself). It lives like an alert's delivery (`bot.storage.outbox`): pending
until the platform returns a message id, retried with backoff, its nonce fixed when written so a
try after a crash or a lost reply finds the message instead of posting it twice. A reply that
cannot be posted (the alert was deleted, the bot may not open threads) fails alone: its channel's
subscription stays as it is.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.catalogue import DEFAULT_LOOK, Look, Style
from bot.core.routing import Joined
from bot.core.subscriptions import Channel
from bot.storage.database import Claim, Database, utc_text
from bot.storage.dialect import both
from bot.storage.sql import Connection, Row


@dataclass(frozen=True)
class ThreadDue:
    id: int
    delivery_id: int
    subscription_id: int
    channel: Channel
    event_id: int
    item_id: int
    alert_message_id: str  # the alert the thread belongs to
    thread_id: str | None  # None until the thread is opened (Discord)
    nonce: str
    attempts: int
    posting_since: datetime | None
    look: Look = DEFAULT_LOOK  # the channel's style and language


_QUEUE = both(
    sqlite="""
INSERT INTO thread_replies (delivery_id, item_id, nonce, next_attempt_at, created_at, updated_at)
SELECT d.id, ?2, ?3 || printf('%08x', d.subscription_id), ?4, ?4, ?4
FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
WHERE d.event_id = ?1 AND d.subscription_id = ?5 AND s.threads = 1 AND s.active = 1
  AND d.status = 'sent' AND d.in_digest = 0 AND d.message_id IS NOT NULL
  AND d.posting_since IS NOT NULL
ON CONFLICT (delivery_id, item_id) DO NOTHING
""",
    postgres="""
INSERT INTO thread_replies (delivery_id, item_id, nonce, next_attempt_at, created_at, updated_at)
SELECT d.id, ?2, CAST(?3 AS text) || lpad(to_hex(d.subscription_id), 8, '0'), ?4, ?4, ?4
FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
WHERE d.event_id = ?1 AND d.subscription_id = ?5 AND s.threads = 1 AND s.active = 1
  AND d.status = 'sent' AND d.in_digest = 0 AND d.message_id IS NOT NULL
  AND d.posting_since IS NOT NULL
ON CONFLICT (delivery_id, item_id) DO NOTHING
""",
)
_DUE = """
SELECT t.id, t.delivery_id, t.item_id, t.nonce, t.attempts, t.posting_since,
       d.subscription_id, d.event_id, d.message_id, d.thread_id, s.platform, s.tenant, s.channel,
       s.style, s.language
FROM thread_replies t
JOIN deliveries d ON d.id = t.delivery_id
JOIN subscriptions s ON s.id = d.subscription_id
WHERE s.active = 1 AND t.status = 'pending' AND t.next_attempt_at <= ?
  AND s.platform IN (SELECT value FROM json_each(?))
  AND d.subscription_id NOT IN (SELECT value FROM json_each(?))
ORDER BY t.next_attempt_at, t.id LIMIT ?
"""


async def queue_thread_replies(conn: Connection, joined: Sequence[Joined], now: datetime) -> int:
    """Inside the caller's transaction: a thread reply for each joined source and each of its
    subscriptions whose channel has threads on and already shows the event's alert. Its nonce
    (24 characters, Discord's limit is 25) is fixed here: random, then the subscription."""
    stamp = utc_text(now)
    params = [
        (j.event_id, j.item_id, secrets.token_hex(8), stamp, subscription_id)
        for j in joined
        for subscription_id in j.subscription_ids
    ]
    if not params:
        return 0
    queued = 0
    for one in params:  # few: the joined sources times the channels with threads on
        queued += (await conn.execute(_QUEUE, one)).rowcount
    return queued


class ThreadBox:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def due(
        self, now: datetime, platforms: Iterable[str], limit: int = 100, *, skip: Iterable[int] = ()
    ) -> list[ThreadDue]:
        params = (utc_text(now), json.dumps(list(platforms)), json.dumps(list(skip)), limit)
        rows = await self._db.claim_due(_DUE, params, Claim("thread_replies", "t", now))
        return [_due(row) for row in rows]

    async def set_thread(self, delivery_id: int, thread_id: str) -> None:
        """The thread opened on the delivery's alert: every later reply goes there."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE deliveries SET thread_id = ? WHERE id = ?", (thread_id, delivery_id)
            )

    async def mark_posting(self, row: ThreadDue, now: datetime) -> None:
        await self._set(row, "posting_since = coalesce(posting_since, ?)", (utc_text(now),), now)

    async def mark_sent(self, row: ThreadDue, message_id: str, now: datetime) -> None:
        await self._set(
            row,
            "status = 'sent', message_id = ?, sent_at = ?, last_error = ''",
            (message_id, utc_text(now)),
            now,
        )

    async def retry(
        self, row: ThreadDue, attempts: int, at: datetime, error: str, now: datetime
    ) -> None:
        await self._set(
            row,
            "attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = NULL",
            (attempts, utc_text(at), error),
            now,
        )

    async def fail(self, row: ThreadDue, error: str, now: datetime) -> None:
        await self._set(row, "status = 'failed', last_error = ?", (error,), now)

    async def of_delivery(self, delivery_id: int) -> list[tuple[int, str, str]]:
        """(item id, status, last error) of a delivery's thread replies, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT item_id, status, last_error FROM thread_replies WHERE delivery_id = ?"
            " ORDER BY id",
            (delivery_id,),
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    async def _set(
        self, row: ThreadDue, assignments: str, params: tuple[object, ...], now: datetime
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                f"UPDATE thread_replies SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - callers pass constant text
                (*params, utc_text(now), row.id),
            )


def _due(row: Row) -> ThreadDue:
    posting = row["posting_since"]
    return ThreadDue(
        id=row["id"],
        delivery_id=row["delivery_id"],
        subscription_id=row["subscription_id"],
        channel=Channel(row["platform"], row["tenant"], row["channel"]),
        event_id=row["event_id"],
        item_id=row["item_id"],
        alert_message_id=row["message_id"],
        thread_id=row["thread_id"],
        nonce=row["nonce"],
        attempts=row["attempts"],
        posting_since=datetime.fromisoformat(posting) if posting else None,
        look=Look(Style(row["style"]), row["language"]),
    )
