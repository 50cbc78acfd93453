"""The neutral alert: what a channel is told about an event, before any platform renders it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.events import AlertKind, Event, EventStatus
from bot.core.models import Country, Stance

MAX_SOURCES_SHOWN = 5
# What a change alert says of its decision; alerts already sent are edited when it is taken.
STATUS_NOTES = {
    EventStatus.PENDING: "Unconfirmed: an operator may confirm or reject it.",
    EventStatus.APPLIED: "Applied to the record (several sources agree).",
    EventStatus.CONFIRMED: "Confirmed by an operator.",
    EventStatus.REJECTED: "Rejected by an operator.",
    EventStatus.INFO: "",
}


@dataclass(frozen=True)
class AlertSource:
    title: str
    link: str
    outlet: str
    published: datetime


@dataclass(frozen=True)
class Alert:
    """Every text field that came from a feed is untrusted: renderers escape it."""

    event_id: int
    kind: AlertKind
    country: Country
    previous: Stance
    stance: Stance | None
    headline: str
    link: str
    outlet: str
    published: datetime
    confidence: float
    evidence: str
    source_count: int
    sources: tuple[AlertSource, ...]
    status: EventStatus

    @property
    def awaiting_confirmation(self) -> bool:
        return self.kind == AlertKind.CHANGE and self.status == EventStatus.PENDING

    @property
    def title(self) -> str:
        """A plain-text title: flag, country and what happened."""
        name = f"{self.country.flag} {self.country.name}"
        if self.kind == AlertKind.CHANGE and self.stance is not None:
            return f"{name}: {self.previous.label} → {self.stance.label}"
        if self.kind == AlertKind.REAFFIRM and self.stance is not None:
            return f"{name}: still {self.stance.label.lower()}"
        return f"{name} in the Huawei news"

    @property
    def status_note(self) -> str:
        """Where the change stands: unconfirmed, applied, confirmed or rejected."""
        return STATUS_NOTES[self.status] if self.kind == AlertKind.CHANGE else ""

    @property
    def operator_hint(self) -> str:
        if not self.awaiting_confirmation:
            return ""
        return (
            f"Unconfirmed. Operators: /huawei stance confirm {self.event_id} "
            f"or /huawei stance reject {self.event_id}"
        )


def build_alert(event: Event, country: Country) -> Alert:
    lead = event.lead
    if lead is None:
        raise ValueError(f"event {event.id} has no sources")
    others = sorted(event.sources, key=lambda s: s.published)
    return Alert(
        event_id=event.id,
        kind=event.kind,
        country=country,
        previous=event.previous,
        stance=event.stance,
        headline=lead.title,
        link=lead.link,
        outlet=lead.outlet,
        published=lead.published,
        confidence=event.confidence,
        evidence=lead.evidence,
        source_count=len(event.outlets),
        sources=tuple(
            AlertSource(s.title, s.link, s.outlet, s.published) for s in others[:MAX_SOURCES_SHOWN]
        ),
        status=event.status,
    )
