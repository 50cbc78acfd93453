"""Feeds, their polling state, and the items they carry (each stored once)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.feeds import FailureOutcome, Feed, FeedOrigin, ItemStatus, StoredItem
from bot.core.items import Item, identity
from bot.storage.database import Claim, Database, utc_text
from bot.storage.sql import Connection, Row


@dataclass(frozen=True)
class FeedUpdate:
    """What a successful poll learned about the feed itself."""

    title: str
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    new_url: str | None = None  # a permanent redirect moved the feed
    note: str | None = None  # replaces the feed's note (entries dropped by the cap)


class FeedStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def add(
        self,
        url: str,
        *,
        tenant: str,
        origin: FeedOrigin,
        added_by: str,
        now: datetime,
        title: str = "",
        interval: timedelta | None = None,
    ) -> Feed | None:
        """The new feed, or None when this tenant already watches the URL."""
        seconds = int(interval.total_seconds()) if interval else None
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO feeds (url, tenant, title, origin, interval_seconds, added_by,"
                " added_at, next_poll_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (tenant, url) DO NOTHING",
                (
                    url,
                    tenant,
                    title,
                    origin.value,
                    seconds,
                    added_by,
                    now.isoformat(),
                    now.isoformat(),
                ),
            )
            feed_id = cursor.lastrowid if cursor.rowcount else None
        return await self.get(feed_id) if feed_id else None

    async def add_many(
        self,
        entries: Sequence[tuple[str, str]],
        *,
        tenant: str,
        origin: FeedOrigin,
        added_by: str,
        now: datetime,
    ) -> list[Feed]:
        """(url, title) pairs, added in one transaction: all of them or, on a failure, none.
        URLs the tenant already watches are left as they are; returns the feeds added."""
        ids = []
        async with self._db.transaction() as conn:
            for url, title in entries:
                cursor = await conn.execute(
                    "INSERT INTO feeds (url, tenant, title, origin, added_by, added_at,"
                    " next_poll_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (tenant, url) DO NOTHING",
                    (url, tenant, title, origin.value, added_by, now.isoformat(), now.isoformat()),
                )
                if cursor.rowcount and cursor.lastrowid:
                    ids.append(cursor.lastrowid)
        return [feed for feed_id in ids if (feed := await self.get(feed_id))]

    async def take_lease(self, feed_id: int, now: datetime, until: datetime) -> bool:
        """Whether this process polls the feed now. Where several bots share the database, the
        first to ask holds the feed until `until` and the others leave it alone; a bot alone on
        its database (SQLite) always does."""
        if not self._db.shared:
            return True
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE feeds SET lease_until = ?"
                " WHERE id = ? AND (lease_until IS NULL OR lease_until <= ?)",
                (utc_text(until), feed_id, utc_text(now)),
            )
        return cursor.rowcount == 1

    async def take_job_lease(self, job: str, now: datetime, until: datetime) -> bool:
        """Whether this process runs the periodic `job` now: the feeds' lease, for a job."""
        if not self._db.shared:
            return True
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO job_leases (job, lease_until) VALUES (?, ?)"
                " ON CONFLICT (job) DO UPDATE SET lease_until = excluded.lease_until"
                " WHERE job_leases.lease_until <= ?",
                (job, utc_text(until), utc_text(now)),
            )
        return cursor.rowcount == 1

    async def get(self, feed_id: int) -> Feed | None:
        row = await self._db.fetch_one("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        return _feed(row) if row else None

    async def find(self, tenant: str, url: str) -> Feed | None:
        row = await self._db.fetch_one(
            "SELECT * FROM feeds WHERE tenant = ? AND url = ?", (tenant, url)
        )
        return _feed(row) if row else None

    async def listed(self, tenant: str | None = None) -> list[Feed]:
        """Every feed, or one tenant's feeds plus the global ones."""
        if tenant is None:
            rows = await self._db.fetch_all("SELECT * FROM feeds ORDER BY id")
        else:
            rows = await self._db.fetch_all(
                "SELECT * FROM feeds WHERE tenant IN ('', ?) ORDER BY tenant, id", (tenant,)
            )
        return [_feed(row) for row in rows]

    async def remove(self, feed_id: int) -> None:
        await self._db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    async def sync_origin(self, origin: FeedOrigin, urls: Sequence[str], now: datetime) -> None:
        """Make the global feeds of one origin exactly `urls` (settings are the truth)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "DELETE FROM feeds WHERE origin = ?"
                " AND url NOT IN (SELECT value FROM json_each(?))",
                (origin.value, json.dumps(list(urls))),
            )
            await conn.executemany(
                "INSERT INTO feeds (url, tenant, origin, added_by, added_at, next_poll_at)"
                " VALUES (?, '', ?, 'settings', ?, ?) ON CONFLICT (tenant, url) DO NOTHING",
                [(url, origin.value, now.isoformat(), now.isoformat()) for url in urls],
            )

    async def record_success(self, feed: Feed, update: FeedUpdate, now: datetime) -> None:
        await self._db.execute(_SUCCESS, _success_params(feed, update, now))

    async def record_failure(
        self, feed: Feed, outcome: FailureOutcome, error: str, now: datetime
    ) -> None:
        disabled = now.isoformat() if outcome.disable else None
        notified = (
            now.isoformat() if outcome.notify else feed.notified_at and feed.notified_at.isoformat()
        )
        await self._db.execute(
            "UPDATE feeds SET last_polled_at = ?, next_poll_at = ?, failures = ?,"
            " failing_since = ?, last_error = ?, disabled_at = coalesce(disabled_at, ?),"
            " notified_at = ? WHERE id = ?",
            (
                now.isoformat(),
                outcome.next_poll_at.isoformat(),
                outcome.failures,
                outcome.failing_since.isoformat(),
                error,
                disabled,
                notified,
                feed.id,
            ),
        )

    async def enable(self, feed_id: int, now: datetime) -> None:
        await self._db.execute(
            "UPDATE feeds SET disabled_at = NULL, failures = 0, failing_since = NULL,"
            " notified_at = NULL, next_poll_at = ? WHERE id = ?",
            (now.isoformat(), feed_id),
        )

    async def store_items(
        self,
        feed: Feed,
        items: Sequence[tuple[Item, ItemStatus]],
        now: datetime,
        success: FeedUpdate | None = None,
    ) -> list[StoredItem]:
        """Store what is new, link every item to the feed; return only items new to the bot.
        With `success`, the poll's success is recorded in the same transaction."""
        keyed = _unique_by_key(feed, items)
        if not keyed:
            if success is not None:
                await self.record_success(feed, success, now)
            return []
        keys = json.dumps([key for key, _, _ in keyed])
        links = json.dumps([item.link for _, item, _ in keyed if item.link])
        fresh: dict[str, int] = {}
        async with self._db.transaction() as conn:
            for start in range(0, len(keyed), _ROWS_PER_INSERT):
                rows = keyed[start : start + _ROWS_PER_INSERT]
                params = tuple(p for k, i, s in rows for p in _item_params(k, i, s, feed, now))
                for row in await conn.execute_fetchall(_insert_items(len(rows)), params):
                    fresh[row["key"]] = row["id"]
            await conn.execute(_LINK_TO_FEED, (feed.id, keys, links))
            if success is not None:
                await conn.execute(_SUCCESS, _success_params(feed, success, now))
        return [StoredItem(fresh[k], i, s) for k, i, s in keyed if k in fresh]

    async def items_with_status(self, status: ItemStatus, limit: int = 1000) -> list[StoredItem]:
        """Items in `status`, oldest first. New items are the pipeline's next batch: where
        several bots share the database, each batch is claimed by one of them."""
        sql = "SELECT * FROM items WHERE status = ? ORDER BY id LIMIT ?"
        params = (status.value, limit)
        if status is ItemStatus.NEW:
            claim = Claim("items", "items", datetime.now(UTC))
            rows = await self._db.claim_due(sql, params, claim)
        else:
            rows = await self._db.fetch_all(sql, params)
        return [StoredItem(row["id"], _item(row), ItemStatus(row["status"])) for row in rows]

    async def find_item(self, link: str) -> StoredItem | None:
        """The stored item with this canonical link, if any feed carried it."""
        row = await self._db.fetch_one("SELECT * FROM items WHERE link = ?", (link,))
        return StoredItem(row["id"], _item(row), ItemStatus(row["status"])) if row else None

    async def set_aside(self, item_id: int) -> None:
        """An item the analysis fails on: marked analysed (kept, never retried), so it cannot
        hold back the items after it; the failure is in the log."""
        async with self._db.transaction() as conn:
            await mark_items(conn, [item_id], ItemStatus.ANALYSED)

    async def item_count(self) -> int:
        row = await self._db.fetch_one("SELECT count(*) FROM items")
        return int(row[0]) if row else 0


_SUCCESS = """
UPDATE feeds SET title = ?, etag = ?, last_modified = ?, primed = 1, last_polled_at = ?,
                 last_success_at = ?, next_poll_at = ?, failures = 0, failing_since = NULL,
                 last_error = NULL, notified_at = NULL, url = coalesce(?, url), note = ?
WHERE id = ?
"""


def _success_params(feed: Feed, update: FeedUpdate, now: datetime) -> tuple[object, ...]:
    return (
        update.title or feed.title,
        update.etag,
        update.last_modified,
        now.isoformat(),
        now.isoformat(),
        update.next_poll_at.isoformat(),
        update.new_url,
        update.note,
        feed.id,
    )


_ROWS_PER_INSERT = 500  # items per INSERT: 11 parameters each, far below either engine's cap
_ITEM_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
# An item already stored (by key or by link) is left as it is, and only new ones come back: the
# insert answers which items are new, and the whole document costs two statements.
_INSERT_ITEMS = """
INSERT INTO items (key, link, title, summary, published, published_estimated, outlet, guid,
                   first_feed, seen_at, status)
VALUES {rows}
ON CONFLICT DO NOTHING
RETURNING id, key
"""
_LINK_TO_FEED = """
INSERT OR IGNORE INTO feed_items (feed_id, item_id)
SELECT ?, id FROM items
WHERE key IN (SELECT value FROM json_each(?)) OR link IN (SELECT value FROM json_each(?))
"""


def _insert_items(count: int) -> str:
    return _INSERT_ITEMS.format(rows=", ".join([_ITEM_ROW] * count))


async def mark_items(conn: Connection, item_ids: Sequence[int], status: ItemStatus) -> None:
    await conn.executemany(
        "UPDATE items SET status = ? WHERE id = ?", [(status.value, i) for i in item_ids]
    )


def _unique_by_key(
    feed: Feed, items: Sequence[tuple[Item, ItemStatus]]
) -> list[tuple[str, Item, ItemStatus]]:
    seen: set[str] = set()
    unique = []
    for item, status in items:
        key = identity(item, str(feed.id))
        if key not in seen and (not item.link or item.link not in seen):
            seen |= {key, item.link} - {""}
            unique.append((key, item, status))
    return unique


def _item_params(
    key: str, item: Item, status: ItemStatus, feed: Feed, now: datetime
) -> tuple[object, ...]:
    return (
        key,
        item.link or None,
        item.title,
        item.summary,
        item.published.isoformat(),
        int(item.published_estimated),
        item.outlet,
        item.guid,
        feed.id,
        now.isoformat(),
        status.value,
    )


def _item(row: Row) -> Item:
    return Item(
        title=row["title"],
        summary=row["summary"],
        link=row["link"] or "",
        published=datetime.fromisoformat(row["published"]),
        guid=row["guid"],
        published_estimated=bool(row["published_estimated"]),
        outlet=row["outlet"],
    )


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _feed(row: Row) -> Feed:
    seconds = row["interval_seconds"]
    return Feed(
        id=row["id"],
        url=row["url"],
        tenant=row["tenant"],
        title=row["title"],
        origin=FeedOrigin(row["origin"]),
        interval=timedelta(seconds=seconds) if seconds else None,
        added_by=row["added_by"],
        added_at=datetime.fromisoformat(row["added_at"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        primed=bool(row["primed"]),
        last_polled_at=_dt(row["last_polled_at"]),
        last_success_at=_dt(row["last_success_at"]),
        next_poll_at=_dt(row["next_poll_at"]),
        failures=row["failures"],
        failing_since=_dt(row["failing_since"]),
        last_error=row["last_error"],
        disabled_at=_dt(row["disabled_at"]),
        notified_at=_dt(row["notified_at"]),
        note=row["note"],
    )
