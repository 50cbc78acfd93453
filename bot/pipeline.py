"""After a poll: analyse each new item, group its findings into events, apply what is sure,
and route the alerts into the outbox.

An item is stored with status `new` before it gets here. Its findings, events, decisions,
deliveries and its status `analysed` are written in ONE transaction, so a crash leaves all of
it or none, and `resume()` finishes the items a previous run did not.
"""

from __future__ import annotations

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

NoticeSink = Callable[[FeedNotice], Awaitable[None]]


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
    def __init__(
        self,
        database: Database,
        analyser: Analyser,
        routing: RoutingBook,
        rule: AutoApplyRule,
        *,
        window: timedelta,
        default_keywords: tuple[str, ...],
        clock: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._analyser = analyser
        self._routing = routing
        self._rule = rule
        self._window = window
        self._default_rules = KeywordRules.parse(default_keywords)
        self._clock = clock
        self._listeners: list[Callable[[Processed], Awaitable[None]]] = []
        self._notice_sinks: list[NoticeSink] = []

    def on_processed(self, listener: Callable[[Processed], Awaitable[None]]) -> None:
        """Called after each item's transaction commits (e.g. to wake the delivery worker)."""
        self._listeners.append(listener)

    def on_notice(self, sink: NoticeSink) -> None:
        self._notice_sinks.append(sink)

    async def items_arrived(self, items: list[StoredItem]) -> None:
        for stored in items:
            await self.process(stored)

    async def resume(self, feeds: FeedStore) -> int:
        """Finish the items a previous run stored but did not analyse."""
        pending = await feeds.items_with_status(ItemStatus.NEW)
        await self.items_arrived(pending)
        return len(pending)

    async def process(self, stored: StoredItem) -> Processed:
        analysis = self._analyser.analyse(stored.item)
        now = self._clock()
        snapshot = await self._snapshot(now) if analysis.findings else None
        async with self._db.transaction() as conn:
            events, deliveries = await self._write(conn, stored, analysis, snapshot, now)
            await mark_items(conn, [stored.id], ItemStatus.ANALYSED)
        processed = Processed(stored, analysis, tuple(events), deliveries)
        for listener in self._listeners:
            await listener(processed)
        return processed

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
