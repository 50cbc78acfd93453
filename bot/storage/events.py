"""Findings and the events they form, and the decisions on them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot.core.analysis.values import Finding
from bot.core.events import AlertKind, Event, EventStatus
from bot.core.grouping import Report, group
from bot.core.models import Change
from bot.storage.database import Database
from bot.storage.event_rows import decide, load_event
from bot.storage.grouping import load_known, write_plan


class EventStore:
    def __init__(self, database: Database, window: timedelta) -> None:
        self._db = database
        self.window = window

    async def add_finding(
        self, item_id: int, published: datetime, outlet: str, finding: Finding, now: datetime
    ) -> tuple[int, bool]:
        """Join the finding to its event, as the pipeline's batches do (a batch of one, with no
        auto-apply); return the event's id and whether the finding was new."""
        report = Report(item_id, "", "", outlet, published, (finding,))
        async with self._db.transaction() as conn:
            known = await load_known(conn, [report], self.window)
            plan = await write_plan(conn, group([report], known, self.window, None), now)
        (placed,) = plan.placements
        return placed.event_id, placed.new

    async def get(self, event_id: int) -> Event | None:
        async with self._db.reading() as conn:
            return await load_event(conn, event_id)

    async def with_status(self, status: EventStatus, limit: int = 50) -> list[Event]:
        sql = "SELECT id FROM events WHERE status = ? ORDER BY id DESC LIMIT ?"
        return await self._events(sql, (status.value, limit))

    async def recent(self, limit: int, kinds: tuple[AlertKind, ...]) -> list[Event]:
        sql = (
            "SELECT id FROM events WHERE kind IN (SELECT value FROM json_each(?))"
            " ORDER BY opened_at DESC LIMIT ?"
        )
        kinds_json = json.dumps([k.value for k in kinds])
        return await self._events(sql, (kinds_json, limit))

    async def created_since(self, since: datetime) -> list[Event]:
        """Events opened or decided since `since`: what a digest looks back on."""
        sql = "SELECT id FROM events WHERE created_at >= ? OR decided_at >= ? ORDER BY id"
        return await self._events(sql, (since.isoformat(), since.isoformat()))

    async def for_item(self, item_id: int) -> list[Event]:
        sql = "SELECT DISTINCT event_id AS id FROM findings WHERE item_id = ? ORDER BY event_id"
        return await self._events(sql, (item_id,))

    async def _events(self, sql: str, params: tuple[object, ...]) -> list[Event]:
        rows = await self._db.fetch_all(sql, params)
        return [event for row in rows if (event := await self.get(row["id"])) is not None]

    async def decide(
        self,
        event: Event,
        status: EventStatus,
        change: Change | None,
        *,
        note: str,
        now: datetime,
        actor: str,
    ) -> bool:
        """Record a decision; with a change, add it to the history and, unless the record is
        newer, make it the record, atomically. Returns whether the record changed.

        `note` is the record's new summary for a change, or the reason for a rejection.
        """
        async with self._db.transaction() as conn:
            return await decide(conn, event, status, change, note=note, now=now, actor=actor)
