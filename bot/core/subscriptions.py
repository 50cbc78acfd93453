"""Who wants which alerts: subscriptions, mutes and quiet hours, and the deliveries they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.core.catalogue import DEFAULT_LOOK, Look
from bot.core.events import AlertKind, Event
from bot.core.mentions import Mention


class Digest(StrEnum):
    OFF = "off"
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class Channel:
    """Where alerts go: a platform's channel (or thread) inside one tenant."""

    platform: str  # "discord", "slack" or "console"
    tenant: str  # Discord guild id, Slack team id, "console"
    channel: str


@dataclass(frozen=True)
class Subscription:
    id: int
    channel: Channel
    countries: frozenset[str]  # ISO codes (groups expanded); empty = every country
    level: AlertKind  # the least notable kind wanted: change (default), reaffirm or mention
    digest: Digest
    created_by: str
    active: bool = True
    disabled_reason: str = ""
    last_digest_at: datetime | None = None
    paused_since: datetime | None = None  # paused by a manager, with no end date
    keywords: tuple[str, ...] = ()  # the channel's own terms and -exclusions, on top of the
    # workspace's keywords: an item must pass both
    tz: str = "UTC"  # the channel's time zone: its quiet hours and digest dates
    look: Look = DEFAULT_LOOK  # its alerts' style and the language of everything it reads
    mention: Mention | None = None  # who its alerts and digests ping (opt-in)
    threads: bool = False  # sources joining an event also go to the alert's thread (opt-in)

    def wants(self, event: Event) -> bool:
        in_scope = not self.countries or event.country in self.countries
        on = self.active and self.paused_since is None
        return on and in_scope and event.kind.rank >= self.level.rank


@dataclass(frozen=True)
class Mute:
    """A silence: alerts it covers are held (kept and listed), not sent and not lost."""

    id: int
    channel: Channel
    countries: frozenset[str]  # empty = all
    until: datetime
    reason: str
    created_by: str

    def covers(self, country: str, now: datetime) -> bool:
        return now < self.until and (not self.countries or country in self.countries)


@dataclass(frozen=True)
class QuietHours:
    """A daily window, in the channel's time zone, in which its alerts wait; it may wrap past
    midnight. Local times, so a window stays put across daylight saving changes."""

    start: time
    end: time
    zone: str = "UTC"

    def covers(self, now: datetime) -> bool:
        moment = now.astimezone(ZoneInfo(self.zone)).time()
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due to be sent (or retried) at next_attempt_at
    SENT = "sent"  # the platform accepted it; message_id is known
    FAILED = "failed"  # gave up after the retry budget; kept for inspection
    DEAD = "dead"  # the channel is gone or the bot was removed: the subscription is disabled
    HELD = "held"  # muted or quiet hours: released when the silence ends
    DIGEST = "digest"  # over the channel's hourly cap: goes into the next digest


@dataclass(frozen=True)
class KeywordChange:
    """One entry of a tenant's keyword audit log."""

    action: str  # "add" or "remove"
    term: str
    actor: str
    at: datetime


@dataclass(frozen=True)
class DeliveryView:
    """Where one event's alert went, for `/huawei why`."""

    channel: Channel
    status: DeliveryStatus
    held_reason: str = ""
    last_error: str = ""
