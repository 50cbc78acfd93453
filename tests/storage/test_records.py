from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.core.models import Change, Origin, Record, Stance
from bot.core.seed import Seed, SeedEntry
from bot.storage.database import Database
from bot.storage.records import RecordStore
from bot.storage.target import DatabaseUrl

NOW = datetime(2026, 1, 1, tzinfo=UTC)
CODES = ["DE", "GB", "SE"]


def seed(version: int, gb_stance: Stance, summary: str = "UK summary.") -> Seed:
    first = Change(
        "GB",
        Stance.RESTRICTED,
        date(2020, 1, 28),
        "Non-core.",
        ("https://example.org/1",),
        Origin.SEED,
        f"seed v{version}",
    )
    last = Change(
        "GB",
        gb_stance,
        date(2020, 7, 14),
        "Ban.",
        ("https://example.org/2",),
        Origin.SEED,
        f"seed v{version}",
        Stance.RESTRICTED,
    )
    return Seed(version, {"GB": SeedEntry("GB", summary, (first, last))})


@pytest.fixture
async def store(database_target: Path | DatabaseUrl) -> AsyncIterator[RecordStore]:
    database = await Database.open(database_target)
    yield RecordStore(database)
    await database.close()


async def test_first_start_seeds_every_country(store: RecordStore) -> None:
    result = await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    gb = await store.get("GB")
    de = await store.get("DE")
    assert (3, Stance.BANNED, date(2020, 7, 14)) == (
        result.inserted,
        gb and gb.stance,
        gb and gb.since,
    )
    assert (Stance.UNKNOWN, None) == (de and de.stance, de and de.since)
    assert [Stance.RESTRICTED, Stance.BANNED] == [c.stance for c in await store.history("GB")]


async def test_the_same_seed_again_changes_nothing(store: RecordStore) -> None:
    await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    result = await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    assert (0, 0) == (result.inserted, result.updated)
    assert 2 == len(await store.history("GB"))


async def test_a_newer_seed_updates_records_that_still_come_from_the_seed(
    store: RecordStore,
) -> None:
    await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    await store.apply_seed(seed(2, Stance.ALLOWED, "Changed."), CODES, NOW)
    gb = await store.get("GB")
    assert (Stance.ALLOWED, "Changed.") == (gb and gb.stance, gb and gb.summary)
    assert ["seed v2", "seed v2"] == [c.actor for c in await store.history("GB")]


async def test_a_newer_seed_never_overwrites_an_operators_record(store: RecordStore) -> None:
    await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    operator_record = Record(
        "GB",
        Stance.UNDER_REVIEW,
        date(2025, 5, 1),
        "Operator says.",
        ("https://example.org/op",),
        Origin.OPERATOR,
        NOW,
    )
    await store.replace_all([(operator_record, ())], NOW)
    await store.apply_seed(seed(2, Stance.ALLOWED), CODES, NOW)
    gb = await store.get("GB")
    assert (Stance.UNDER_REVIEW, Origin.OPERATOR) == (gb and gb.stance, gb and gb.origin)


async def test_countries_new_to_the_list_are_added_later(store: RecordStore) -> None:
    await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)
    result = await store.apply_seed(seed(1, Stance.BANNED), [*CODES, "FR"], NOW)
    assert 1 == result.inserted
    assert 4 == await store.count()


async def test_the_same_change_twice_in_a_day_is_one_history_entry(store: RecordStore) -> None:
    await store.apply_seed(seed(1, Stance.BANNED), CODES, NOW)

    def change(stance: Stance, reason: str) -> Change:
        return Change(
            "DE",
            stance,
            date(2026, 1, 1),
            reason,
            ("https://example.org/x",),
            Origin.NEWS,
            "event 1",
        )

    await store.write(change(Stance.BANNED, "First report."), "Banned.", NOW)
    await store.write(change(Stance.ALLOWED, "Reversed."), "Allowed.", NOW)
    await store.write(change(Stance.BANNED, "Banned again."), "Banned.", NOW)
    history = await store.history("DE")
    assert [(Stance.ALLOWED, "Reversed."), (Stance.BANNED, "Banned again.")] == sorted(
        ((c.stance, c.reason) for c in history), key=lambda pair: pair[0].value
    )
