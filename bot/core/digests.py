"""Digests: one summary message per period of what a channel's subscription covers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.events import AlertKind, Event, EventStatus
from bot.core.models import Country
from bot.core.replies import Field, Reply
from bot.core.subscriptions import Digest, Subscription
from bot.core.wording import plural

PERIODS = {Digest.DAILY: timedelta(days=1), Digest.WEEKLY: timedelta(days=7)}
CATCH_UP = timedelta(hours=1)  # alerts over the hourly cap of a digest-less channel wait this long
MAX_LINES = 15


@dataclass(frozen=True)
class DigestPlan:
    since: datetime
    label: str


def plan(subscription: Subscription, now: datetime, capped: int) -> DigestPlan | None:
    """Whether the subscription's digest is due now, and what period it covers.

    A channel without digests still gets a catch-up summary of alerts held back by the hourly
    cap, an hour later: what exceeds the cap is never dropped.
    """
    last = subscription.last_digest_at
    period = PERIODS.get(subscription.digest)
    if period is not None and (last is None or now - last >= period):
        return DigestPlan(last or now - period, f"{subscription.digest.value.capitalize()} digest")
    if capped and (last is None or now - last >= CATCH_UP):
        return DigestPlan(last or now - CATCH_UP, "Catch-up")
    return None


def compose(
    plan: DigestPlan,
    events: Sequence[Event],
    capped: Sequence[Event],
    country: Callable[[str], Country],
    now: datetime,
    *,
    zone: str = "UTC",
) -> Reply | None:
    """The digest message, or None when the period had nothing worth saying; its period is
    given in the channel's time zone."""
    decided = [e for e in events if e.status in (EventStatus.APPLIED, EventStatus.CONFIRMED)]
    reported = [e for e in events if e.status == EventStatus.PENDING]
    others = [e for e in events if e.kind != AlertKind.CHANGE]
    fields = [
        _field("Stance changes", decided, country),
        _field("Reported, awaiting confirmation", reported, country),
        _field("Held back by the hourly alert limit", capped, country),
    ]
    shown = tuple(f for f in fields if f is not None)
    if not shown and not others:
        return None
    return Reply(
        title=f"{plan.label}: {plural(len(decided), 'stance change')}",
        text=f"{plural(len(others), 'other event')} (reaffirmations and mentions) in this period.",
        fields=shown,
        private=False,
        footer=f"{_local(plan.since, zone)} – {_local(now, zone)} {zone}",
    )


def _local(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%d %b %Y %H:%M}"


def _field(name: str, events: Sequence[Event], country: Callable[[str], Country]) -> Field | None:
    if not events:
        return None
    lines = [_line(event, country(event.country)) for event in events[:MAX_LINES]]
    if len(events) > MAX_LINES:
        lines.append(f"… and {len(events) - MAX_LINES} more")
    return Field(f"{name} ({len(events)})", "\n".join(lines))


def _line(event: Event, place: Country) -> str:
    lead = event.lead
    headline = f": {lead.title}" if lead else ""
    if event.stance is None:
        return f"{place.flag} {place.name} in the news{headline}"
    if event.kind == AlertKind.REAFFIRM:
        return f"{place.flag} {place.name} still {event.stance.label.lower()}{headline}"
    change = f"{event.previous.label.lower()} → {event.stance.label.lower()}"
    return f"{place.flag} {place.name} {change}{headline}"
