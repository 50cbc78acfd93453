"""Digests: one summary message per period of what a channel's subscription covers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.catalogue import ENGLISH_CODE, month_date, say, stance_name
from bot.core.events import AlertKind, Event, EventStatus
from bot.core.models import Country
from bot.core.replies import Field, Reply
from bot.core.subscriptions import Digest, Subscription
from bot.core.wording import name_key

PERIODS = {Digest.DAILY: timedelta(days=1), Digest.WEEKLY: timedelta(days=7)}
CATCH_UP = timedelta(hours=1)  # alerts over the hourly cap of a digest-less channel wait this long
MAX_LINES = 15


@dataclass(frozen=True)
class DigestPlan:
    since: datetime
    label: str  # the catalogue's key of its name: "digest.daily", "digest.catch_up"


def plan(subscription: Subscription, now: datetime, capped: int) -> DigestPlan | None:
    """Whether the subscription's digest is due now, and what period it covers.

    A channel without digests still gets a catch-up summary of alerts held back by the hourly
    cap, an hour later: what exceeds the cap is never dropped.
    """
    last = subscription.last_digest_at
    period = PERIODS.get(subscription.digest)
    if period is not None and (last is None or now - last >= period):
        return DigestPlan(last or now - period, f"digest.{subscription.digest.value}")
    if capped and (last is None or now - last >= CATCH_UP):
        return DigestPlan(last or now - CATCH_UP, "digest.catch_up")
    return None


def compose(
    plan: DigestPlan,
    events: Sequence[Event],
    capped: Sequence[Event],
    country: Callable[[str], Country],
    now: datetime,
    *,
    zone: str = "UTC",
    language: str = ENGLISH_CODE,
) -> Reply | None:
    """The digest message, or None when the period had nothing worth saying; its period is
    given in the channel's time zone, its text in the channel's language, each section's
    countries in the order of their names in it."""
    decided = [e for e in events if e.status in (EventStatus.APPLIED, EventStatus.CONFIRMED)]
    reported = [e for e in events if e.status == EventStatus.PENDING]
    others = [e for e in events if e.kind != AlertKind.CHANGE]
    lines = _Lines(country, language)
    fields = [
        lines.field("digest.decided", decided),
        lines.field("digest.reported", reported),
        lines.field("digest.capped", capped),
    ]
    shown = tuple(f for f in fields if f is not None)
    if not shown and not others:
        return None
    label = say(language, plan.label)
    return Reply(
        title=say(language, "digest.title", len(decided), label=label),
        text=say(language, "digest.others", len(others)),
        fields=shown,
        private=False,
        language=language,
        footer=f"{_local(plan.since, zone, language)} – {_local(now, zone, language)} {zone}",
    )


def _local(moment: datetime, zone: str, language: str) -> str:
    return month_date(language, moment.astimezone(ZoneInfo(zone)))


@dataclass(frozen=True)
class _Lines:
    """A section's lines in the channel's language."""

    country: Callable[[str], Country]
    language: str

    def field(self, key: str, events: Sequence[Event]) -> Field | None:
        if not events:
            return None
        ordered = sorted(events, key=lambda e: name_key(self._name(e.country)))
        lines = [self._line(event) for event in ordered[:MAX_LINES]]
        if len(events) > MAX_LINES:
            lines.append(say(self.language, "digest.more", len(events) - MAX_LINES))
        return Field(f"{say(self.language, key)} ({len(events)})", "\n".join(lines))

    def _name(self, code: str) -> str:
        return self.country(code).name_in(self.language)

    def _line(self, event: Event) -> str:
        place = self.country(event.country)
        where = f"{place.flag} {place.name_in(self.language)}"
        headline = f": {event.lead.title}" if event.lead else ""
        if event.stance is None:
            return say(self.language, "digest.line.mention", place=where, headline=headline)
        new = stance_name(self.language, event.stance, inline=True)
        if event.kind == AlertKind.REAFFIRM:
            key = "digest.line.reaffirm"
            return say(self.language, key, place=where, stance=new, headline=headline)
        old = stance_name(self.language, event.previous, inline=True)
        return say(
            self.language, "digest.line.change", place=where, old=old, new=new, headline=headline
        )
