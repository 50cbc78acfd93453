"""One poll of one feed: fetch, parse, store what is new, record the feed's health."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from bot.core.feeds import (
    Feed,
    FeedNotice,
    FeedOrigin,
    FeedPolicy,
    ItemStatus,
    StoredItem,
    after_failure,
    status_of,
)
from bot.feeds.errors import FeedError
from bot.feeds.fetch import Fetcher, FetchResult
from bot.feeds.parsed import ParsedFeed, Seen
from bot.feeds.workers import FeedParser
from bot.logs import event
from bot.metrics import Metrics
from bot.storage.feeds import FeedStore, FeedUpdate

log = logging.getLogger(__name__)


class PollListener(Protocol):
    """Where new items and feed notices go: the analysis pipeline and the admins."""

    async def items_arrived(self, items: list[StoredItem]) -> None: ...

    async def feed_notice(self, notice: FeedNotice) -> None: ...


class PollOutcome(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"  # the server answered 304: nothing parsed, nothing stored
    FAILED = "failed"


@dataclass(frozen=True)
class PollReport:
    feed: Feed
    outcome: PollOutcome
    entries: int = 0
    new: int = 0
    alerting: int = 0
    skipped: int = 0
    error: str = ""
    reason: str = ""  # a failure's slug (FeedError.reason)

    @property
    def line(self) -> str:
        name = self.feed.title or self.feed.url
        if self.outcome is PollOutcome.FAILED:
            return f"{name}: failed ({self.error})"
        if self.outcome is PollOutcome.NOT_MODIFIED:
            return f"{name}: not modified"
        return f"{name}: {self.entries} entries, {self.new} new, {self.alerting} to analyse" + (
            f", {self.skipped} skipped" if self.skipped else ""
        )


class Poller:
    def __init__(
        self,
        fetcher: Fetcher,
        feeds: FeedStore,
        policy: FeedPolicy,
        listener: PollListener,
        clock: Callable[[], datetime],
        *,
        parser: FeedParser | None = None,
        max_concurrent: int = 16,
        metrics: Metrics | None = None,
    ) -> None:
        self._fetcher = fetcher
        self._feeds = feeds
        self._policy = policy
        self._listener = listener
        self._clock = clock
        self._parser = parser or FeedParser(workers=0)
        self._metrics = metrics or Metrics()
        # A poll holds its slot from fetch to store, so however many feeds are due, at most
        # this many bodies and parsed feeds are in memory at once.
        self._slots = asyncio.Semaphore(max_concurrent)
        # What each feed's last stored document held, for the next one to be parsed by its new
        # entries only. Only in memory: after a restart each feed is parsed whole once.
        self._seen: dict[int, Seen] = {}

    async def poll(
        self, feed: Feed, fetched: FetchResult | None = None, parsed: ParsedFeed | None = None
    ) -> PollReport:
        """Poll a feed; `fetched` and `parsed` reuse what was already done (a feed added)."""
        async with self._slots:
            started = time.perf_counter()
            report = await self._poll(feed, fetched, parsed)
        self._metrics.polled(report.outcome, time.perf_counter() - started, report.reason)
        return report

    async def parse(self, result: FetchResult, previous: Seen | None = None) -> ParsedFeed:
        """A fetched document parsed in a worker process, capped to its newest entries; with
        `previous`, only the entries that feed's last stored document did not have."""
        return await self._parser.parse(
            result.body, fetched_at=self._clock(), base_url=result.final_url, previous=previous
        )

    async def _poll(
        self, feed: Feed, fetched: FetchResult | None, parsed: ParsedFeed | None
    ) -> PollReport:
        now = self._clock()
        try:
            result = fetched or await self._fetcher.fetch(
                feed.url,
                etag=feed.etag,
                last_modified=feed.last_modified,
                from_settings=feed.origin != FeedOrigin.CHAT,
            )
            if parsed is None and not result.not_modified:
                parsed = await self.parse(result, self._seen.get(feed.id))
        except FeedError as exc:
            return await self._failed(feed, exc, now)
        update = FeedUpdate(
            title=parsed.title if parsed else feed.title,
            etag=result.etag or feed.etag,
            last_modified=result.last_modified or feed.last_modified,
            next_poll_at=now + self._policy.interval_of(feed),
            new_url=result.permanent_redirect,
            note=dropped_note(parsed) if parsed else feed.note,
        )
        if parsed is None:
            await self._feeds.record_success(feed, update, now)
            return PollReport(feed, PollOutcome.NOT_MODIFIED)
        return await self._store(feed, parsed, update, now)

    async def _store(
        self, feed: Feed, parsed: ParsedFeed, update: FeedUpdate, now: datetime
    ) -> PollReport:
        for warning in parsed.warnings:
            event(log, "feed.warning", level=logging.WARNING, feed=feed.id, warning=warning)
        for skipped in parsed.skipped:
            event(log, "feed.entry_skipped", feed=feed.id, reason=skipped.reason)
        if parsed.dropped:
            event(log, "feed.capped", feed=feed.id, kept=len(parsed.items), dropped=parsed.dropped)
        statuses = [(item, status_of(item, feed, now, self._policy)) for item in parsed.items]
        stored = await self._feeds.store_items(feed, statuses, now, success=update)
        self._remember(feed, parsed)
        fresh = [s for s in stored if s.status == ItemStatus.NEW]
        if fresh:
            await self._listener.items_arrived(fresh)
        report = PollReport(
            feed, PollOutcome.OK, parsed.entries, len(stored), len(fresh), len(parsed.skipped)
        )
        event(
            log,
            "feed.polled",
            feed=feed.id,
            entries=report.entries,
            new=report.new,
            alerting=report.alerting,
        )
        return report

    def forget(self, feed_id: int) -> None:
        """A feed removed or disabled: what its last document held is no longer needed."""
        self._seen.pop(feed_id, None)

    def _remember(self, feed: Feed, parsed: ParsedFeed) -> None:
        """Called once the document's items are stored: the entries left out next time must be
        ones whose items are in the store."""
        if parsed.seen is None:
            self._seen.pop(feed.id, None)
        else:
            self._seen[feed.id] = parsed.seen

    async def _failed(self, feed: Feed, error: FeedError, now: datetime) -> PollReport:
        outcome = after_failure(feed, now, self._policy, error.retry_after)
        await self._feeds.record_failure(feed, outcome, str(error), now)
        event(
            log,
            "feed.failed",
            level=logging.WARNING,
            feed=feed.id,
            url=feed.url,
            reason=error.reason,
            failures=outcome.failures,
            disabled=outcome.disable,
        )
        if outcome.notify:
            await self._listener.feed_notice(
                FeedNotice(feed, outcome.disable, outcome.failures, str(error))
            )
        return PollReport(feed, PollOutcome.FAILED, error=str(error), reason=error.reason)


def dropped_note(parsed: ParsedFeed) -> str | None:
    """What `feeds status` says of a feed longer than the cap."""
    if not parsed.dropped:
        return None
    entries = parsed.entries + parsed.dropped
    return (
        f"read the newest {parsed.entries:,} of {entries:,} entries: "
        f"{parsed.dropped:,} older ones dropped (the cap is [feeds] max_items)"
    )
