"""Comparing findings with the record, and grouping them into events.

A finding is a `change` when its stance differs from the record, a `reaffirm` when it agrees,
and a `mention` when it carries no stance. Findings with the same (country, stance) within a
window form one event: one story told by many outlets is one event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.models import Change, Origin, Stance


class AlertKind(StrEnum):
    CHANGE = "change"
    REAFFIRM = "reaffirm"
    MENTION = "mention"

    @property
    def rank(self) -> int:
        """How notable: subscriptions ask for a minimum (mention < reaffirm < change)."""
        return {AlertKind.MENTION: 0, AlertKind.REAFFIRM: 1, AlertKind.CHANGE: 2}[self]


class EventStatus(StrEnum):
    INFO = "info"  # reaffirm or mention: nothing to decide
    PENDING = "pending"  # a change waiting for the auto-apply rule or an operator
    APPLIED = "applied"  # the auto-apply rule updated the record
    CONFIRMED = "confirmed"  # an operator updated the record
    REJECTED = "rejected"  # an operator said the change is not real

    @property
    def decided(self) -> bool:
        return self not in (EventStatus.INFO, EventStatus.PENDING)


@dataclass(frozen=True)
class Carrier:
    """A feed that carried a source's item: the evidence the bot itself can vouch for. An
    item's link is whatever the feed says; the feed's own host and owner are not."""

    feed_id: int
    publisher: str  # the feed's own host, never the item's link
    tenant: str  # "" for the operators' global feeds

    @property
    def vetted(self) -> bool:
        return self.tenant == ""


@dataclass(frozen=True)
class Source:
    """One item that told the event's story."""

    item_id: int
    title: str
    link: str
    outlet: str
    published: datetime
    confidence: float
    evidence: str
    carriers: tuple[Carrier, ...] = ()


@dataclass(frozen=True)
class Event:
    id: int
    country: str
    stance: Stance | None
    kind: AlertKind
    previous: Stance
    opened_at: datetime
    status: EventStatus
    sources: tuple[Source, ...] = ()
    decided_by: str | None = None

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source.outlet for source in self.sources))

    @property
    def carriers(self) -> tuple[Carrier, ...]:
        return tuple(dict.fromkeys(c for source in self.sources for c in source.carriers))

    @property
    def audience(self) -> frozenset[str] | None:
        """The tenants an event may alert: everyone once a vetted feed (or no feed at all: an
        operator's announcement) carries it, else only the tenants whose own feeds carried it."""
        carriers = self.carriers
        if not carriers or any(c.vetted for c in carriers):
            return None
        return frozenset(c.tenant for c in carriers)

    @property
    def confidence(self) -> float:
        return max((source.confidence for source in self.sources), default=0.0)

    @property
    def lead(self) -> Source | None:
        """The source that best carries the story: the most confident, then the earliest."""
        ranked = sorted(self.sources, key=lambda s: (-s.confidence, s.published))
        return ranked[0] if ranked else None


def classify(stance: Stance | None, record_stance: Stance) -> AlertKind:
    if stance is None:
        return AlertKind.MENTION
    return AlertKind.REAFFIRM if stance == record_stance else AlertKind.CHANGE


def worth_alerting(event: Event, min_confidence: float) -> bool:
    """Mentions always; a stance once a source is confident enough, or once it is decided (an
    operator or enough sources stand behind it)."""
    decided = event.status in (EventStatus.APPLIED, EventStatus.CONFIRMED)
    return event.stance is None or decided or event.confidence >= min_confidence


def initial_status(kind: AlertKind) -> EventStatus:
    return EventStatus.PENDING if kind == AlertKind.CHANGE else EventStatus.INFO


@dataclass(frozen=True)
class AutoApplyRule:
    """A change applies itself once enough independent evidence reports it confidently:
    `min_sources` confident items, carried by feeds of `min_sources` distinct publishers (each
    feed's own host), at least one of them an operators' global feed. An item's link proves
    nothing (the feed chooses it), and a workspace's own feeds never change the shared record
    by themselves: their changes wait for an operator."""

    min_confidence: float = 0.8
    min_sources: int = 2

    def reached(self, event: Event) -> bool:
        if event.kind != AlertKind.CHANGE or event.status != EventStatus.PENDING:
            return False
        confident = [s for s in event.sources if s.confidence >= self.min_confidence]
        carriers = {carrier for source in confident for carrier in source.carriers}
        publishers = {carrier.publisher for carrier in carriers}
        vetted = any(carrier.vetted for carrier in carriers)
        # One article in two feeds is still one report: distinct items as well as publishers.
        reports = len({source.item_id for source in confident})
        return vetted and min(reports, len(publishers)) >= self.min_sources


def change_from(event: Event, origin: Origin, actor: str) -> Change:
    """The record change an event stands for, with its sources."""
    if event.stance is None:
        raise ValueError(f"event {event.id} is a mention: it signals no stance")
    lead = event.lead
    return Change(
        country=event.country,
        stance=event.stance,
        on=(lead.published if lead else event.opened_at).date(),
        reason=lead.title if lead else f"event {event.id}",
        sources=tuple(dict.fromkeys(s.link for s in event.sources if s.link)),
        origin=origin,
        actor=actor,
        previous=event.previous,
    )


def summary_of(event: Event) -> str:
    """A one-line record summary for a stance taken from the news."""
    lead = event.lead
    if lead is None:
        return f"Set from event {event.id}."
    return f"{lead.title} ({lead.outlet}, {lead.published.date().isoformat()})"
