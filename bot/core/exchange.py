"""The JSON form of records for `stancebot db export` and `db import`, validated on the way in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from bot.core.errors import ImportDataError
from bot.core.models import Change, Origin, Record, Stance
from bot.core.seed import valid_sources

FORMAT = "stancebot-records"
FORMAT_VERSION = 1

Entry = tuple[Record, tuple[Change, ...]]
E = TypeVar("E", Stance, Origin)


def dump_records(
    entries: Iterable[Entry], name_of: Callable[[str], str], now: datetime
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": now.isoformat(),
        "records": [_dump_entry(record, history, name_of) for record, history in entries],
    }


def _dump_entry(record: Record, history: tuple[Change, ...], name_of: Callable[[str], str]) -> Any:
    return {
        "code": record.country,
        "name": name_of(record.country),
        "stance": record.stance.value,
        "since": record.since.isoformat() if record.since else None,
        "summary": record.summary,
        "sources": list(record.sources),
        "set_by": record.origin.value,
        "reviewed_on": record.reviewed_on.isoformat() if record.reviewed_on else None,
        "reviewed_by": record.reviewed_by,
        "history": [
            {
                "on": change.on.isoformat(),
                "stance": change.stance.value,
                "previous": change.previous.value if change.previous else None,
                "reason": change.reason,
                "sources": list(change.sources),
                "set_by": change.origin.value,
                "actor": change.actor,
            }
            for change in history
        ],
    }


def parse_records(data: Any, known_codes: Mapping[str, str], now: datetime) -> list[Entry]:
    """Validate an export; report every problem at once, naming the record it is in."""
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportDataError("Not a stancebot records file:", [f'expected "format": "{FORMAT}"'])
    if data.get("version") != FORMAT_VERSION:
        problems.append(f"version: expected {FORMAT_VERSION}, got {data.get('version')!r}")
    raw_records = data.get("records")
    if not isinstance(raw_records, list):
        raise ImportDataError("Invalid records file:", ['"records" must be a list'])
    entries = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_records, start=1):
        entry = _parse_entry(raw, f"record {number}", known_codes, now, problems)
        if entry is not None:
            if entry[0].country in seen:
                problems.append(f"record {number}: {entry[0].country} appears twice")
            seen.add(entry[0].country)
            entries.append(entry)
    if problems:
        raise ImportDataError("Nothing was imported; fix these first:", problems)
    return entries


def _parse_entry(
    raw: Any, where: str, known: Mapping[str, str], now: datetime, problems: list[str]
) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    code = raw.get("code")
    if code not in known:
        problems.append(f"{where}: unknown country code {code!r}")
        return None
    where = f"{where} ({code})"
    before = len(problems)
    stance = _enum(Stance, raw.get("stance"), f"{where} stance", problems)
    origin = _enum(Origin, raw.get("set_by"), f"{where} set_by", problems)
    since = _date(raw.get("since"), f"{where} since", problems, optional=True)
    summary = _text(raw.get("summary"), f"{where} summary", problems)
    sources = raw.get("sources")
    if not (sources == [] or valid_sources(sources)):
        problems.append(f"{where} sources: expected a list of http(s) URLs")
    history = _parse_history(raw["code"], raw.get("history"), where, problems)
    reviewed_on = _date(raw.get("reviewed_on"), f"{where} reviewed_on", problems, optional=True)
    reviewed_by = _text(raw.get("reviewed_by", ""), f"{where} reviewed_by", problems)
    if len(problems) > before or stance is None or origin is None:
        return None
    sources = tuple(raw["sources"])
    record = Record(
        raw["code"], stance, since, summary, sources, origin, now, reviewed_on, reviewed_by
    )
    return record, history


def _parse_history(code: str, raw: Any, where: str, problems: list[str]) -> tuple[Change, ...]:
    if not isinstance(raw, list):
        problems.append(f"{where} history: expected a list")
        return ()
    changes = []
    for number, item in enumerate(raw, start=1):
        at = f"{where} history {number}"
        if not isinstance(item, dict):
            problems.append(f"{at}: expected an object")
            continue
        stance = _enum(Stance, item.get("stance"), f"{at} stance", problems)
        origin = _enum(Origin, item.get("set_by"), f"{at} set_by", problems)
        previous = item.get("previous")
        prior = None if previous is None else _enum(Stance, previous, f"{at} previous", problems)
        on = _date(item.get("on"), f"{at} on", problems, optional=False)
        reason = _text(item.get("reason"), f"{at} reason", problems)
        actor = _text(item.get("actor"), f"{at} actor", problems)
        if not valid_sources(item.get("sources")):
            problems.append(f"{at} sources: expected a list of one or more http(s) URLs")
            continue
        if stance and origin and on:
            changes.append(
                Change(code, stance, on, reason, tuple(item["sources"]), origin, actor, prior)
            )
    return tuple(changes)


def _enum(kind: type[E], value: Any, where: str, problems: list[str]) -> E | None:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        problems.append(f"{where}: {value!r} is not one of {allowed}")
        return None


def _date(value: Any, where: str, problems: list[str], *, optional: bool) -> date | None:
    if value is None and optional:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(f"{where}: expected a date like 2020-07-14, got {value!r}")
        return None


def _text(value: Any, where: str, problems: list[str]) -> str:
    if not isinstance(value, str):
        problems.append(f"{where}: expected text")
        return ""
    return value
