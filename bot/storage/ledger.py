"""The pipeline's transactions: what a batch reads and writes, all of it or none.

A batch's grouping inputs are read, and its plan, deliveries and items' status written, inside
one write transaction, so nothing decided from what was read can be overtaken by another writer
before it is written (an operator's decision, another batch).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from bot.core.events import Event
from bot.core.feeds import ItemStatus
from bot.core.grouping import GroupingPlan, Known, Report
from bot.core.models import Change
from bot.core.routing import Joined, Route
from bot.storage.announcements import announcement
from bot.storage.database import Database
from bot.storage.feeds import mark_items
from bot.storage.grouping import load_known, write_plan
from bot.storage.outbox_writes import enqueue_all
from bot.storage.records import write_change
from bot.storage.sql import Connection
from bot.storage.threads import queue_thread_replies


class Ledger:
    """Opens the pipeline's transactions on the database (the `EventLedger` port)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @asynccontextmanager
    async def transaction(self, now: datetime) -> AsyncIterator[_Transaction]:
        async with self._db.transaction() as conn:
            yield _Transaction(conn, now)


class _Transaction:
    """One open transaction, its writes stamped `now` (the `LedgerTransaction` port)."""

    def __init__(self, conn: Connection, now: datetime) -> None:
        self._conn = conn
        self._now = now

    async def known(self, reports: Sequence[Report], window: timedelta) -> Known:
        return await load_known(self._conn, reports, window)

    async def write_plan(self, plan: GroupingPlan) -> GroupingPlan:
        return await write_plan(self._conn, plan, self._now)

    async def enqueue(self, routed: Sequence[tuple[int, Sequence[Route]]]) -> list[int]:
        return await enqueue_all(self._conn, routed, self._now)

    async def mark_analysed(self, item_ids: Sequence[int]) -> None:
        await mark_items(self._conn, item_ids, ItemStatus.ANALYSED)

    async def queue_thread_replies(self, joined: Sequence[Joined]) -> int:
        return await queue_thread_replies(self._conn, joined, self._now)

    async def write_change(self, change: Change, summary: str) -> bool:
        return await write_change(self._conn, change, summary, self._now)

    async def announcement(self, change: Change, summary: str) -> Event:
        return await announcement(self._conn, change, summary, self._now)
