"""Each tenant's watched keywords, and the log of who changed them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.routing import TenantKey
from bot.core.subscriptions import KeywordChange
from bot.storage.database import Database, utc_text
from bot.storage.sql import Connection, Row

_LOG_KEYWORD = (
    "INSERT INTO keyword_log (platform, tenant, action, term, actor, at) VALUES (?, ?, ?, ?, ?, ?)"
)


class KeywordStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def keywords(self, platform: str, tenant: str) -> tuple[str, ...]:
        """The tenant's own terms; empty when it uses the defaults."""
        rows = await self._db.fetch_all(
            "SELECT term FROM keywords WHERE platform = ? AND tenant = ? ORDER BY added_at, term",
            (platform, tenant),
        )
        return tuple(row["term"] for row in rows)

    async def all_keywords(self) -> dict[TenantKey, tuple[str, ...]]:
        """Every tenant's own terms (tenants using the defaults are absent)."""
        rows = await self._db.fetch_all(
            "SELECT platform, tenant, term FROM keywords ORDER BY added_at, term"
        )
        found: dict[TenantKey, list[str]] = {}
        for row in rows:
            found.setdefault((row["platform"], row["tenant"]), []).append(row["term"])
        return {key: tuple(terms) for key, terms in found.items()}

    async def add_keywords(
        self,
        key: TenantKey,
        terms: Sequence[str],
        actor: str,
        now: datetime,
        *,
        base: Sequence[str] = (),
    ) -> tuple[str, ...]:
        """Add terms (normalised by the caller); return those that were new.

        A tenant with no terms of its own uses `base` (the defaults): adding to it starts the
        tenant's own list from them, so adding a term never silently drops the defaults.
        Every row written is logged with the actor.
        """
        async with self._db.transaction() as conn:
            current = await _terms(conn, key)
            effective = current or tuple(base)
            fresh = tuple(t for t in dict.fromkeys(terms) if t not in effective)
            if fresh and not current:
                await _write_terms(conn, key, "add", effective, actor=actor, now=now)
            await _write_terms(conn, key, "add", fresh, actor=actor, now=now)
        return fresh

    async def remove_keywords(
        self,
        key: TenantKey,
        terms: Sequence[str],
        actor: str,
        now: datetime,
        *,
        base: Sequence[str] = (),
    ) -> tuple[str, ...]:
        """Remove terms; return those removed. On the defaults, the rest become the tenant's."""
        async with self._db.transaction() as conn:
            current = await _terms(conn, key)
            effective = current or tuple(base)
            gone = tuple(t for t in dict.fromkeys(terms) if t in effective)
            if gone and not current:
                await _write_terms(conn, key, "add", effective, actor=actor, now=now)
            await _write_terms(conn, key, "remove", gone, actor=actor, now=now)
        return gone

    async def keyword_log(self, platform: str, tenant: str, limit: int) -> list[KeywordChange]:
        """The latest keyword changes, newest first."""
        rows = await self._db.fetch_all(
            "SELECT * FROM keyword_log WHERE platform = ? AND tenant = ? ORDER BY id DESC LIMIT ?",
            (platform, tenant, limit),
        )
        return [
            KeywordChange(
                row["action"], row["term"], row["actor"], datetime.fromisoformat(row["at"])
            )
            for row in rows
        ]


async def _terms(conn: Connection, key: TenantKey) -> tuple[str, ...]:
    sql = "SELECT term FROM keywords WHERE platform = ? AND tenant = ? ORDER BY added_at, term"
    async with conn.execute(sql, key) as cursor:
        return tuple([row["term"] async for row in cursor])


async def _write_terms(
    conn: Connection,
    key: TenantKey,
    action: str,
    terms: Sequence[str],
    *,
    actor: str,
    now: datetime,
) -> None:
    if action == "add":
        await conn.executemany(
            "INSERT OR IGNORE INTO keywords (platform, tenant, term, added_by, added_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [(*key, term, actor, utc_text(now)) for term in terms],
        )
    else:
        await conn.executemany(
            "DELETE FROM keywords WHERE platform = ? AND tenant = ? AND term = ?",
            [(*key, term) for term in terms],
        )
    await conn.executemany(_LOG_KEYWORD, [(*key, action, t, actor, utc_text(now)) for t in terms])


def _change(row: Row) -> KeywordChange:
    return KeywordChange(
        row["action"], row["term"], row["actor"], datetime.fromisoformat(row["at"])
    )
