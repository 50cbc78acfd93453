"""After a poll: analyse each new item, group its findings into events, apply what is sure,
and route the alerts into the outbox.

Polls store items with status `new` and only wake the pipeline, so a poll never waits for the
analysis. The pipeline takes new items in batches; a batch's findings, events, decisions,
deliveries and its items' status `analysed` are written in ONE transaction, so a crash leaves
all of it or none, and the next `drain()` finishes what a previous run did not.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from bot.core.analysis import Analyser, Analysis, KeywordRules
from bot.core.events import AutoApplyRule, Event, EventStatus, change_from, summary_of
from bot.core.feeds import FeedNotice, ItemStatus, StoredItem
from bot.core.items import outlet_of
from bot.core.models import Origin
from bot.core.ports import RoutingBook
from bot.core.routing import TenantKey, route
from bot.core.subscriptions import Channel, Mute, QuietHours, Subscription
from bot.logs import event as log_event
from bot.storage.database import Database
from bot.storage.events import add_finding, decide, load_event
from bot.storage.feeds import FeedStore, mark_items
from bot.storage.outbox import Outbox

log = logging.getLogger(__name__)

BATCH = 200  # items analysed and written per transaction

NoticeSink = Callable[[FeedNotice], Awaitable[None]]


async def _first(*events: asyncio.Event) -> None:
    """Return when any of the events is set."""
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


@dataclass(frozen=True)
class RoutingSnapshot:
    """Who wants alerts right now: read before the write transaction."""

    subscriptions: list[Subscription]
    mutes: list[Mute]
    quiet: Mapping[Channel, QuietHours]
    rules: Mapping[TenantKey, KeywordRules]
    default_rules: KeywordRules

    def keywords_pass(self, text: str) -> Callable[[TenantKey], bool]:
        def passes(tenant: TenantKey) -> bool:
            return self.rules.get(tenant, self.default_rules).match(text).passes

        return passes


@dataclass(frozen=True)
class Processed:
    item: StoredItem
    analysis: Analysis
    events: tuple[Event, ...]
    deliveries: int


class Pipeline:
    """Polls store new items and wake it; it analyses them in batches, off the poll path."""

    def __init__(
        self,
        database: Database,
        analyser: Analyser,
        items: FeedStore,
        routing: RoutingBook,
        rule: AutoApplyRule,
        *,
        window: timedelta,
        default_keywords: tuple[str, ...],
        clock: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._analyser = analyser
        self._items = items
        self._routing = routing
        self._rule = rule
        self._window = window
        self._default_rules = KeywordRules.parse(default_keywords)
        self._clock = clock
        self._notice_sinks: list[NoticeSink] = []
        self._work = asyncio.Event()

    def on_notice(self, sink: NoticeSink) -> None:
        self._notice_sinks.append(sink)

    async def items_arrived(self, items: list[StoredItem]) -> None:
        """A poll stored new items (status `new`): wake the worker, do not make the poll wait."""
        self._work.set()

    async def run(self, stop: asyncio.Event, interval: float = 5.0) -> None:
        """Analyse new items as polls store them, until `stop` is set."""
        while not stop.is_set():
            self._work.clear()
            try:
                await self.drain()
            except Exception:  # the loop's edge: one failed batch must not end it
                log.exception("pipeline.batch_failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_first(self._work, stop), interval)

    async def drain(self) -> int:
        """Analyse every item still `new` (including those a previous run left); return how many."""
        done = 0
        while batch := await self._items.items_with_status(ItemStatus.NEW, BATCH):
            await self.process_batch(batch)
            done += len(batch)
        return done

    async def process_batch(self, batch: list[StoredItem]) -> list[Processed]:
        """One routing snapshot and one transaction for the whole batch."""
        analysed = [(stored, self._analyser.analyse(stored.item)) for stored in batch]
        now = self._clock()
        wanted = any(analysis.findings for _, analysis in analysed)
        snapshot = await self._snapshot(now) if wanted else None
        results = []
        async with self._db.transaction() as conn:
            for stored, analysis in analysed:
                events, deliveries = await self._write(conn, stored, analysis, snapshot, now)
                results.append(Processed(stored, analysis, tuple(events), deliveries))
            await mark_items(conn, [stored.id for stored in batch], ItemStatus.ANALYSED)
        return results

    async def _write(
        self,
        conn: aiosqlite.Connection,
        stored: StoredItem,
        analysis: Analysis,
        snapshot: RoutingSnapshot | None,
        now: datetime,
    ) -> tuple[list[Event], int]:
        if not analysis.relevant or snapshot is None:
            return [], 0
        events, deliveries = [], 0
        passes = snapshot.keywords_pass(stored.item.text)
        for event_id in await self._record_findings(conn, stored, analysis, now):
            event = await self._settle(conn, event_id, now)
            routes = route(
                event, snapshot.subscriptions, passes, snapshot.mutes, snapshot.quiet, now=now
            )
            deliveries += await Outbox.enqueue(conn, event.id, routes, now)
            events.append(event)
        return events, deliveries

    async def _record_findings(
        self, conn: aiosqlite.Connection, stored: StoredItem, analysis: Analysis, now: datetime
    ) -> list[int]:
        item = stored.item
        outlet = outlet_of(item.link) or item.outlet or "unknown"
        touched = []
        for finding in analysis.findings:
            values = (finding.country, finding.stance, finding.confidence, finding.evidence)
            event_id, new = await add_finding(
                conn, stored.id, item.published, outlet, values, now=now, window=self._window
            )
            if new:
                touched.append(event_id)
        return touched

    async def _settle(self, conn: aiosqlite.Connection, event_id: int, now: datetime) -> Event:
        """Apply a pending change once the auto-apply rule is reached."""
        event = await load_event(conn, event_id)
        if event is None:
            raise RuntimeError(f"event {event_id} vanished inside its own transaction")
        if not self._rule.reached(event):
            return event
        change = change_from(event, Origin.NEWS, f"event {event.id}")
        await decide(
            conn,
            event,
            EventStatus.APPLIED,
            change,
            note=summary_of(event),
            now=now,
            actor="auto-apply",
        )
        log_event(
            log,
            "record.applied",
            event=event.id,
            country=event.country,
            stance=event.stance,
            sources=len(event.outlets),
        )
        applied = await load_event(conn, event_id)
        return applied or event

    async def _snapshot(self, now: datetime) -> RoutingSnapshot:
        keywords = await self._routing.all_keywords()
        return RoutingSnapshot(
            subscriptions=await self._routing.active(),
            mutes=await self._routing.active_mutes(now),
            quiet=await self._routing.quiet_hours(),
            rules={tenant: KeywordRules.parse(terms) for tenant, terms in keywords.items()},
            default_rules=self._default_rules,
        )

    async def feed_notice(self, notice: FeedNotice) -> None:
        log_event(log, "feed.notice", level=logging.WARNING, feed=notice.feed.id, text=notice.text)
        for sink in self._notice_sinks:
            await sink(notice)
