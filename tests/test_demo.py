"""The demo tells the truth: its news of 2018-2025 is read against the record as it stood on
each story's day, so every alert is a real change at its time."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import open_app
from bot.catalog import load_countries, load_seed
from bot.core.analysis.history import StanceHistory
from bot.core.events import AlertKind
from bot.settings import Settings
from tests.conftest import CONFIG


async def test_every_demo_event_starts_from_the_record_as_it_stood_that_day(
    settings: Settings,
) -> None:
    countries = load_countries(CONFIG / "countries.toml")
    seed = load_seed(CONFIG / "stances.toml", countries)
    history = StanceHistory({code: entry.changes for code, entry in seed.entries.items()})
    async with open_app(settings, clock=lambda: datetime(2026, 12, 4, tzinfo=UTC)) as app:
        assert app.demo
        await app.sync_feeds()
        for feed in await app.feeds.listed():
            await app.poller.poll(feed)
        await app.pipeline.drain()
        events = await app.events.created_since(datetime(2000, 1, 1, tzinfo=UTC))
    changes = [e for e in events if e.kind is AlertKind.CHANGE and e.lead is not None]
    then = [
        (e.country, history.before(e.country, e.lead.published.date()))
        for e in changes
        if e.lead is not None
    ]
    assert len(changes) >= 5
    assert then == [(e.country, e.previous) for e in changes]
    assert [] == [e for e in changes if e.stance == e.previous]
