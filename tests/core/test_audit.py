"""The record audit: what it finds wrong, on records made for the purpose."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.core.audit import audit
from bot.core.models import Change, Origin, Record, Stance

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, tzinfo=UTC)
SOURCE = ("https://gov.example/decision",)


def record(
    code: str, stance: Stance, since: date | None, sources: tuple[str, ...] = SOURCE
) -> Record:
    return Record(code, stance, since, "A summary.", sources, Origin.SEED, NOW)


def change(code: str, stance: Stance, on: date, sources: tuple[str, ...] = SOURCE) -> Change:
    return Change(code, stance, on, "A reason.", sources, Origin.SEED, "seed v3")


def test_a_sound_record_passes() -> None:
    result = audit(
        [record("GB", Stance.BANNED, date(2020, 7, 14)), record("ER", Stance.UNKNOWN, None, ())],
        {
            "GB": [
                change("GB", Stance.RESTRICTED, date(2020, 1, 28)),
                change("GB", Stance.BANNED, date(2020, 7, 14)),
            ]
        },
        TODAY,
    )
    assert ((), 1) == (result.problems, result.sourced)
    assert {Stance.BANNED: 1, Stance.UNKNOWN: 1} == result.stances


def test_every_kind_of_problem_is_named() -> None:
    records = [
        record("AA", Stance.BANNED, date(2020, 1, 1), ()),
        record("BB", Stance.ALLOWED, date(2030, 1, 1)),
        record("CC", Stance.RESTRICTED, date(2021, 1, 1)),
        record("DD", Stance.PARTNERED, date(2019, 1, 1)),
        Record("EE", Stance.UNKNOWN, None, " ", (), Origin.SEED, NOW),
    ]
    history = {
        "AA": [change("AA", Stance.BANNED, date(2020, 1, 1))],
        "BB": [change("BB", Stance.ALLOWED, date(2030, 1, 1))],
        "CC": [
            change("CC", Stance.BANNED, date(2022, 1, 1)),
            change("CC", Stance.RESTRICTED, date(2021, 1, 1)),
        ],
    }
    assert (
        "AA: banned with no source",
        "BB: since 2030-01-01 lies in the future",
        "BB: change of 2030-01-01 lies in the future",
        "CC: history out of date order",
        "CC: the record says restricted since 2021-01-01, its history ends with banned on "
        "2022-01-01",
        "DD: partnered with no history",
        "EE: unknown without saying why",
    ) == audit(records, history, TODAY).problems
