"""Grouping: which event each finding joins, and which changes apply themselves.

One story told by many outlets is one event. A finding joins the latest event of its (country,
stance) opened within `window` of its published time, else it opens one whose `previous` is the
record's stance on that day (a change applied earlier in the batch included). A finding already
stored for its (item, country) adds nothing. Once a change reaches the auto-apply rule (decision
010) it is applied, and later findings of the batch compare with it.

`group` decides and does no I/O: storage loads what it needs (`Known`), writes the plan, and
gives the events the plan opens their ids. Until then a new event's id is provisional (see
`provisional_id`). All times are UTC, as stored.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot.core.analysis.values import Finding
from bot.core.events import (
    AutoApplyRule,
    Carrier,
    Event,
    EventStatus,
    Source,
    change_from,
    classify,
    initial_status,
    summary_of,
)
from bot.core.models import Change, Origin, Stance

AUTO_APPLY = "auto-apply"  # who decided an event the rule applied

Key = tuple[str, Stance | None]  # country, stance
# Where a source stands in its event: published, stored (0) before new (1), then their order.
Order = tuple[datetime, int, int]
Rank = tuple[int, int]  # among events opened at the same time: stored (0, id), then new (1, n)


@dataclass(frozen=True)
class Report:
    """One analysed item whose findings a batch groups, told by its outlet."""

    item_id: int
    title: str
    link: str
    outlet: str
    published: datetime
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class DatedStance:
    """One change in a country's history: the day it took effect, and when the bot recorded
    it (None for a change applied by the batch being grouped)."""

    on: date
    recorded: datetime | None
    stance: Stance


@dataclass(frozen=True)
class Known:
    """What the store holds that grouping a batch needs, read in the batch's transaction."""

    events: tuple[Event, ...] = ()  # stored events the findings may join, sources in order
    history: Mapping[str, tuple[DatedStance, ...]] = field(default_factory=dict)  # by day
    found: frozenset[tuple[int, str]] = frozenset()  # (item id, country) already stored
    carriers: Mapping[int, tuple[Carrier, ...]] = field(default_factory=dict)  # by item id


@dataclass(frozen=True)
class Placement:
    """Where one finding went: the event it joined, and whether it is new to the store."""

    report: Report
    finding: Finding
    event_id: int
    new: bool


@dataclass(frozen=True)
class Applied:
    """An event the auto-apply rule decided, as it stood then: its change becomes the record."""

    event: Event

    @property
    def change(self) -> Change:
        return change_from(self.event, Origin.NEWS, f"event {self.event.id}")

    @property
    def note(self) -> str:
        return summary_of(self.event)


@dataclass(frozen=True)
class GroupingPlan:
    """What a batch writes: the events it opens (provisional ids), every finding's placement,
    the rule's decisions, and for each report the events its new findings joined, each as it
    stood after that finding (applied or not): what routing reads."""

    opened: tuple[Event, ...] = ()
    placements: tuple[Placement, ...] = ()
    applied: tuple[Applied, ...] = ()
    touched: tuple[tuple[Event, ...], ...] = ()

    def with_ids(self, ids: Mapping[int, int]) -> GroupingPlan:
        """The plan with each provisional id replaced by the id the store gave its event."""

        def real(event: Event) -> Event:
            return replace(event, id=ids[event.id]) if is_provisional(event.id) else event

        return GroupingPlan(
            opened=tuple(real(event) for event in self.opened),
            placements=tuple(
                replace(p, event_id=ids.get(p.event_id, p.event_id)) for p in self.placements
            ),
            applied=tuple(Applied(real(decision.event)) for decision in self.applied),
            touched=tuple(tuple(real(event) for event in events) for events in self.touched),
        )


def provisional_id(index: int) -> int:
    """The id a plan gives the `index`-th event it opens until the store gives the real one:
    negative, so it is never a stored event's."""
    return -1 - index


def is_provisional(event_id: int) -> bool:
    return event_id < 0


def group(
    reports: Sequence[Report],
    known: Known,
    window: timedelta,
    rule: AutoApplyRule | None,
) -> GroupingPlan:
    """Place every finding of the reports, in order; with a `rule`, apply each change that
    reaches it (None: only place them)."""
    grouping = _Grouping(known, window)
    touched = tuple(
        tuple(grouping.settle(event_id, rule) for event_id in grouping.place(report))
        for report in reports
    )
    return GroupingPlan(
        opened=tuple(grouping.opened),
        placements=tuple(grouping.placements),
        applied=tuple(grouping.applied),
        touched=touched,
    )


def joinable(reports: Iterable[Report], events: Iterable[Event], window: timedelta) -> set[int]:
    """The ids of the stored events the reports' findings would join: only their sources need
    loading (the batch's own new events may take a finding from them, never add one)."""
    grouping = _Grouping(Known(events=tuple(events)), window)
    return {
        event_id
        for report in reports
        for finding in report.findings
        if (event_id := grouping.match((finding.country, finding.stance), report.published))
    }


class _Grouping:
    """The batch's events in memory while its reports are placed in order."""

    def __init__(self, known: Known, window: timedelta) -> None:
        self._window = window
        self._carriers = known.carriers
        self._found = set(known.found)
        self._history = {country: list(dated) for country, dated in known.history.items()}
        self._events = {event.id: event for event in known.events}
        self._open: dict[Key, list[tuple[datetime, Rank, int]]] = {}
        self._order: dict[int, list[tuple[Order, Source]]] = {}
        for event in known.events:
            self._open.setdefault((event.country, event.stance), []).append(
                (event.opened_at, (0, event.id), event.id)
            )
            self._order[event.id] = [((s.published, 0, n), s) for n, s in enumerate(event.sources)]
        self.opened: list[Event] = []
        self.placements: list[Placement] = []
        self.applied: list[Applied] = []

    def match(self, key: Key, published: datetime) -> int | None:
        """The latest event of `key` opened within the window of `published`, if any."""
        inside = [
            entry for entry in self._open.get(key, []) if abs(entry[0] - published) <= self._window
        ]
        return max(inside)[2] if inside else None

    def place(self, report: Report) -> list[int]:
        """Place the report's findings; return the ids of the events its new findings joined."""
        joined = []
        for finding in report.findings:
            key = (finding.country, finding.stance)
            event_id = self.match(key, report.published)
            if event_id is None:
                event_id = self._open_event(key, report.published)
            new = (report.item_id, finding.country) not in self._found
            self.placements.append(Placement(report, finding, event_id, new))
            if new:
                self._found.add((report.item_id, finding.country))
                self._join(event_id, report, finding)
                joined.append(event_id)
        return joined

    def settle(self, event_id: int, rule: AutoApplyRule | None) -> Event:
        """Apply the event's change once the rule is reached; later reports see it."""
        event = self._events[event_id]
        if rule is None or not rule.reached(event):
            return event
        decision = Applied(event)
        self.applied.append(decision)
        change = decision.change
        dated = DatedStance(change.on, None, change.stance)
        insort(self._history.setdefault(change.country, []), dated, key=_by_day)
        decided = replace(event, status=EventStatus.APPLIED, decided_by=AUTO_APPLY)
        self._events[event_id] = decided
        return decided

    def _open_event(self, key: Key, published: datetime) -> int:
        country, stance = key
        previous = self._stance_before(country, published)
        kind = classify(stance, previous)
        event_id = provisional_id(len(self.opened))
        event = Event(event_id, country, stance, kind, previous, published, initial_status(kind))
        self.opened.append(event)
        self._events[event_id] = event
        rank = (1, len(self.opened))
        self._open.setdefault(key, []).append((published, rank, event_id))
        return event_id

    def _stance_before(self, country: str, published: datetime) -> Stance:
        """The record as it stood when the story came out (unknown before any change): news of
        2020 read in 2026 is compared with 2020's record. A change dated the story's own day
        counts only if the bot recorded it before the story appeared: a decision announced that
        day is still news, a change this bot applied an hour earlier is not."""
        day = published.date()
        for dated in reversed(self._history.get(country, [])):
            if dated.on < day or (
                dated.on == day and (dated.recorded is None or dated.recorded <= published)
            ):
                return dated.stance
        return Stance.UNKNOWN

    def _join(self, event_id: int, report: Report, finding: Finding) -> None:
        source = Source(
            report.item_id,
            report.title,
            report.link,
            report.outlet,
            report.published,
            finding.confidence,
            finding.evidence,
            self._carriers.get(report.item_id, ()),
        )
        ordered = self._order.setdefault(event_id, [])
        insort(ordered, ((report.published, 1, len(self.placements)), source), key=_by_order)
        self._events[event_id] = replace(
            self._events[event_id], sources=tuple(s for _, s in ordered)
        )


def _by_day(dated: DatedStance) -> date:
    return dated.on


def _by_order(entry: tuple[Order, Source]) -> Order:
    return entry[0]
