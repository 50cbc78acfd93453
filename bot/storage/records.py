"""Stance records and their history in SQLite."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from bot.core.models import Change, Origin, Record, Stance
from bot.core.seed import Seed
from bot.storage.database import Database
from bot.storage.sql import Connection, Row

UNKNOWN_SUMMARY = "No public position on record."

# The same change (country, day, stance, origin) recorded twice is one history entry: the later
# reason and sources win (two events can report one change that flip-flopped within a day).
_INSERT_HISTORY = """
INSERT INTO history (country, stance, previous, changed_on, reason, sources, origin, actor,
                     recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (country, changed_on, stance, origin) DO UPDATE SET
    previous = excluded.previous, reason = excluded.reason, sources = excluded.sources,
    actor = excluded.actor, recorded_at = excluded.recorded_at
"""
_UPSERT_RECORD = """
INSERT INTO records (country, stance, since, summary, sources, origin, updated_at, reviewed_on,
                     reviewed_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (country) DO UPDATE SET
    stance = excluded.stance, since = excluded.since, summary = excluded.summary,
    sources = excluded.sources, origin = excluded.origin, updated_at = excluded.updated_at,
    reviewed_on = excluded.reviewed_on, reviewed_by = excluded.reviewed_by
"""
# A change that joins the history without becoming the record still means it was reviewed.
_REVIEWED = "UPDATE records SET reviewed_on = ?, reviewed_by = ?, updated_at = ? WHERE country = ?"


@dataclass(frozen=True)
class SeedResult:
    version: int
    inserted: int
    updated: int


class RecordStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def get(self, code: str) -> Record | None:
        row = await self._db.fetch_one("SELECT * FROM records WHERE country = ?", (code,))
        return _record(row) if row else None

    async def all(self) -> list[Record]:
        rows = await self._db.fetch_all("SELECT * FROM records ORDER BY country")
        return [_record(row) for row in rows]

    async def history(self, code: str) -> list[Change]:
        rows = await self._db.fetch_all(
            "SELECT * FROM history WHERE country = ? ORDER BY changed_on, id", (code,)
        )
        return [_change(row) for row in rows]

    async def all_history(self) -> list[Change]:
        rows = await self._db.fetch_all("SELECT * FROM history ORDER BY country, changed_on, id")
        return [_change(row) for row in rows]

    async def recent_changes(self, limit: int) -> list[Change]:
        rows = await self._db.fetch_all(
            "SELECT * FROM history ORDER BY changed_on DESC, id DESC LIMIT ?", (limit,)
        )
        return [_change(row) for row in rows]

    async def write(self, change: Change, summary: str, now: datetime) -> bool:
        """Add `change` to the history (an operator's `stance set`); it becomes the record unless
        it is older than the record's current stance. Returns whether it did."""
        async with self._db.transaction() as conn:
            return await write_change(conn, change, summary, now)

    async def seed_version(self) -> int:
        row = await self._db.fetch_one("SELECT value FROM meta WHERE key = 'seed_version'")
        return int(row["value"]) if row else 0

    async def apply_seed(self, seed: Seed, codes: Collection[str], now: datetime) -> SeedResult:
        """Create missing records; with a newer seed, refresh those still owned by the seed.
        Written in three batches, not a statement per country (a round trip each on
        PostgreSQL)."""
        stored = await self.seed_version()
        newer = seed.version > stored
        async with self._db.transaction() as conn:
            owners = await _origins(conn)
            missing = [code for code in sorted(codes) if code not in owners]
            stale = [c for c in sorted(codes) if newer and owners.get(c) == Origin.SEED]
            await conn.executemany(
                "DELETE FROM history WHERE country = ? AND origin = 'seed'", [(c,) for c in stale]
            )
            records, changes = _seed_rows(sorted([*missing, *stale]), seed, now)
            await conn.executemany(_UPSERT_RECORD, records)
            await conn.executemany(_INSERT_HISTORY, changes)
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES ('seed_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(max(seed.version, stored)),),
            )
        return SeedResult(seed.version, len(missing), len(stale))

    async def replace_all(
        self, entries: Iterable[tuple[Record, tuple[Change, ...]]], now: datetime
    ) -> int:
        """Replace the given countries' records and history (an import), atomically."""
        count = 0
        async with self._db.transaction() as conn:
            for record, history in entries:
                await conn.execute("DELETE FROM history WHERE country = ?", (record.country,))
                await conn.execute(_UPSERT_RECORD, _record_params(record))
                await conn.executemany(_INSERT_HISTORY, [_change_params(c, now) for c in history])
                count += 1
        return count

    async def count(self) -> int:
        row = await self._db.fetch_one("SELECT count(*) AS n FROM records")
        return int(row["n"]) if row else 0


async def write_change(conn: Connection, change: Change, summary: str, now: datetime) -> bool:
    """Inside a transaction: add `change` to the country's history, in date order, and make it
    the record unless the record's current stance is newer (a story about 2020 confirmed after
    a 2021 decision belongs to the past). Returns whether it became the record."""
    since = await _since(conn, change.country)
    current = since is None or change.on >= since
    if current:
        record = Record(
            change.country,
            change.stance,
            change.on,
            summary,
            change.sources,
            change.origin,
            now,
            now.date(),
            change.actor,
        )
        await conn.execute(_UPSERT_RECORD, _record_params(record))
    else:
        change = replace(change, previous=await _stance_before(conn, change.country, change.on))
        stamp = now.isoformat()
        await conn.execute(_REVIEWED, (now.date().isoformat(), change.actor, stamp, change.country))
    await conn.execute(_INSERT_HISTORY, _change_params(change, now))
    return current


async def _since(conn: Connection, code: str) -> date | None:
    async with conn.execute("SELECT since FROM records WHERE country = ?", (code,)) as cursor:
        row = await cursor.fetchone()
    return date.fromisoformat(row["since"]) if row and row["since"] else None


async def _stance_before(conn: Connection, code: str, day: date) -> Stance | None:
    query = (
        "SELECT stance FROM history WHERE country = ? AND changed_on < ?"
        " ORDER BY changed_on DESC, id DESC LIMIT 1"
    )
    async with conn.execute(query, (code, day.isoformat())) as cursor:
        row = await cursor.fetchone()
    return Stance(row["stance"]) if row else None


async def _origins(conn: Connection) -> dict[str, Origin]:
    async with conn.execute("SELECT country, origin FROM records") as cursor:
        return {row["country"]: Origin(row["origin"]) async for row in cursor}


def _seed_rows(
    codes: Iterable[str], seed: Seed, now: datetime
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The records rows and history rows the seed gives these countries, in their order."""
    records: list[tuple[object, ...]] = []
    changes: list[tuple[object, ...]] = []
    for code in codes:
        entry = seed.entries.get(code)
        if entry is None:
            unknown = Record(code, Stance.UNKNOWN, None, UNKNOWN_SUMMARY, (), Origin.SEED, now)
            records.append(_record_params(unknown))
            continue
        record = Record(
            code,
            entry.stance,
            entry.since,
            entry.summary,
            entry.sources,
            Origin.SEED,
            now,
            seed.reviewed_on,
            seed.reviewer,
        )
        records.append(_record_params(record))
        changes.extend(_change_params(c, now) for c in entry.changes)
    return records, changes


def _record_params(record: Record) -> tuple[object, ...]:
    return (
        record.country,
        record.stance.value,
        record.since.isoformat() if record.since else None,
        record.summary,
        json.dumps(list(record.sources)),
        record.origin.value,
        record.updated_at.isoformat(),
        record.reviewed_on.isoformat() if record.reviewed_on else None,
        record.reviewed_by,
    )


def _change_params(change: Change, now: datetime) -> tuple[object, ...]:
    return (
        change.country,
        change.stance.value,
        change.previous.value if change.previous else None,
        change.on.isoformat(),
        change.reason,
        json.dumps(list(change.sources)),
        change.origin.value,
        change.actor,
        now.isoformat(),
    )


def _record(row: Row) -> Record:
    return Record(
        country=row["country"],
        stance=Stance(row["stance"]),
        since=date.fromisoformat(row["since"]) if row["since"] else None,
        summary=row["summary"],
        sources=tuple(json.loads(row["sources"])),
        origin=Origin(row["origin"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        reviewed_on=date.fromisoformat(row["reviewed_on"]) if row["reviewed_on"] else None,
        reviewed_by=row["reviewed_by"],
    )


def _change(row: Row) -> Change:
    return Change(
        country=row["country"],
        stance=Stance(row["stance"]),
        previous=Stance(row["previous"]) if row["previous"] else None,
        on=date.fromisoformat(row["changed_on"]),
        reason=row["reason"],
        sources=tuple(json.loads(row["sources"])),
        origin=Origin(row["origin"]),
        actor=row["actor"],
    )
