"""Grouping: which event each finding joins, what it opens, and what applies itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.core.analysis import Finding
from bot.core.events import AlertKind, AutoApplyRule, Carrier, Event, EventStatus, Source
from bot.core.grouping import (
    AUTO_APPLY,
    Applied,
    DatedStance,
    GroupingPlan,
    Known,
    Placement,
    Report,
    group,
    joinable,
    provisional_id,
)
from bot.core.models import Origin, Stance

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
WINDOW = timedelta(hours=72)
RULE = AutoApplyRule(min_confidence=0.8, min_sources=2)
GLOBAL_REUTERS = Carrier(1, "reuters.com", "")
GLOBAL_BBC = Carrier(2, "bbc.com", "")
WORKSPACE_DW = Carrier(3, "dw.com", "T1")


def ban(item_id: int, hours_ago: float = 1, confidence: float = 0.9) -> Report:
    """An item saying Germany banned Huawei, `hours_ago` before NOW."""
    return Report(
        item_id,
        f"Germany bans Huawei ({item_id})",
        f"https://news.example/{item_id}",
        f"outlet{item_id}.example",
        NOW - timedelta(hours=hours_ago),
        (Finding("DE", Stance.BANNED, confidence, "Germany bans Huawei."),),
    )


def source(report: Report, carriers: tuple[Carrier, ...] = ()) -> Source:
    (finding,) = report.findings
    return Source(
        report.item_id,
        report.title,
        report.link,
        report.outlet,
        report.published,
        finding.confidence,
        finding.evidence,
        carriers,
    )


def stored_ban(event_id: int, *reports: Report) -> Event:
    """A stored pending change to `banned` with the reports as its sources."""
    opened = min(report.published for report in reports)
    sources = tuple(source(report) for report in reports)
    return Event(
        event_id,
        "DE",
        Stance.BANNED,
        AlertKind.CHANGE,
        Stance.RESTRICTED,
        opened,
        EventStatus.PENDING,
        sources,
    )


def opened(index: int, report: Report, previous: Stance = Stance.UNKNOWN) -> Event:
    """The change event a batch opens for `report`, as it stands before any source joins."""
    return Event(
        provisional_id(index),
        "DE",
        Stance.BANNED,
        AlertKind.CHANGE,
        previous,
        report.published,
        EventStatus.PENDING,
    )


def placed(report: Report, event_id: int, *, new: bool = True) -> Placement:
    (finding,) = report.findings
    return Placement(report, finding, event_id, new)


def test_two_findings_of_one_story_open_one_event_and_both_join_it() -> None:
    first, second = ban(10, hours_ago=3), ban(11, hours_ago=2)
    event = opened(0, first)
    with_first = replace(event, sources=(source(first),))
    with_both = replace(event, sources=(source(first), source(second)))
    expected = GroupingPlan(
        opened=(event,),
        placements=(placed(first, event.id), placed(second, event.id)),
        applied=(),
        touched=((with_first,), (with_both,)),
    )
    assert expected == group([first, second], Known(), WINDOW, RULE)


def test_a_finding_joins_the_latest_stored_event_within_the_window() -> None:
    older, newer, report = ban(1, hours_ago=60), ban(2, hours_ago=30), ban(3, hours_ago=1)
    known = Known(events=(stored_ban(7, older), stored_ban(8, newer)))
    plan = group([report], known, WINDOW, RULE)
    assert ((), [placed(report, 8)]) == (plan.opened, list(plan.placements))
    ((joined,),) = plan.touched
    assert [source(newer), source(report)] == list(joined.sources)


def test_a_finding_outside_every_events_window_opens_a_new_one() -> None:
    long_ago, report = ban(1, hours_ago=100), ban(2, hours_ago=1)
    known = Known(events=(stored_ban(7, long_ago),))
    plan = group([report], known, WINDOW, RULE)
    assert ((opened(0, report),), [placed(report, provisional_id(0))]) == (
        plan.opened,
        list(plan.placements),
    )


def test_a_finding_already_stored_adds_nothing() -> None:
    earlier = ban(1, hours_ago=5)
    known = Known(events=(stored_ban(7, earlier),), found=frozenset({(1, "DE")}))
    assert GroupingPlan((), (placed(earlier, 7, new=False),), (), ((),)) == group(
        [earlier], known, WINDOW, RULE
    )


def test_sources_keep_their_published_order_stored_ones_first_at_the_same_time() -> None:
    stored, same_time, earliest = ban(1, hours_ago=5), ban(2, hours_ago=5), ban(3, hours_ago=9)
    plan = group([same_time, earliest], Known(events=(stored_ban(7, stored),)), WINDOW, None)
    *_, (last,) = plan.touched
    assert [3, 1, 2] == [s.item_id for s in last.sources]


def test_a_new_event_compares_with_the_record_as_it_stood_on_the_storys_day() -> None:
    story = ban(1, hours_ago=1)
    day = story.published.date()
    history = {
        "DE": (
            DatedStance(date(2020, 1, 1), NOW - timedelta(days=2000), Stance.ALLOWED),
            DatedStance(date(2024, 5, 1), NOW - timedelta(days=900), Stance.RESTRICTED),
            # recorded after the story appeared: the story is news against the day before
            DatedStance(day, NOW, Stance.UNDER_REVIEW),
            DatedStance(day + timedelta(days=1), NOW, Stance.BANNED),
        )
    }
    plan = group([story], Known(history=history), WINDOW, RULE)
    assert (opened(0, story, previous=Stance.RESTRICTED),) == plan.opened


def test_a_change_recorded_earlier_on_the_storys_day_is_already_the_record() -> None:
    story = ban(1, hours_ago=1)
    recorded = story.published - timedelta(hours=1)
    history = {"DE": (DatedStance(story.published.date(), recorded, Stance.BANNED),)}
    ((event,),) = group([story], Known(history=history), WINDOW, RULE).touched
    assert (AlertKind.REAFFIRM, EventStatus.INFO, Stance.BANNED) == (
        event.kind,
        event.status,
        event.previous,
    )


def test_two_vetted_publishers_apply_a_change_and_the_batch_compares_with_it() -> None:
    first, second = ban(10, hours_ago=3), ban(11, hours_ago=2)
    later = ban(12, hours_ago=-200)  # outside the window: opens an event of its own
    carriers = {10: (GLOBAL_REUTERS,), 11: (GLOBAL_BBC,)}
    plan = group([first, second, later], Known(carriers=carriers), WINDOW, RULE)
    (_, (applied,), (after,)) = plan.touched
    sources = (source(first, (GLOBAL_REUTERS,)), source(second, (GLOBAL_BBC,)))
    decided = replace(opened(0, first), sources=sources)
    assert (
        (Applied(decided),),
        (EventStatus.APPLIED, AUTO_APPLY),
        (AlertKind.REAFFIRM, Stance.BANNED),
    ) == (plan.applied, (applied.status, applied.decided_by), (after.kind, after.previous))


def test_a_workspaces_own_feeds_never_apply_a_change() -> None:
    first, second = ban(10, hours_ago=3), ban(11, hours_ago=2)
    carriers = {10: (WORKSPACE_DW,), 11: (Carrier(4, "ft.com", "T1"),)}
    plan = group([first, second], Known(carriers=carriers), WINDOW, RULE)
    assert ((), EventStatus.PENDING) == (plan.applied, plan.touched[1][0].status)


def test_without_a_rule_nothing_applies_itself() -> None:
    first, second = ban(10, hours_ago=3), ban(11, hours_ago=2)
    carriers = {10: (GLOBAL_REUTERS,), 11: (GLOBAL_BBC,)}
    assert () == group([first, second], Known(carriers=carriers), WINDOW, None).applied


def test_the_stores_ids_replace_the_provisional_ones_everywhere() -> None:
    first, second = ban(10, hours_ago=3), ban(11, hours_ago=2)
    carriers = {10: (GLOBAL_REUTERS,), 11: (GLOBAL_BBC,)}
    plan = group([first, second], Known(carriers=carriers), WINDOW, RULE)
    written = plan.with_ids({provisional_id(0): 41})
    (decision,) = written.applied
    assert (
        [41],
        [41, 41],
        [41, 41],
        ("event 41", Origin.NEWS, Stance.BANNED),
    ) == (
        [event.id for event in written.opened],
        [p.event_id for p in written.placements],
        [event.id for events in written.touched for event in events],
        (decision.change.actor, decision.change.origin, decision.change.stance),
    )


def test_joinable_names_only_the_stored_events_findings_would_join() -> None:
    older, newer, unrelated = ban(1, hours_ago=60), ban(2, hours_ago=30), ban(3, hours_ago=400)
    events = [stored_ban(7, older), stored_ban(8, newer), stored_ban(9, unrelated)]
    assert {8} == joinable([ban(4, hours_ago=1)], events, WINDOW)
