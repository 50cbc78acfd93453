"""Bot messages waiting to be posted (digests, feed notices): the outbox's second table.

A row lives like an alert's delivery (`bot.storage.outbox`): pending until the platform returns a
message id, retried with backoff, dead with its subscription when the channel is gone. Each row
has a key: writing the same key twice for a subscription keeps the first (a digest job that ran
twice for one period, or crashed after writing it, posts one digest).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.mentions import Mention
from bot.core.replies import Reply, reply_from_json
from bot.core.subscriptions import Channel
from bot.storage.database import Claim, Database, utc_text
from bot.storage.sql import Row


@dataclass(frozen=True)
class PostDue:
    id: int
    subscription_id: int
    channel: Channel
    reply: Reply
    carries: tuple[int, ...]  # deliveries the message stands for (a catch-up digest)
    nonce: str
    attempts: int
    posting_since: datetime | None
    mention: Mention | None = None  # a digest pings whom the subscription's alerts ping


_DUE = """
SELECT p.id, p.subscription_id, p.reply, p.carries, p.nonce, p.attempts, p.posting_since,
       s.platform, s.tenant, s.channel, iif(p.key GLOB 'digest:*', s.mention, '') AS mention
FROM posts p JOIN subscriptions s ON s.id = p.subscription_id
WHERE s.active = 1 AND p.status = 'pending' AND p.next_attempt_at <= ?
  AND s.platform IN (SELECT value FROM json_each(?))
  AND p.subscription_id NOT IN (SELECT value FROM json_each(?))
ORDER BY p.next_attempt_at, p.id LIMIT ?
"""
_ADD = """
INSERT INTO posts (subscription_id, key, reply, carries, nonce, next_attempt_at, created_at,
                   updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (subscription_id, key) DO NOTHING
"""


class PostBox:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def add(
        self,
        subscription_id: int,
        key: str,
        reply: Reply,
        now: datetime,
        *,
        carries: Sequence[int] = (),
        digested: bool = False,
    ) -> bool:
        """Queue a message for the subscription's channel; False if `key` was queued before.
        A digest (`digested`) also records the subscription's digest time, in one transaction:
        a crash leaves either both or neither, never a second digest for the period."""
        stamp = utc_text(now)
        params = (
            subscription_id,
            key,
            json.dumps(reply.to_json(), ensure_ascii=False),
            json.dumps(list(carries)),
            secrets.token_hex(12),
            stamp,
            stamp,
            stamp,
        )
        async with self._db.transaction() as conn:
            cursor = await conn.execute(_ADD, params)
            if digested:
                await conn.execute(
                    "UPDATE subscriptions SET last_digest_at = ? WHERE id = ?",
                    (stamp, subscription_id),
                )
            return cursor.rowcount == 1

    async def due(
        self, now: datetime, platforms: Iterable[str], limit: int = 100, *, skip: Iterable[int] = ()
    ) -> list[PostDue]:
        params = (utc_text(now), json.dumps(list(platforms)), json.dumps(list(skip)), limit)
        rows = await self._db.claim_due(_DUE, params, Claim("posts", "p", now))
        return [_due(row) for row in rows]

    async def mark_posting(self, post: PostDue, now: datetime) -> None:
        await self._set(
            post.id, "posting_since = coalesce(posting_since, ?)", (utc_text(now),), now
        )

    async def mark_sent(self, post: PostDue, message_id: str, now: datetime) -> None:
        """Sent; the deliveries it carried count as sent with its message id, and are marked
        `in_digest`: that message is the digest, never to be edited into one of them."""
        stamp = utc_text(now)
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET status = 'sent', message_id = ?, sent_at = ?, last_error = '',"
                " updated_at = ? WHERE id = ?",
                (message_id, stamp, stamp, post.id),
            )
            await conn.executemany(
                "UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, in_digest = 1,"
                " edit_pending = 0, updated_at = ? WHERE id = ? AND status = 'digest'",
                [(message_id, stamp, stamp, row_id) for row_id in post.carries],
            )

    async def retry(
        self, post: PostDue, attempts: int, at: datetime, error: str, now: datetime
    ) -> None:
        await self._set(
            post.id,
            "attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = NULL",
            (attempts, utc_text(at), error),
            now,
        )

    async def fail(self, post: PostDue, error: str, now: datetime) -> None:
        await self._set(post.id, "status = 'failed', last_error = ?", (error,), now)

    async def pending_for(self, subscription_id: int) -> list[tuple[str, str]]:
        """(key, status) of the subscription's messages, oldest first (status, tests)."""
        rows = await self._db.fetch_all(
            "SELECT key, status FROM posts WHERE subscription_id = ? ORDER BY id",
            (subscription_id,),
        )
        return [(str(row[0]), str(row[1])) for row in rows]

    async def _set(
        self, post_id: int, assignments: str, params: tuple[object, ...], now: datetime
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                f"UPDATE posts SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - callers pass constant text
                (*params, utc_text(now), post_id),
            )


def _due(row: Row) -> PostDue:
    return PostDue(
        id=row["id"],
        subscription_id=row["subscription_id"],
        channel=Channel(row["platform"], row["tenant"], row["channel"]),
        reply=reply_from_json(json.loads(row["reply"])),
        carries=tuple(json.loads(row["carries"])),
        nonce=row["nonce"],
        attempts=row["attempts"],
        posting_since=datetime.fromisoformat(row["posting_since"])
        if row["posting_since"]
        else None,
        mention=Mention.from_stored(row["mention"]),
    )
