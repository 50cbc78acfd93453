"""Loading what grouping needs and writing its plan, inside the caller's transaction.

`bot.core.grouping.group` decides which event each finding joins; this module only reads, in a
few queries, what a batch's findings can touch (the events they may join with their sources,
the records' dated stances, the findings already stored, the feeds that carried each item) and
writes the plan: the new events (the database gives their ids), then the new findings, then the
decisions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.events import Event, EventStatus, Source
from bot.core.grouping import AUTO_APPLY, DatedStance, GroupingPlan, Known, Report, joinable
from bot.core.models import Stance
from bot.storage.dialect import both
from bot.storage.event_rows import (
    INSERT_FINDING,
    carriers_of,
    decide,
    event_from_row,
    source_from_row,
)
from bot.storage.sql import Connection

# The events of each (country, stance) opened within the window of each finding.
_CANDIDATES = both(
    sqlite="""
SELECT DISTINCT e.* FROM json_each(?) k JOIN events e
  ON e.country = k.value ->> 0 AND e.stance IS k.value ->> 1
 AND e.opened_at BETWEEN k.value ->> 2 AND k.value ->> 3
""",
    postgres="""
SELECT DISTINCT e.* FROM jsonb_array_elements(CAST(? AS jsonb)) AS k(value) JOIN events e
  ON e.country = k.value ->> 0 AND e.stance IS NOT DISTINCT FROM k.value ->> 1
 AND e.opened_at BETWEEN k.value ->> 2 AND k.value ->> 3
""",
)
_SOURCES_OF = """
SELECT f.event_id, f.item_id, i.title, coalesce(i.link, '') AS link, f.outlet, f.published,
       f.confidence, f.evidence
FROM findings f JOIN items i ON i.id = f.item_id
WHERE f.event_id IN (SELECT value FROM json_each(?)) ORDER BY f.event_id, f.published, f.id
"""
# Each country's dated stances: a story is compared with the record as it stood on its day.
_HISTORIES = (
    "SELECT country, changed_on, recorded_at, stance FROM history"
    " WHERE country IN (SELECT value FROM json_each(?)) ORDER BY country, changed_on, id"
)
_FOUND = "SELECT item_id, country FROM findings WHERE item_id IN (SELECT value FROM json_each(?))"
_INSERT_EVENT = """
INSERT INTO events (country, stance, kind, previous, opened_at, status, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""


async def load_known(conn: Connection, reports: Sequence[Report], window: timedelta) -> Known:
    """Everything the reports' findings can touch, in five queries (none without findings)."""
    if not any(report.findings for report in reports):
        return Known()
    candidates = await _candidates(conn, reports, window)
    picked = joinable(reports, candidates, window)
    rows = await conn.execute_fetchall(_SOURCES_OF, (json.dumps(sorted(picked)),))
    items = {row["item_id"] for row in rows} | {report.item_id for report in reports}
    carriers = await carriers_of(conn, items)
    sources: dict[int, list[Source]] = {}
    for row in rows:
        sources.setdefault(row["event_id"], []).append(source_from_row(row, carriers))
    events = tuple(
        replace(event, sources=tuple(sources.get(event.id, ())))
        for event in candidates
        if event.id in picked
    )
    history = await _histories(conn, reports)
    return Known(events, history, await _found(conn, reports), carriers)


async def _candidates(
    conn: Connection, reports: Sequence[Report], window: timedelta
) -> list[Event]:
    """The stored events of each finding's (country, stance) opened within its window."""
    probes = {
        (f.country, f.stance.value if f.stance else None, *_bounds(report.published, window))
        for report in reports
        for f in report.findings
    }
    rows = await conn.execute_fetchall(_CANDIDATES, (json.dumps(sorted(probes, key=str)),))
    return [event_from_row(row, ()) for row in rows]


async def _histories(
    conn: Connection, reports: Sequence[Report]
) -> dict[str, tuple[DatedStance, ...]]:
    countries = sorted({f.country for report in reports for f in report.findings})
    dated: dict[str, list[DatedStance]] = {}
    for row in await conn.execute_fetchall(_HISTORIES, (json.dumps(countries),)):
        dated.setdefault(row["country"], []).append(
            DatedStance(
                date.fromisoformat(row["changed_on"]),
                datetime.fromisoformat(row["recorded_at"]),
                Stance(row["stance"]),
            )
        )
    return {country: tuple(changes) for country, changes in dated.items()}


async def _found(conn: Connection, reports: Sequence[Report]) -> frozenset[tuple[int, str]]:
    ids = sorted({report.item_id for report in reports})
    rows = await conn.execute_fetchall(_FOUND, (json.dumps(ids),))
    return frozenset((row["item_id"], row["country"]) for row in rows)


async def write_plan(conn: Connection, plan: GroupingPlan, now: datetime) -> GroupingPlan:
    """Write the new events, the new findings and the decisions, in that order; return the
    plan with the ids the database gave the new events."""
    stamp = now.isoformat()
    ids = {event.id: await _insert_event(conn, event, stamp) for event in plan.opened}
    written = plan.with_ids(ids)
    findings = [
        (
            p.report.item_id,
            p.event_id,
            p.finding.country,
            p.finding.stance.value if p.finding.stance else None,
            p.finding.confidence,
            p.finding.evidence,
            p.report.outlet,
            p.report.published.isoformat(),
            stamp,
        )
        for p in written.placements
        if p.new
    ]
    if findings:
        await conn.executemany(INSERT_FINDING, findings)
    for applied in written.applied:
        await decide(
            conn,
            applied.event,
            EventStatus.APPLIED,
            applied.change,
            note=applied.note,
            now=now,
            actor=AUTO_APPLY,
        )
    return written


async def _insert_event(conn: Connection, event: Event, stamp: str) -> int:
    cursor = await conn.execute(
        _INSERT_EVENT,
        (
            event.country,
            event.stance.value if event.stance else None,
            event.kind.value,
            event.previous.value,
            event.opened_at.isoformat(),
            event.status.value,
            stamp,
            stamp,
        ),
    )
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always has one
    return cursor.lastrowid


def _bounds(published: datetime, window: timedelta) -> tuple[str, str]:
    return _shifted(published, -window), _shifted(published, window)


def _shifted(moment: datetime, by: timedelta) -> str:
    """`moment + by` as stored text; past year 9999 (or before year 1) the window stops at the
    calendar's end instead of overflowing."""
    try:
        return (moment + by).isoformat()
    except OverflowError:
        if by > timedelta(0):
            return datetime.max.replace(tzinfo=moment.tzinfo).isoformat()
        return datetime.min.replace(tzinfo=moment.tzinfo).isoformat()
