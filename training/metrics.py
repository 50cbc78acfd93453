"""How well a reading agrees with the labels: the figures the product is judged by.

A pair is (country, stance). Strict F1 counts a pair right only with the same stance; lenient
F1 lets the disputed neighbours agree (banned~restricted, allowed~partnered). Subject F1 asks
only whether the deciding countries were found. A false alarm is a stance raised on an item
labelled without one. EU findings are not counted: the bloc is not a country's government.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

Pair = tuple[str, str]
_LENIENT = {
    "banned": "excluded",
    "restricted": "excluded",
    "allowed": "admitted",
    "partnered": "admitted",
    "under_review": "under_review",
}
NOT_COUNTED = frozenset({"EU"})


@dataclass(frozen=True)
class Counts:
    hits: int = 0
    extra: int = 0
    missed: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.hits + other.hits, self.extra + other.extra, self.missed + other.missed)

    @property
    def precision(self) -> float:
        found = self.hits + self.extra
        return self.hits / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.hits + self.missed
        return self.hits / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = 2 * self.hits + self.extra + self.missed
        return 2 * self.hits / total if total else 1.0


def _counts(expected: set[object], found: set[object]) -> Counts:
    return Counts(len(expected & found), len(found - expected), len(expected - found))


@dataclass(frozen=True)
class Quality:
    strict: Counts = Counts()
    lenient: Counts = Counts()
    subject: Counts = Counts()
    stance_free: int = 0
    false_alarms: int = 0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.stance_free if self.stance_free else 0.0

    def __add__(self, other: Quality) -> Quality:
        return Quality(
            self.strict + other.strict,
            self.lenient + other.lenient,
            self.subject + other.subject,
            self.stance_free + other.stance_free,
            self.false_alarms + other.false_alarms,
        )


def judge(expected: Iterable[Pair], found: Iterable[Pair]) -> Quality:
    """One item's figures."""
    want = {p for p in expected if p[0] not in NOT_COUNTED}
    got = {p for p in found if p[0] not in NOT_COUNTED}
    free = not want
    return Quality(
        _counts(set(want), set(got)),
        _counts({(c, _LENIENT[s]) for c, s in want}, {(c, _LENIENT[s]) for c, s in got}),
        _counts({c for c, _ in want}, {c for c, _ in got}),
        int(free),
        int(free and bool(got)),
    )


def total(qualities: Iterable[Quality]) -> Quality:
    result = Quality()
    for quality in qualities:
        result += quality
    return result


def interval(judged: Iterable[tuple[str, Quality]], draws: int = 1000) -> tuple[float, float]:
    """The lenient F1 of the middle 95% of `draws` sets drawn again from these (event, item's
    figures): each draws as many events as there are, with replacement. Items of one event read
    alike, so how far a figure can move by which events it happens to hold is the events'
    count's, not the items'."""
    by_event: dict[str, Counts] = {}
    for event, quality in judged:
        by_event[event] = by_event.get(event, Counts()) + quality.lenient
    events = [(c.hits, c.extra, c.missed) for c in by_event.values()]
    draw = random.Random(0)  # noqa: S311 - a fixed draw, so the bench prints the same each run
    f1s = sorted(
        Counts(*map(sum, zip(*draw.choices(events, k=len(events)), strict=True))).f1
        for _ in range(draws)
    )
    return f1s[draws // 40], f1s[draws - 1 - draws // 40]


def line(name: str, quality: Quality, items: int) -> str:
    return (
        f"{name:<28} {items:>4} items  lenient F1 {quality.lenient.f1:.3f} "
        f"(P {quality.lenient.precision:.2f} R {quality.lenient.recall:.2f})  "
        f"strict {quality.strict.f1:.3f}  subject {quality.subject.f1:.3f}  "
        f"false alarms {quality.false_alarms}/{quality.stance_free} "
        f"({quality.false_alarm_rate:.1%})"
    )
