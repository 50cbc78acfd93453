"""The seed of every country's record, validated from `config/stances.toml` data.

The seed is a plain mapping (as tomllib returns it); reading the file happens at the edge.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from bot.core.errors import ConfigError
from bot.core.models import Change, Origin, Stance

VALID_STANCES = {stance.value for stance in Stance}


@dataclass(frozen=True)
class SeedEntry:
    """A researched record: its dated changes, or no change and why it is unknown."""

    country: str
    summary: str
    changes: tuple[Change, ...]
    unknown: str = ""  # "missing" or "conflicting: ..." when there is no stance to give

    @property
    def stance(self) -> Stance:
        return self.changes[-1].stance if self.changes else Stance.UNKNOWN

    @property
    def since(self) -> date | None:
        return self.changes[-1].on if self.changes else None

    @property
    def sources(self) -> tuple[str, ...]:
        return self.changes[-1].sources if self.changes else ()


@dataclass(frozen=True)
class Seed:
    version: int
    entries: Mapping[str, SeedEntry]
    reviewed_on: date | None = None  # [meta] as_of: when the research was last checked
    reviewed_by: str = ""

    @property
    def actor(self) -> str:
        return f"seed v{self.version}"

    @property
    def reviewer(self) -> str:
        return self.reviewed_by or self.actor


def parse_seed(data: Mapping[str, Any], known_codes: Collection[str], where: str) -> Seed:
    """Validate seed data, reporting every problem at once with the entry it is in."""
    problems: list[str] = []
    meta = data.get("meta", {})
    version = meta.get("version") if isinstance(meta, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append("[meta] version: expected a positive integer")
        version = 0
    entries: dict[str, SeedEntry] = {}
    for code, raw in data.items():
        if code == "meta":
            continue
        entry = _parse_entry(code, raw, known_codes, version, problems)
        if entry is not None:
            entries[code] = entry
    reviewed_on, reviewed_by = _review(meta if isinstance(meta, dict) else {}, problems)
    if problems:
        raise ConfigError(f"{where} is invalid:", problems)
    return Seed(version, entries, reviewed_on, reviewed_by)


def _review(meta: Mapping[str, Any], problems: list[str]) -> tuple[date | None, str]:
    as_of, by = meta.get("as_of"), meta.get("reviewed_by", "")
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        problems.append(f"[meta] as_of: expected a date like 2026-12-04, got {as_of!r}")
        as_of = None
    if not isinstance(by, str):
        problems.append("[meta] reviewed_by: expected text")
        by = ""
    return as_of, by


def _parse_entry(
    code: str, raw: Any, known: Collection[str], version: int, problems: list[str]
) -> SeedEntry | None:
    if code not in known:
        problems.append(f"[{code}]: unknown country code")
        return None
    if not isinstance(raw, dict):
        problems.append(f"[{code}]: expected a table")
        return None
    summary = raw.get("summary")
    if not isinstance(summary, str) or not summary.strip() or "\n" in summary:
        problems.append(f"[{code}] summary: expected one non-empty line")
    if "unknown" in raw:
        return _unknown_entry(code, raw, summary, problems)
    raw_changes = raw.get("changes")
    if not isinstance(raw_changes, list) or not raw_changes:
        problems.append(f"[{code}] changes: expected at least one [[{code}.changes]]")
        return None
    before = len(problems)
    changes = _parse_changes(code, raw_changes, version, problems)
    if len(problems) > before or not isinstance(summary, str):
        return None
    return SeedEntry(country=code, summary=summary.strip(), changes=changes)


def _unknown_entry(
    code: str, raw: dict[str, Any], summary: Any, problems: list[str]
) -> SeedEntry | None:
    """A country researched without a stance to give: the reason must say which."""
    why = raw["unknown"]
    if not isinstance(why, str) or not (why == "missing" or why.startswith("conflicting: ")):
        problems.append(f'[{code}] unknown: expected "missing" or "conflicting: <why>"')
        return None
    if raw.get("changes"):
        problems.append(f"[{code}]: an unknown record has no changes")
        return None
    return SeedEntry(code, str(summary).strip(), (), why) if isinstance(summary, str) else None


def _parse_changes(
    code: str, raw_changes: list[Any], version: int, problems: list[str]
) -> tuple[Change, ...]:
    changes: list[Change] = []
    for number, raw in enumerate(raw_changes, start=1):
        where = f"[{code}] change {number}"
        change = _parse_change(code, raw, version, where, problems)
        if change is None:
            continue
        previous = changes[-1] if changes else None
        if previous and change.on <= previous.on:
            problems.append(f"{where}: date {change.on} is not after {previous.on}")
        if previous and change.stance == previous.stance:
            problems.append(f"{where}: stance {change.stance} repeats the change before it")
        prior = previous.stance if previous else None
        changes.append(replace(change, previous=prior))
    return tuple(changes)


def _parse_change(
    code: str, raw: Any, version: int, where: str, problems: list[str]
) -> Change | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a table")
        return None
    on, stance, reason = raw.get("on"), raw.get("stance"), raw.get("reason")
    sources = raw.get("sources")
    before = len(problems)
    if not isinstance(on, date) or isinstance(on, datetime):
        problems.append(f"{where} on: expected a date like 2020-07-14, got {on!r}")
    if stance not in VALID_STANCES or stance == Stance.UNKNOWN:
        problems.append(f"{where} stance: {stance!r} is not one of {sorted(VALID_STANCES)}")
    if not isinstance(reason, str) or not reason.strip():
        problems.append(f"{where} reason: expected a sentence")
    if not valid_sources(sources):
        problems.append(f"{where} sources: expected a list of one or more http(s) URLs")
    if len(problems) > before:
        return None
    return Change(
        country=code,
        stance=Stance(raw["stance"]),
        on=raw["on"],
        reason=raw["reason"].strip(),
        sources=tuple(raw["sources"]),
        origin=Origin.SEED,
        actor=f"seed v{version}",
    )


def valid_sources(sources: Any) -> bool:
    return (
        isinstance(sources, list)
        and bool(sources)
        and all(isinstance(s, str) and s.startswith(("https://", "http://")) for s in sources)
    )
