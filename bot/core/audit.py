"""Checking every record against its history and the conventions: `stancebot record audit`.

A record passes when a stance other than unknown has a source, no date lies in the future, its
history is in date order with a source for every change, the latest change is the current
stance since its date, and an unknown record says why. The figures count what the record holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.models import Change, Record, Stance


@dataclass(frozen=True)
class Audit:
    problems: tuple[str, ...]
    stances: Mapping[Stance, int]
    sourced: int  # records with a stance other than unknown, backed by a source

    @property
    def passed(self) -> bool:
        return not self.problems


def audit(records: Sequence[Record], history: Mapping[str, Sequence[Change]], today: date) -> Audit:
    problems: list[str] = []
    for record in records:
        own = history.get(record.country, ())
        problems += [f"{record.country}: {problem}" for problem in _problems(record, own, today)]
    stances = Counter(record.stance for record in records)
    sourced = sum(1 for r in records if r.stance is not Stance.UNKNOWN and r.sources)
    return Audit(tuple(problems), dict(stances), sourced)


def _problems(record: Record, changes: Sequence[Change], today: date) -> list[str]:
    found: list[str] = []
    if record.stance is not Stance.UNKNOWN and not record.sources:
        found.append(f"{record.stance} with no source")
    if record.stance is Stance.UNKNOWN and not record.summary.strip():
        found.append("unknown without saying why")
    if record.since and record.since > today:
        found.append(f"since {record.since} lies in the future")
    found += [f"change of {c.on} lies in the future" for c in changes if c.on > today]
    found += [f"change of {c.on} has no source" for c in changes if not c.sources]
    days = [c.on for c in changes]
    if days != sorted(days):
        found.append("history out of date order")
    if record.stance is not Stance.UNKNOWN:
        found += _matches_history(record, changes)
    return found


def _matches_history(record: Record, changes: Sequence[Change]) -> list[str]:
    if not changes:
        return [f"{record.stance} with no history"]
    latest = max(changes, key=lambda c: c.on)
    if (latest.stance, latest.on) != (record.stance, record.since):
        return [
            f"the record says {record.stance} since {record.since}, its history ends with "
            f"{latest.stance} on {latest.on}"
        ]
    return []
