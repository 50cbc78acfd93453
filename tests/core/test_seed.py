from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.core.errors import ConfigError
from bot.core.models import Stance
from bot.core.seed import parse_seed

KNOWN = {"GB", "SE", "DE"}


def change(on: Any, stance: str, sources: Any = ("https://example.org/a",)) -> dict[str, Any]:
    return {"on": on, "stance": stance, "reason": "A reason.", "sources": list(sources)}


def test_the_last_change_is_the_current_stance() -> None:
    data = {
        "meta": {"version": 2},
        "GB": {
            "summary": "Banned.",
            "changes": [
                change(date(2020, 1, 28), "restricted"),
                change(date(2020, 7, 14), "banned"),
            ],
        },
    }
    seed = parse_seed(data, KNOWN, "stances.toml")
    entry = seed.entries["GB"]
    assert (Stance.BANNED, date(2020, 7, 14)) == (entry.stance, entry.since)
    assert Stance.RESTRICTED == entry.changes[1].previous
    assert "seed v2" == entry.changes[0].actor


def test_every_problem_is_reported_at_once_naming_its_entry() -> None:
    data = {
        "meta": {"version": 1},
        "XX": {"summary": "?", "changes": [change(date(2020, 1, 1), "banned")]},
        "SE": {"summary": "Bad.", "changes": [change("2020-13-01", "forbidden", sources=[])]},
        "DE": {
            "summary": "Out of order.",
            "changes": [change(date(2024, 1, 1), "allowed"), change(date(2019, 1, 1), "banned")],
        },
    }
    with pytest.raises(ConfigError) as caught:
        parse_seed(data, KNOWN, "stances.toml")
    problems = "\n".join(caught.value.problems)
    assert "[XX]: unknown country code" in problems
    assert "[SE] change 1 on" in problems
    assert "[SE] change 1 stance: 'forbidden'" in problems
    assert "[SE] change 1 sources" in problems
    assert "[DE] change 2: date 2019-01-01 is not after 2024-01-01" in problems


def test_a_missing_version_is_a_problem() -> None:
    with pytest.raises(ConfigError, match=r"\[meta\] version"):
        parse_seed({}, KNOWN, "stances.toml")


def test_an_unknown_entry_says_why_and_has_no_changes() -> None:
    data = {
        "meta": {"version": 1, "as_of": date(2026, 12, 4), "reviewed_by": "research"},
        "ER": {"summary": "Unknown: nothing found.", "unknown": "missing"},
        "KI": {"summary": "Unknown: reports conflict.", "unknown": "conflicting: cable bid"},
    }
    seed = parse_seed(data, {"ER", "KI"}, "test")
    assert (date(2026, 12, 4), "research") == (seed.reviewed_on, seed.reviewer)
    assert [
        (Stance.UNKNOWN, None, "missing"),
        (Stance.UNKNOWN, None, "conflicting: cable bid"),
    ] == [(e.stance, e.since, e.unknown) for e in seed.entries.values()]


def test_an_unknown_entry_must_say_which_kind_of_unknown() -> None:
    data = {"meta": {"version": 1}, "ER": {"summary": "Unknown.", "unknown": "no idea"}}
    with pytest.raises(ConfigError) as raised:
        parse_seed(data, {"ER"}, "test")
    assert ('[ER] unknown: expected "missing" or "conflicting: <why>"',) == raised.value.problems
