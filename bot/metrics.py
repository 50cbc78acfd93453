"""What the bot counts for /metrics (Prometheus text format), one registry per running bot.

Counters and histograms move as the work happens (polls, analysis, deliveries); the gauges of
state (feeds by health, the outbox's depth and oldest pending row) are read from the database
when /metrics is scraped, so they are true after a restart too.

    stancebot_polls_total{outcome}                 ok, not_modified, failed
    stancebot_fetch_errors_total{reason}           the FeedError slug (timeout, http_404 ...)
    stancebot_fetch_seconds                        one feed's poll: fetch, parse, store
    stancebot_items_analysed_total
    stancebot_findings_total{stance}               "none" for a mention without a stance
    stancebot_events_total{kind}                   change, reaffirm, mention
    stancebot_deliveries_total{platform,outcome}   sent, edited, retried, failed, dead, digest
    stancebot_delivery_seconds{platform}           one send or edit on a platform
    stancebot_rate_limited_total{source}           429s: a platform's name, or "feeds"
    stancebot_feeds{state}                         new, ok, failing, disabled
    stancebot_outbox_depth{status}                 deliveries by status
    stancebot_outbox_oldest_pending_seconds        age of the oldest pending delivery
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from time import perf_counter

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    exposition,
    generate_latest,
)

from bot.core.feeds import Health

CONTENT_TYPE = exposition.CONTENT_TYPE_LATEST
NAMESPACE = "stancebot"
FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
DELIVERY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The bot's counters on their own registry (tests run many bots in one process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._counters()
        self._gauges()

    def _counters(self) -> None:
        self.polls = self._counter("polls", "Feed polls by outcome.", "outcome")
        self.fetch_errors = self._counter("fetch_errors", "Failed polls by reason.", "reason")
        self.fetch_seconds = Histogram(
            "fetch_seconds",
            "One feed's poll: fetch, parse, store.",
            namespace=NAMESPACE,
            registry=self.registry,
            buckets=FETCH_BUCKETS,
        )
        self.items_analysed = self._counter("items_analysed", "Items read by the analysis.")
        self.findings = self._counter("findings", "Findings by stance signalled.", "stance")
        self.events = self._counter("events", "Events created, by alert kind.", "kind")
        self.deliveries = self._counter(
            "deliveries", "Delivery attempts by outcome.", "platform", "outcome"
        )
        self.delivery_seconds = Histogram(
            "delivery_seconds",
            "One send or edit on a platform.",
            ["platform"],
            namespace=NAMESPACE,
            registry=self.registry,
            buckets=DELIVERY_BUCKETS,
        )
        self.rate_limited = self._counter("rate_limited", "429 answers, by source.", "source")

    def _gauges(self) -> None:
        self.feeds = self._gauge("feeds", "Feeds by health.", "state")
        self.outbox_depth = self._gauge("outbox_depth", "Deliveries by status.", "status")
        self.outbox_oldest = self._gauge(
            "outbox_oldest_pending_seconds", "Age of the oldest pending delivery."
        )

    def _counter(self, name: str, text: str, *labels: str) -> Counter:
        return Counter(name, text, labels, namespace=NAMESPACE, registry=self.registry)

    def _gauge(self, name: str, text: str, *labels: str) -> Gauge:
        return Gauge(name, text, labels, namespace=NAMESPACE, registry=self.registry)

    def polled(self, outcome: str, seconds: float, reason: str = "") -> None:
        self.polls.labels(outcome).inc()
        self.fetch_seconds.observe(seconds)
        if reason:
            self.fetch_errors.labels(reason).inc()
        if reason == "http_429":
            self.rate_limit("feeds")

    def analysed(self, items: int, stances: Iterable[str | None], kinds: Iterable[str]) -> None:
        """A committed batch: its items, each finding's stance, each new event's kind."""
        self.items_analysed.inc(items)
        for stance, count in Tally(stance or "none" for stance in stances).items():
            self.findings.labels(stance).inc(count)
        for kind, count in Tally(kinds).items():
            self.events.labels(kind).inc(count)

    @contextmanager
    def delivering(self, platform: str) -> Iterator[None]:
        """Times one send or edit, whether it succeeds or raises."""
        started = perf_counter()
        try:
            yield
        finally:
            self.delivery_seconds.labels(platform).observe(perf_counter() - started)

    def delivered(self, platform: str, outcome: str) -> None:
        self.deliveries.labels(platform, outcome).inc()

    def rate_limit(self, source: str) -> None:
        self.rate_limited.labels(source).inc()

    def state(
        self,
        feeds: Iterable[Health],
        outbox: dict[str, int],
        oldest_pending: datetime | None,
        now: datetime,
    ) -> None:
        """The gauges, as the database has them now."""
        counts = Tally(feeds)
        for health in Health:
            self.feeds.labels(health.value).set(counts[health])
        for status, count in outbox.items():
            self.outbox_depth.labels(status).set(count)
        age = (now - oldest_pending).total_seconds() if oldest_pending else 0.0
        self.outbox_oldest.set(max(age, 0.0))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
