"""A batch's findings and events, kept in memory for the batch's one transaction.

`add_finding` / `load_event` / `decide` ask SQLite about a dozen questions per finding. A
batch instead reads what its findings may need in a few queries (the events each finding could
join, their sources, the records' stances, the findings already stored), answers the same
questions from memory while the pipeline walks its items in order, and writes at the end with
`executemany`: the same rows, in the same order, with the ids SQLite would have given them
(`max(id) + 1`, as for any INTEGER PRIMARY KEY without AUTOINCREMENT).

What it mirrors, exactly: a finding joins the latest event of its (country, stance) opened
within `window` of its published time (ISO text compared as text, as the SQL does), else opens
one whose `previous` is the record's stance at that moment (an auto-apply earlier in the batch
included); a finding already stored for (item, country) adds nothing; sources are ordered by
(published, finding id).
"""

from __future__ import annotations

import json
import sqlite3
from bisect import insort
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NamedTuple

import aiosqlite

from bot.core.events import Carrier, Event, EventStatus, Source, classify, initial_status
from bot.core.items import Item
from bot.core.models import Change, Stance
from bot.storage.event_rows import (
    INSERT_FINDING,
    Finding,
    carriers_of,
    decide,
    event_from_row,
    source_from_row,
)

Key = tuple[str, str | None]  # country, stance value
Order = tuple[str, int, int]  # published, 0 stored / 1 new, finding id / sequence

_CANDIDATES = """
SELECT DISTINCT e.* FROM json_each(?) k JOIN events e
  ON e.country = k.value ->> 0 AND e.stance IS k.value ->> 1
 AND e.opened_at BETWEEN k.value ->> 2 AND k.value ->> 3
"""
_SOURCES_OF = """
SELECT f.event_id, f.id, f.item_id, i.title, coalesce(i.link, '') AS link, f.outlet,
       f.published, f.confidence, f.evidence
FROM findings f JOIN items i ON i.id = f.item_id
WHERE f.event_id IN (SELECT value FROM json_each(?))
"""
# Each country's dated stances: a story is compared with the record as it stood on its day.
_HISTORIES = (
    "SELECT country, changed_on, recorded_at, stance FROM history"
    " WHERE country IN (SELECT value FROM json_each(?)) ORDER BY country, changed_on, id"
)
_KNOWN = "SELECT item_id, country FROM findings WHERE item_id IN (SELECT value FROM json_each(?))"
_INSERT_EVENT = """
INSERT INTO events (id, country, stance, kind, previous, opened_at, status, created_at,
                    updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


@dataclass(frozen=True)
class Planned:
    """One item whose findings the batch will write."""

    item_id: int
    item: Item
    outlet: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class _Decision:
    event: Event
    status: EventStatus
    change: Change | None
    note: str
    actor: str


class EventBatch:
    """Answers add_finding / load_event / decide from memory; `flush` writes it all."""

    def __init__(self, window: timedelta, now: datetime) -> None:
        self._window = window
        self._now = now
        self._events: dict[int, Event] = {}
        self._order: dict[int, list[tuple[Order, Source]]] = {}
        self._open: dict[Key, list[tuple[str, int]]] = {}  # key -> (opened_at, id)
        self._history: dict[str, list[_Dated]] = {}
        self._known: set[tuple[int, str]] = set()
        self._carriers: dict[int, tuple[Carrier, ...]] = {}
        self._top = 0
        self._new_events: list[tuple[object, ...]] = []
        self._findings: list[tuple[object, ...]] = []
        self._decisions: list[_Decision] = []

    @classmethod
    async def load(
        cls, conn: aiosqlite.Connection, planned: list[Planned], *, window: timedelta, now: datetime
    ) -> EventBatch:
        """Read, in five queries, everything the planned findings can touch."""
        batch = cls(window, now)
        if any(plan.findings for plan in planned):
            await batch._read(conn, planned)
        return batch

    async def _read(self, conn: aiosqlite.Connection, planned: list[Planned]) -> None:
        keys = {self._probe(plan.item, finding) for plan in planned for finding in plan.findings}
        for row in await conn.execute_fetchall(_CANDIDATES, (json.dumps(sorted(keys, key=str)),)):
            self._events[row["id"]] = event_from_row(row, ())
            self._open.setdefault((row["country"], row["stance"]), []).append(
                (row["opened_at"], row["id"])
            )
        await self._read_sources(conn, planned)
        countries = sorted({finding[0] for plan in planned for finding in plan.findings})
        for row in await conn.execute_fetchall(_HISTORIES, (json.dumps(countries),)):
            dated = _Dated(row["changed_on"], row["recorded_at"], Stance(row["stance"]))
            self._history.setdefault(row["country"], []).append(dated)
        ids = sorted({plan.item_id for plan in planned})
        rows = await conn.execute_fetchall(_KNOWN, (json.dumps(ids),))
        self._known = {(row["item_id"], row["country"]) for row in rows}
        top = await conn.execute_fetchall("SELECT coalesce(max(id), 0) FROM events")
        self._top = int(next(iter(top))[0])

    async def _read_sources(self, conn: aiosqlite.Connection, planned: list[Planned]) -> None:
        """Sources of the stored events the findings would join (a superset of those touched)."""
        picks = {
            pick
            for plan in planned
            for country, stance, _, _ in plan.findings
            if (pick := self._match((country, _value(stance)), plan.item.published)) is not None
        }
        rows = await conn.execute_fetchall(_SOURCES_OF, (json.dumps(sorted(picks)),))
        items = {row["item_id"] for row in rows} | {plan.item_id for plan in planned}
        self._carriers = await carriers_of(conn, items)
        for row in rows:
            order, source = _stored(row)
            source = replace(source, carriers=self._carriers.get(source.item_id, ()))
            insort(self._order.setdefault(row["event_id"], []), (order, source), key=_by_order)
        for event_id, ordered in self._order.items():
            self._events[event_id] = replace(
                self._events[event_id], sources=tuple(s for _, s in ordered)
            )

    def _probe(self, item: Item, finding: Finding) -> tuple[str, str | None, str, str]:
        low, high = self._bounds(item.published)
        return (finding[0], _value(finding[1]), low, high)

    def _bounds(self, published: datetime) -> tuple[str, str]:
        return _shifted(published, -self._window), _shifted(published, self._window)

    def _match(self, key: Key, published: datetime) -> int | None:
        """The latest event of `key` opened within the window, as `ORDER BY opened_at DESC`."""
        low, high = self._bounds(published)
        inside = [entry for entry in self._open.get(key, []) if low <= entry[0] <= high]
        return max(inside)[1] if inside else None

    def add_finding(self, plan: Planned, finding: Finding) -> tuple[int, bool]:
        """As `add_finding`: the event id and whether the finding is new."""
        country, stance, confidence, evidence = finding
        key, published = (country, _value(stance)), plan.item.published
        event_id = self._match(key, published) or self._open_event(key, published)
        if (plan.item_id, country) in self._known:
            return event_id, False
        self._known.add((plan.item_id, country))
        stamp = published.isoformat()
        values = (plan.item_id, event_id, *key, confidence, evidence, plan.outlet, stamp)
        self._findings.append((*values, self._now.isoformat()))
        source = Source(
            plan.item_id,
            plan.item.title,
            plan.item.link,
            plan.outlet,
            datetime.fromisoformat(stamp),
            confidence,
            evidence,
            self._carriers.get(plan.item_id, ()),
        )
        self._join(event_id, ((stamp, 1, len(self._findings)), source))
        return event_id, True

    def _open_event(self, key: Key, published: datetime) -> int:
        country, value = key
        stance = Stance(value) if value else None
        previous = self._stance_before(country, published)
        kind = classify(stance, previous)
        self._top += 1
        opened, stamp, status = published.isoformat(), self._now.isoformat(), initial_status(kind)
        self._new_events.append(
            (self._top, *key, kind.value, previous.value, opened, status.value, stamp, stamp)
        )
        event = Event(self._top, country, stance, kind, previous, _parse(opened), status)
        self._events[event.id] = event
        self._open.setdefault(key, []).append((opened, event.id))
        return event.id

    def _stance_before(self, country: str, published: datetime) -> Stance:
        """The record as it stood when the story came out (unknown before any change): news of
        2020 read in 2026 is compared with 2020's record. A change dated the story's own day
        counts only if the bot recorded it before the story appeared: a decision announced that
        day is still news, a change this bot applied an hour earlier is not."""
        day, moment = published.date().isoformat(), published.isoformat()
        for dated in reversed(self._history.get(country, [])):
            if dated.day < day or (dated.day == day and dated.recorded <= moment):
                return dated.stance
        return Stance.UNKNOWN

    def _join(self, event_id: int, entry: tuple[Order, Source]) -> None:
        ordered = self._order.setdefault(event_id, [])
        insort(ordered, entry, key=_by_order)
        self._events[event_id] = replace(
            self._events[event_id], sources=tuple(s for _, s in ordered)
        )

    def event(self, event_id: int) -> Event:
        """As `load_event`, inside the batch."""
        return self._events[event_id]

    def decide(
        self, event: Event, status: EventStatus, change: Change | None, *, note: str, actor: str
    ) -> Event:
        """As `decide` (written by `flush`); returns the event as `load_event` would now."""
        self._decisions.append(_Decision(event, status, change, note, actor))
        if change is not None:  # later stories of the batch see it, as the history will hold it
            dated = _Dated(change.on.isoformat(), "", change.stance)
            insort(self._history.setdefault(change.country, []), dated, key=_by_day)
        decided = replace(self._events[event.id], status=status, decided_by=actor)
        self._events[event.id] = decided
        return decided

    async def flush(self, conn: aiosqlite.Connection) -> None:
        """Write the new events, the new findings and the decisions, in that order."""
        if self._new_events:
            await conn.executemany(_INSERT_EVENT, self._new_events)
        if self._findings:
            await conn.executemany(INSERT_FINDING, self._findings)
        for d in self._decisions:
            await decide(
                conn, d.event, d.status, d.change, note=d.note, now=self._now, actor=d.actor
            )


def _value(stance: Stance | None) -> str | None:
    return stance.value if stance else None


def _shifted(moment: datetime, by: timedelta) -> str:
    """`moment + by` as stored text; past year 9999 (or before year 1) the window stops at the
    calendar's end instead of overflowing."""
    try:
        return (moment + by).isoformat()
    except OverflowError:
        if by > timedelta(0):
            return datetime.max.replace(tzinfo=moment.tzinfo).isoformat()
        return datetime.min.replace(tzinfo=moment.tzinfo).isoformat()


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _stored(row: sqlite3.Row) -> tuple[Order, Source]:
    return (row["published"], 0, row["id"]), source_from_row(row)


class _Dated(NamedTuple):
    day: str  # the change's effective date
    recorded: str  # when the bot recorded it ("" for a decision of this batch)
    stance: Stance


def _by_day(entry: _Dated) -> str:
    return entry.day


def _by_order(entry: tuple[Order, Source]) -> Order:
    return entry[0]
