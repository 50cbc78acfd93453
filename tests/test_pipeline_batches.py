"""The pipeline's batches: findings of one batch join each other's events and the events of
earlier batches, and what a batch keeps in memory is what the database holds afterwards."""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.core.analysis import Analyser, Analysis
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind, AutoApplyRule, Event, EventStatus
from bot.core.feeds import Feed, FeedOrigin, ItemStatus
from bot.core.items import Item, outlet_of
from bot.core.models import Stance
from bot.core.ports import EventLedger, LedgerTransaction
from bot.core.subscriptions import Channel, Digest
from bot.pipeline import NewsReader, Pipeline, Processed
from bot.settings import Settings, load_settings
from bot.storage.ledger import Ledger
from bot.storage.target import DatabaseUrl
from tests.conftest import FIXED_NOW, RULES_ONLY, copy_config
from tests.postgres import on


@pytest.fixture
def settings(rules_only_settings: Settings, database_target: Path | DatabaseUrl) -> Settings:
    """The rules alone: these tests predict the confidences that decide auto-apply."""
    return on(rules_only_settings, database_target)


BAN = ("Germany bans Huawei from its 5G networks", "https://www.reuters.com/de-ban", 50)
SAME_BAN = ("Berlin bars Huawei from 5G networks", "https://www.bbc.com/de-ban", 40)
MENTION = ("Huawei opens research centre in Munich, Germany", "https://www.dw.com/munich", 20)
THIRD = ("Germany excludes Huawei from 5G", "https://www.ft.com/de", 10)
PHONE = ("Huawei unveils new foldable phone", "https://www.theverge.com/fold", 30)


async def outlet_feed(app: App, link: str) -> Feed:
    """The operators' global feed of the outlet a link belongs to: each outlet's own feed
    carries its stories, so two outlets are two publishers."""
    url = f"https://{outlet_of(link)}/rss"
    feed = await app.feeds.add(
        url, tenant="", origin=FeedOrigin.SETTINGS, added_by="operator", now=FIXED_NOW
    )
    return feed or next(f for f in await app.feeds.listed("") if f.url == url)


async def store(app: App, *entries: tuple[str, str, int]) -> None:
    for title, link, minutes in entries:
        item = Item(title, f"{title}.", link, FIXED_NOW - timedelta(minutes=minutes))
        feed = await outlet_feed(app, link)
        await app.feeds.store_items(feed, [(item, ItemStatus.NEW)], FIXED_NOW)


async def analyse(app: App, *entries: tuple[str, str, int]) -> list[Processed]:
    """Store the entries as new items and analyse them in ONE batch."""
    await store(app, *entries)
    return await app.pipeline.process_batch(await app.feeds.items_with_status(ItemStatus.NEW))


async def subscribe_to_everything(app: App) -> None:
    await app.subscriptions.subscribe(
        Channel("console", "T1", "everything"),
        frozenset(),
        level=AlertKind.MENTION,
        digest=Digest.OFF,
        created_by="U1",
        now=FIXED_NOW,
    )


async def stored(app: App, events: tuple[Event, ...]) -> list[Event | None]:
    return [await app.events.get(event.id) for event in events]


async def test_two_findings_in_one_batch_join_one_event_that_a_later_batch_joins_too(
    app: App,
) -> None:
    first, second = await analyse(app, BAN, SAME_BAN)
    (later,) = await analyse(app, THIRD)
    ((opened,), (joined,), (again,)) = (first.events, second.events, later.events)
    assert [opened.id] * 3 == [opened.id, joined.id, again.id]
    assert [1, 2, 3] == [len(e.sources) for e in (opened, joined, again)]
    assert [EventStatus.PENDING, EventStatus.APPLIED] == [opened.status, joined.status]
    assert [again] == await stored(app, later.events)


async def test_what_a_batch_returns_is_what_the_database_holds(app: App) -> None:
    *_, last = await analyse(app, BAN, SAME_BAN, THIRD)
    assert list(last.events) == await stored(app, last.events)


async def test_an_event_opened_after_an_auto_apply_in_the_batch_starts_from_the_new_stance(
    app: App,
) -> None:
    *_, mention = await analyse(app, BAN, SAME_BAN, MENTION)
    ((event,),) = [mention.events]
    assert (AlertKind.MENTION, Stance.BANNED) == (event.kind, event.previous)
    assert [event] == await stored(app, mention.events)


async def test_analysing_an_item_again_adds_nothing(app: App) -> None:
    (first,) = await analyse(app, BAN)
    async with app.database.transaction() as conn:
        await conn.execute("UPDATE items SET status = 'new' WHERE id = ?", (first.item.id,))
    (again,) = await app.pipeline.process_batch(await app.feeds.items_with_status(ItemStatus.NEW))
    assert ((), list(first.events)) == (again.events, await stored(app, first.events))


async def test_deliveries_count_only_rows_a_batch_adds(app: App) -> None:
    await subscribe_to_everything(app)
    in_one_batch = await analyse(app, BAN, SAME_BAN, MENTION)
    (later,) = await analyse(app, THIRD)
    assert [1, 0, 1, 0] == [p.deliveries for p in [*in_one_batch, later]]


def pipeline_of(app: App, ledger: EventLedger, analyser: NewsReader) -> Pipeline:
    """A pipeline on the app's stores with a ledger and an analysis of the test's own."""
    return Pipeline(
        ledger,
        analyser,
        app.feeds,
        app.subscriptions,
        AutoApplyRule(),
        window=timedelta(hours=72),
        default_keywords=("huawei",),
        clock=lambda: FIXED_NOW,
    )


class BrittleAnalyser:
    """The bot's analysis, failing on one headline as a bug in it would."""

    def __init__(self, countries: CountryIndex) -> None:
        self._analyser = Analyser(countries)

    def analyse(self, item: Item) -> Analysis:
        if "foldable" in item.title:
            raise ValueError("cannot read this item")
        return self._analyser.analyse(item)


async def test_an_item_the_analysis_fails_on_does_not_hold_back_the_others(app: App) -> None:
    await store(app, BAN, PHONE, SAME_BAN)
    await pipeline_of(app, Ledger(app.database), BrittleAnalyser(app.countries)).drain()
    record = await app.records.get("DE")
    assert [] == await app.feeds.items_with_status(ItemStatus.NEW)
    assert record is not None
    assert Stance.BANNED == record.stance  # the two good reports still applied the change


class CountingLedger:
    """The bot's ledger, counting the transactions opened on it: one per batch."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self.transactions = 0

    def transaction(self, now: datetime) -> AbstractAsyncContextManager[LedgerTransaction]:
        self.transactions += 1
        return self._ledger.transaction(now)


async def test_items_stored_while_the_worker_settles_are_read_in_one_batch(app: App) -> None:
    ledger = CountingLedger(Ledger(app.database))
    pipeline = pipeline_of(app, ledger, Analyser(app.countries))
    stop = asyncio.Event()
    worker = asyncio.create_task(pipeline.run(stop, interval=60, settle=1.0))
    await asyncio.sleep(0.05)  # its first drain finds nothing
    for entry in (BAN, SAME_BAN, THIRD):  # three feeds' polls, one after the other
        await store(app, entry)
        await pipeline.items_arrived([])
    for _ in range(200):
        if not await app.feeds.items_with_status(ItemStatus.NEW):
            break
        await asyncio.sleep(0.02)
    stop.set()
    await worker
    assert (1, []) == (ledger.transactions, await app.feeds.items_with_status(ItemStatus.NEW))


async def test_a_change_below_the_alert_confidence_waits_for_more_sources(
    tmp_path: Path,
) -> None:
    config = copy_config(
        tmp_path / "config", **RULES_ONLY, **{"min_confidence = 0.4": "min_confidence = 0.99"}
    )
    settings = load_settings(
        {"STANCEBOT_CONFIG": str(config), "STANCEBOT_DB": str(tmp_path / "db")}
    )
    async with open_app(settings, clock=lambda: FIXED_NOW) as app:
        await subscribe_to_everything(app)
        (ban,) = await analyse(app, BAN)
        (mention,) = await analyse(app, MENTION)
        ((event,),) = [ban.events]
    assert (EventStatus.PENDING, 0) == (event.status, ban.deliveries)
    assert 1 == mention.deliveries  # mentions are not held back


async def test_an_item_dated_year_9999_is_grouped_without_overflow(app: App) -> None:
    far = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    item = Item(BAN[0], f"{BAN[0]}.", BAN[1], far)
    await app.feeds.store_items(await outlet_feed(app, BAN[1]), [(item, ItemStatus.NEW)], FIXED_NOW)
    (processed,) = await app.pipeline.process_batch(
        await app.feeds.items_with_status(ItemStatus.NEW)
    )
    ((event,),) = [processed.events]
    assert ("DE", far) == (event.country, event.opened_at)
    assert [] == await app.feeds.items_with_status(ItemStatus.NEW)
