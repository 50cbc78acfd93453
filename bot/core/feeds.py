"""Feeds and the decisions about them: when to poll next, when to give up, what to alert on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.items import Item


class FeedOrigin(StrEnum):
    SETTINGS = "settings"  # the operators' list in settings: global, may be file:// paths
    CHAT = "chat"  # added with `/huawei feeds add`
    DEMO = "demo"  # the bundled demo feed: alerts on everything, whatever its age


class Health(StrEnum):
    NEW = "new"
    OK = "ok"
    FAILING = "failing"
    DISABLED = "disabled"


class ItemStatus(StrEnum):
    NEW = "new"  # to analyse and maybe alert
    PRIMED = "primed"  # seen on a feed's first poll: stored without alerting
    OLD = "old"  # older than the alert age limit
    ANALYSED = "analysed"


@dataclass(frozen=True)
class StoredItem:
    id: int
    item: Item
    status: ItemStatus


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    tenant: str
    title: str
    origin: FeedOrigin
    interval: timedelta | None
    added_by: str
    added_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    primed: bool = False
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    next_poll_at: datetime | None = None
    failures: int = 0
    failing_since: datetime | None = None
    last_error: str | None = None
    disabled_at: datetime | None = None
    notified_at: datetime | None = None
    note: str | None = None  # the last poll's news besides its health (entries dropped)

    @property
    def health(self) -> Health:
        if self.disabled_at is not None:
            return Health.DISABLED
        if self.failures:
            return Health.FAILING
        return Health.OK if self.last_success_at else Health.NEW

    @property
    def is_global(self) -> bool:
        return self.tenant == ""


@dataclass(frozen=True)
class FeedAdded:
    """A feed validated by one fetch and now watched."""

    feed: Feed
    item_count: int


@dataclass(frozen=True)
class FeedPolicy:
    default_interval: timedelta
    max_backoff: timedelta = timedelta(days=1)
    disable_after: int = 10
    notify_after: timedelta = timedelta(hours=24)
    max_item_age: timedelta = timedelta(days=7)

    def interval_of(self, feed: Feed) -> timedelta:
        return feed.interval or self.default_interval


@dataclass(frozen=True)
class FailureOutcome:
    failures: int
    failing_since: datetime
    next_poll_at: datetime
    disable: bool
    notify: bool  # tell the tenant's admins once: disabled, or failing for a day


def after_failure(
    feed: Feed, now: datetime, policy: FeedPolicy, retry_after: float | None = None
) -> FailureOutcome:
    """Exponential backoff from the feed's interval, capped, never sooner than Retry-After."""
    failures = feed.failures + 1
    delay = min(policy.interval_of(feed) * 2 ** (failures - 1), policy.max_backoff)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    since = feed.failing_since or now
    disable = failures >= policy.disable_after
    long_failing = now - since >= policy.notify_after
    return FailureOutcome(
        failures=failures,
        failing_since=since,
        next_poll_at=now + delay,
        disable=disable,
        # The "disabled" notice always goes, even after the "failing for a day" one: with the
        # default backoff a feed fails for a day (failure 8) before it is disabled (failure 10).
        notify=disable or (feed.notified_at is None and long_failing),
    )


def status_of(item: Item, feed: Feed, now: datetime, policy: FeedPolicy) -> ItemStatus:
    """A feed's first poll primes it (no flood); old items never alert; the demo alerts on all."""
    if feed.origin == FeedOrigin.DEMO:
        return ItemStatus.NEW
    if not feed.primed:
        return ItemStatus.PRIMED
    if now - item.published > policy.max_item_age:
        return ItemStatus.OLD
    return ItemStatus.NEW


@dataclass(frozen=True)
class FeedNotice:
    """Told once to a feed's tenant admins: the feed was disabled or has failed for a day."""

    feed: Feed
    disabled: bool
    failures: int
    error: str

    @property
    def text(self) -> str:
        return self.text_in(ENGLISH_CODE)

    def text_in(self, language: str) -> str:
        """What the channel reads, in its language."""
        name = self.feed.title or self.feed.url
        if self.disabled:
            return say(
                language,
                "notice.disabled",
                self.failures,
                name=name,
                error=self.error,
                feed=self.feed.id,
            )
        return say(language, "notice.failing", name=name, error=self.error)
