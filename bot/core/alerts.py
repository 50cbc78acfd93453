"""The neutral alert: what a channel is told about an event, before any platform renders it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.catalogue import DEFAULT_LOOK, Look, place_name, say, stance_name
from bot.core.events import AlertKind, Event, EventStatus
from bot.core.models import Country, Stance

MAX_SOURCES_SHOWN = 5


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
    look: Look = DEFAULT_LOOK  # the channel's style and language: each channel's copy has its own

    def say(self, key: str, count: int | None = None, /, **values: object) -> str:
        """A fixed text of the catalogue in the channel's language."""
        return say(self.look.language, key, count, **values)

    @property
    def place(self) -> str:
        """Flag and name in the channel's language."""
        return place_name(self.look.language, self.country)

    @property
    def awaiting_confirmation(self) -> bool:
        return self.kind == AlertKind.CHANGE and self.status == EventStatus.PENDING

    @property
    def title(self) -> str:
        """A plain-text title: flag, country and what happened."""
        language = self.look.language
        if self.kind == AlertKind.CHANGE and self.stance is not None:
            old, new = stance_name(language, self.previous), stance_name(language, self.stance)
            return self.say("alert.title.change", place=self.place, old=old, new=new)
        if self.kind == AlertKind.REAFFIRM and self.stance is not None:
            stance = stance_name(language, self.stance, inline=True)
            return self.say("alert.title.reaffirm", place=self.place, stance=stance)
        return self.say("alert.title.mention", place=self.place)

    @property
    def status_note(self) -> str:
        """Where the change stands: unconfirmed, applied, confirmed or rejected; alerts already
        sent are edited when it is decided."""
        if self.kind != AlertKind.CHANGE or self.status == EventStatus.INFO:
            return ""
        return self.say(f"alert.note.{self.status.value}")

    @property
    def operator_hint(self) -> str:
        if not self.awaiting_confirmation:
            return ""
        return self.say("alert.operators", event=self.event_id)


def build_alert(event: Event, country: Country, look: Look = DEFAULT_LOOK) -> Alert:
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
        look=look,
    )


@dataclass(frozen=True)
class ThreadNote:
    """A source that joined an event after its alert was posted, told in the alert's thread.
    Its text came from a feed, as an alert's does: renderers escape it."""

    event_id: int
    topic: str  # the alert's title: the thread's name where a platform names threads
    source: AlertSource
    look: Look = DEFAULT_LOOK  # the channel's: the note's fixed text is in its language

    def say(self, key: str, /, **values: object) -> str:
        """A fixed text of the catalogue in the channel's language."""
        return say(self.look.language, key, **values)


def thread_note(
    event: Event, country: Country, item_id: int, look: Look = DEFAULT_LOOK
) -> ThreadNote | None:
    """The note for one of the event's sources; None when the event no longer has it."""
    for source in event.sources:
        if source.item_id == item_id:
            told = AlertSource(source.title, source.link, source.outlet, source.published)
            return ThreadNote(event.id, build_alert(event, country, look).title, told, look)
    return None
