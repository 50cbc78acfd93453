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
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.analysis import Analysis, KeywordRules
from bot.core.events import AutoApplyRule, Event, worth_alerting
from bot.core.feeds import FeedNotice, ItemStatus, StoredItem
from bot.core.grouping import GroupingPlan, Report, group
from bot.core.items import Item, outlet_of
from bot.core.models import Change
from bot.core.ports import EventLedger, ItemQueue, RoutingBook
from bot.core.routing import Joined, Route, TenantKey, route
from bot.core.subscriptions import Channel, DeliveryStatus, Mute, QuietHours, Subscription
from bot.logs import event as log_event
from bot.metrics import Metrics

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


class NewsReader(Protocol):
    """What the pipeline asks of the analysis (the bot's `Analyser`)."""

    def analyse(self, item: Item) -> Analysis: ...


class Pipeline:
    """Polls store new items and wake it; it analyses them in batches, off the poll path."""

    def __init__(
        self,
        ledger: EventLedger,
        analyser: NewsReader,
        items: ItemQueue,
        routing: RoutingBook,
        rule: AutoApplyRule,
        *,
        window: timedelta,
        default_keywords: tuple[str, ...],
        clock: Callable[[], datetime],
        min_confidence: float = 0.0,
        metrics: Metrics | None = None,
    ) -> None:
        self._ledger = ledger
        self._metrics = metrics or Metrics()
        self._min_confidence = min_confidence
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

    async def run(self, stop: asyncio.Event, interval: float = 5.0, settle: float = 0.5) -> None:
        """Analyse new items as polls store them, until `stop` is set. Woken, it first lets
        `settle` seconds pass: the other feeds of a poll cycle store their items meanwhile, so
        a cycle is read in a few full batches rather than one small batch per feed (each batch
        costs a transaction and a reload of the events it may join)."""
        while not stop.is_set():
            self._work.clear()
            try:
                await self.drain()
            except Exception:  # the loop's edge: one failed batch must not end it
                log.exception("pipeline.batch_failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_first(self._work, stop), interval)
            if self._work.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), settle)

    async def drain(self) -> int:
        """Analyse every item still `new` (including those a previous run left); return how many."""
        done = 0
        while batch := await self._items.items_with_status(ItemStatus.NEW, BATCH):
            try:
                await self.process_batch(batch)
            except Exception:  # one bad item must not hold back every item after it
                log.exception("pipeline.batch_failed items=%d", len(batch))
                await self._one_by_one(batch)
            done += len(batch)
        return done

    async def _one_by_one(self, batch: list[StoredItem]) -> None:
        """Retry a failed batch item by item; an item that still fails is set aside, logged."""
        for stored in batch:
            try:
                await self.process_batch([stored])
            except Exception:
                log.exception("pipeline.item_failed item=%s", stored.id)
                await self._items.set_aside(stored.id)

    async def process_batch(self, batch: list[StoredItem]) -> list[Processed]:
        """One routing snapshot and one transaction for the whole batch."""
        analysed = [(stored, self._analyser.analyse(stored.item)) for stored in batch]
        now = self._clock()
        wanted = any(analysis.findings for _, analysis in analysed)
        snapshot = await self._snapshot(now) if wanted else None
        reports = [_report(s, a) if a.relevant and snapshot else None for s, a in analysed]
        written = [report for report in reports if report is not None]
        async with self._ledger.transaction(now) as ledger:
            known = await ledger.known(written, self._window)
            plan = await ledger.write_plan(group(written, known, self._window, self._rule))
            walked = self._walk(batch, reports, plan, snapshot, now)
            added = iter(await ledger.enqueue([r for _, routed in walked for r in routed]))
            await ledger.queue_thread_replies(_joined(batch, walked))
            await ledger.mark_analysed([stored.id for stored in batch])
        _log_applied(plan)
        self._metrics.analysed(
            len(batch),
            [f.stance for _, analysis in analysed for f in analysis.findings],
            [e.kind.value for events, _ in walked for e in events],
        )
        return [
            Processed(stored, analysis, events, sum(next(added) for _ in routed))
            for (stored, analysis), (events, routed) in zip(analysed, walked, strict=True)
        ]

    def _walk(
        self,
        batch: list[StoredItem],
        reports: list[Report | None],
        plan: GroupingPlan,
        snapshot: RoutingSnapshot | None,
        now: datetime,
    ) -> list[tuple[tuple[Event, ...], list[tuple[int, list[Route]]]]]:
        """Each item's events, as grouping left them, and their routes."""
        touched = iter(plan.touched)
        return [
            self._routes(stored.item.text, next(touched), snapshot, now)
            if report is not None and snapshot is not None
            else ((), [])
            for stored, report in zip(batch, reports, strict=True)
        ]

    def _routes(
        self, text: str, events: tuple[Event, ...], snapshot: RoutingSnapshot, now: datetime
    ) -> tuple[tuple[Event, ...], list[tuple[int, list[Route]]]]:
        """Where the alerts of one item's events go: in memory, written by the caller."""
        passes = snapshot.keywords_pass(text)
        routed = []
        for event in events:
            routes = (
                route(
                    event,
                    _audience(event, snapshot.subscriptions),
                    passes,
                    snapshot.mutes,
                    snapshot.quiet,
                    now=now,
                    text=text,
                )
                if worth_alerting(event, self._min_confidence)
                else []
            )
            routed.append((event.id, routes))
        return events, routed

    async def announce(self, change: Change, summary: str) -> tuple[bool, int]:
        """An operator's change, written and (when it changed the current stance) announced as
        a confirmed change to every channel subscribed to the country, whatever its keywords:
        an operator's decision is news for all of them."""
        now = self._clock()
        snapshot = await self._snapshot(now)
        async with self._ledger.transaction(now) as ledger:
            current = await ledger.write_change(change, summary)
            if not current or change.previous == change.stance:
                return current, 0
            event = await ledger.announcement(change, summary)
            routes = route(
                event, snapshot.subscriptions, _everyone, snapshot.mutes, snapshot.quiet, now=now
            )
            (added,) = await ledger.enqueue([(event.id, routes)])
        log_event(log, "record.set", country=change.country, stance=change.stance, alerts=added)
        return current, added

    async def _snapshot(self, now: datetime) -> RoutingSnapshot:
        subscriptions = await self._routing.active()
        if not subscriptions:  # nobody to route to: mutes, quiet hours and keywords cannot matter
            return RoutingSnapshot([], [], {}, {}, self._default_rules)
        keywords = await self._routing.all_keywords()
        return RoutingSnapshot(
            subscriptions=subscriptions,
            mutes=await self._routing.active_mutes(now),
            quiet=await self._routing.quiet_hours(),
            rules={tenant: KeywordRules.parse(terms) for tenant, terms in keywords.items()},
            default_rules=self._default_rules,
        )

    async def feed_notice(self, notice: FeedNotice) -> None:
        log_event(log, "feed.notice", level=logging.WARNING, feed=notice.feed.id, text=notice.text)
        for sink in self._notice_sinks:
            await sink(notice)


def _joined(
    batch: Sequence[StoredItem],
    walked: Sequence[tuple[tuple[Event, ...], list[tuple[int, list[Route]]]]],
) -> list[Joined]:
    """Each item's events and the subscriptions alerted now (not held) it reached: where an
    alert is already posted, the item is a source for its thread."""
    return [
        Joined(event_id, stored.id, _alerted_now(routes))
        for stored, (_, routed) in zip(batch, walked, strict=True)
        for event_id, routes in routed
    ]


def _alerted_now(routes: Sequence[Route]) -> tuple[int, ...]:
    return tuple(r.subscription.id for r in routes if r.status is DeliveryStatus.PENDING)


def _everyone(_: TenantKey) -> bool:
    return True


def _audience(event: Event, subscriptions: list[Subscription]) -> list[Subscription]:
    """A story only a workspace's own feeds carried alerts that workspace alone."""
    tenants = event.audience
    if tenants is None:
        return subscriptions
    return [s for s in subscriptions if s.channel.tenant in tenants]


def _report(stored: StoredItem, analysis: Analysis) -> Report:
    """What grouping reads of one relevant item: its findings, told by its outlet."""
    item = stored.item
    outlet = outlet_of(item.link) or item.outlet or "unknown"
    return Report(stored.id, item.title, item.link, outlet, item.published, analysis.findings)


def _log_applied(plan: GroupingPlan) -> None:
    for applied in plan.applied:
        event = applied.event
        log_event(
            log,
            "record.applied",
            event=event.id,
            country=event.country,
            stance=event.stance,
            sources=len(event.outlets),
        )
