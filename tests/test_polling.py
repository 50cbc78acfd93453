"""Polling end to end: a real HTTP server on 127.0.0.1, the real fetcher, parser and SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.core.feeds import Feed, FeedNotice, FeedOrigin, FeedPolicy, Health, ItemStatus, StoredItem
from bot.core.items import Item
from bot.feeds.fetch import Fetcher
from bot.feeds.parsed import ParsedFeed, Seen
from bot.feeds.workers import FeedParser
from bot.metrics import Metrics
from bot.polling import Poller, PollOutcome
from bot.scheduling import FeedScheduler
from bot.storage.database import Database
from bot.storage.feeds import FeedStore, FeedUpdate
from bot.storage.target import DatabaseUrl
from tests.feeds.conftest import TEST_SETTINGS
from tests.feeds.server import FeedServer, running_server
from tests.samples import NOW, STORIES, rss

POLICY = FeedPolicy(default_interval=timedelta(minutes=15), disable_after=10)


@dataclass
class RecordingListener:
    items: list[StoredItem] = field(default_factory=list)
    notices: list[FeedNotice] = field(default_factory=list)

    async def items_arrived(self, items: list[StoredItem]) -> None:
        self.items.extend(items)

    async def feed_notice(self, notice: FeedNotice) -> None:
        self.notices.append(notice)


@dataclass
class Rig:
    server: FeedServer
    store: FeedStore
    poller: Poller
    listener: RecordingListener
    metrics: Metrics
    fetcher: Fetcher

    async def add(self, path: str) -> Feed:
        feed = await self.store.add(
            self.server.url(path), tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=NOW
        )
        assert feed is not None
        return feed

    async def poll(self, feed_id: int) -> PollOutcome:
        feed = await self.store.get(feed_id)
        assert feed is not None
        return (await self.poller.poll(feed)).outcome


@pytest.fixture
async def rig(database_target: Path | DatabaseUrl) -> AsyncIterator[Rig]:
    database = await Database.open(database_target)
    store = FeedStore(database)
    listener = RecordingListener()
    metrics = Metrics()
    async with running_server() as server, Fetcher(TEST_SETTINGS, clock=lambda: NOW) as fetcher:
        poller = Poller(fetcher, store, POLICY, listener, lambda: NOW, metrics=metrics)
        yield Rig(server, store, poller, listener, metrics, fetcher)
    await database.close()


async def test_a_second_poll_sends_validators_gets_304_and_parses_nothing(rig: Rig) -> None:
    rig.server.serve("/feed", rss(*STORIES), etag='"v1"')
    feed = await rig.add("/feed")
    outcomes = [await rig.poll(feed.id), await rig.poll(feed.id)]
    second_request = rig.server.requests("/feed")[1]
    assert [PollOutcome.OK, PollOutcome.NOT_MODIFIED] == outcomes
    assert '"v1"' == second_request.headers.get("If-None-Match")
    assert 3 == await rig.store.item_count()


async def test_the_first_poll_primes_without_alerting_then_only_new_items_alert(rig: Rig) -> None:
    rig.server.serve("/feed", rss(*STORIES))
    feed = await rig.add("/feed")
    await rig.poll(feed.id)
    primed = [s.status for s in await rig.store.items_with_status(ItemStatus.PRIMED)]
    rig.server.serve("/feed", rss(("Fresh story", "https://news.example/fresh"), *STORIES))
    await rig.poll(feed.id)
    assert ([ItemStatus.PRIMED] * 3, ["Fresh story"]) == (
        primed,
        [s.item.title for s in rig.listener.items],
    )


async def test_one_story_in_two_feeds_is_stored_and_alerted_once(rig: Rig) -> None:
    rig.server.serve("/a", rss(*STORIES, guid_prefix="a"))
    rig.server.serve("/b", rss(*STORIES, guid_prefix="b"))
    first, second = await rig.add("/a"), await rig.add("/b")
    await rig.poll(first.id)
    await rig.poll(second.id)
    shared = ("Shared scoop", "https://news.example/scoop?utm_source=rss")
    rig.server.serve("/a", rss(shared, *STORIES, guid_prefix="a"))
    rig.server.serve(
        "/b", rss(("Shared scoop", "https://NEWS.example/scoop/"), *STORIES, guid_prefix="b")
    )
    await rig.poll(first.id)
    await rig.poll(second.id)
    assert (4, ["Shared scoop"]) == (
        await rig.store.item_count(),
        [s.item.title for s in rig.listener.items],
    )


async def test_a_failing_feed_backs_off_is_disabled_after_ten_and_notifies_once(rig: Rig) -> None:
    rig.server.serve("/broken", b"oops", status=500)
    feed = await rig.add("/broken")
    for _ in range(12):
        current = await rig.store.get(feed.id)
        assert current is not None
        if current.health != Health.DISABLED:
            await rig.poller.poll(current)
    final = await rig.store.get(feed.id)
    assert final is not None
    assert (Health.DISABLED, 10, "http_500") == (
        final.health,
        final.failures,
        (final.last_error or "").split(":")[0],
    )
    assert [True] == [notice.disabled for notice in rig.listener.notices]


async def test_a_bad_feed_does_not_stop_a_good_one(rig: Rig) -> None:
    rig.server.serve("/good", rss(*STORIES))
    rig.server.serve(
        "/html", b"<html><body>Not a feed</body></html>", headers={"Content-Type": "text/html"}
    )
    good, bad = await rig.add("/good"), await rig.add("/html")
    assert [PollOutcome.FAILED, PollOutcome.OK] == [await rig.poll(bad.id), await rig.poll(good.id)]


async def test_polls_are_counted_by_outcome_failures_by_reason_and_429s_apart(rig: Rig) -> None:
    rig.server.serve("/good", rss(*STORIES), etag='"v1"')
    rig.server.serve("/busy", b"slow down", status=429, headers={"Retry-After": "60"})
    good, busy = await rig.add("/good"), await rig.add("/busy")
    for feed_id in (good.id, good.id, busy.id):
        await rig.poll(feed_id)

    def counted(name: str, **labels: str) -> float | None:
        return rig.metrics.registry.get_sample_value(f"stancebot_{name}", labels)

    assert {"ok": 1.0, "304": 1.0, "failed": 1.0, "http_429": 1.0, "429s": 1.0, "timed": 3.0} == {
        "ok": counted("polls_total", outcome="ok"),
        "304": counted("polls_total", outcome="not_modified"),
        "failed": counted("polls_total", outcome="failed"),
        "http_429": counted("fetch_errors_total", reason="http_429"),
        "429s": counted("rate_limited_total", source="feeds"),
        "timed": counted("fetch_seconds_count"),
    }


async def test_a_feed_longer_than_the_cap_keeps_its_newest_and_says_so(rig: Rig) -> None:
    capped = Poller(
        rig.poller._fetcher, rig.store, POLICY, rig.listener, lambda: NOW,
        parser=FeedParser(workers=0, max_items=2),
    )  # fmt: skip
    rig.server.serve("/long", rss(*STORIES))
    feed = await rig.add("/long")
    await capped.poll(feed)
    polled = await rig.store.get(feed.id)
    assert polled is not None
    stored = sorted(s.item.title for s in await rig.store.items_with_status(ItemStatus.PRIMED))
    expected_note = (
        "read the newest 2 of 3 entries: 1 older ones dropped (the cap is [feeds] max_items)"
    )
    assert (["Story 0", "Story 1"], expected_note) == (stored, polled.note)
    rig.server.serve("/long", rss(*STORIES[:2]))
    await capped.poll(polled)
    assert None is (await rig.store.get(feed.id) or polled).note


def numbered(*numbers: int, edited: int | None = None) -> bytes:
    """A feed of stories by number, each with its own date whatever else the feed carries."""
    items = "".join(
        f"<item><title>Story {n}{' (updated)' if n == edited else ''}</title>"
        f"<link>https://news.example/{n}</link>"
        f"<pubDate>{format_datetime(NOW - timedelta(hours=100 - n))}</pubDate></item>"
        for n in numbers
    )
    channel = f"<channel><title>Numbered</title>{items}</channel>"
    return f"<?xml version='1.0'?><rss version='2.0'>{channel}</rss>".encode()


class RecordingParser(FeedParser):
    def __init__(self) -> None:
        super().__init__(workers=0)
        self.parsed: list[ParsedFeed] = []

    async def parse(
        self,
        body: bytes | bytearray,
        *,
        fetched_at: datetime,
        base_url: str,
        previous: Seen | None = None,
    ) -> ParsedFeed:
        parsed = await super().parse(
            body, fetched_at=fetched_at, base_url=base_url, previous=previous
        )
        self.parsed.append(parsed)
        return parsed


class StoreFailingOnce(FeedStore):
    fail_next = False

    async def store_items(
        self,
        feed: Feed,
        items: Sequence[tuple[Item, ItemStatus]],
        now: datetime,
        success: FeedUpdate | None = None,
    ) -> list[StoredItem]:
        if self.fail_next:
            self.fail_next = False
            raise sqlite3.OperationalError("database is locked")
        return await super().store_items(feed, items, now, success)


def poller_of(rig: Rig, parser: FeedParser, store: FeedStore | None = None) -> Poller:
    return Poller(rig.fetcher, store or rig.store, POLICY, rig.listener, lambda: NOW, parser=parser)


async def test_a_changed_feed_is_parsed_by_its_new_and_edited_entries_only(rig: Rig) -> None:
    parser = RecordingParser()
    poller = poller_of(rig, parser)
    rig.server.serve("/feed", numbered(3, 2, 1))
    feed = await rig.add("/feed")
    await poller.poll(feed)
    rig.server.serve("/feed", numbered(5, 4, 3, 2, 1, edited=2))

    report = await poller.poll(await rig.store.get(feed.id) or feed)

    parsed = parser.parsed[-1]
    assert (["Story 5", "Story 4", "Story 2 (updated)"], 2) == (
        [item.title for item in parsed.items],
        parsed.unchanged,
    )
    assert (5, 2, ["Story 5", "Story 4"]) == (
        report.entries,
        report.new,
        [stored.item.title for stored in rig.listener.items],
    )


async def test_entries_whose_items_were_not_stored_are_parsed_again(rig: Rig) -> None:
    store = StoreFailingOnce(rig.store._db)
    poller = poller_of(rig, RecordingParser(), store)
    rig.server.serve("/feed", numbered(3, 2, 1))
    feed = await rig.add("/feed")
    await poller.poll(feed)
    rig.server.serve("/feed", numbered(4, 3, 2, 1))
    primed = await rig.store.get(feed.id) or feed
    store.fail_next = True

    with pytest.raises(sqlite3.OperationalError):
        await poller.poll(primed)
    await poller.poll(primed)

    assert ["Story 4"] == [stored.item.title for stored in rig.listener.items]


async def test_after_a_restart_each_feed_is_parsed_whole_once(rig: Rig) -> None:
    parser = RecordingParser()
    rig.server.serve("/feed", numbered(3, 2, 1))
    feed = await rig.add("/feed")
    await poller_of(rig, parser).poll(feed)
    rig.server.serve("/feed", numbered(4, 3, 2, 1))

    await poller_of(rig, parser).poll(await rig.store.get(feed.id) or feed)

    assert ([0, 0], 4) == ([p.unchanged for p in parser.parsed], len(parser.parsed[-1].items))


async def test_a_feed_unscheduled_is_forgotten_and_parsed_whole_if_polled_again(rig: Rig) -> None:
    parser = RecordingParser()
    poller = poller_of(rig, parser)
    scheduler = FeedScheduler(poller, rig.store, POLICY, timedelta(0), lambda: NOW)
    rig.server.serve("/feed", numbered(3, 2, 1))
    feed = await rig.add("/feed")
    await poller.poll(feed)
    rig.server.serve("/feed", numbered(4, 3, 2, 1))

    scheduler.unschedule(feed.id)
    await poller.poll(await rig.store.get(feed.id) or feed)

    assert [0, 0] == [p.unchanged for p in parser.parsed]


def undated(*titles: str) -> bytes:
    """Entries with a title only: no guid, no link, no date."""
    items = "".join(f"<item><title>{title}</title></item>" for title in titles)
    return f"<rss version='2.0'><channel><title>Bare</title>{items}</channel></rss>".encode()


async def test_an_entry_without_guid_link_or_date_is_stored_once_however_often_it_is_read(
    rig: Rig,
) -> None:
    rig.server.serve("/bare", undated("Story A"))
    feed = await rig.add("/bare")
    await poller_of(rig, RecordingParser()).poll(feed)
    rig.server.serve("/bare", undated("Story B", "Story A"))
    later = Poller(rig.fetcher, rig.store, POLICY, rig.listener, lambda: NOW + timedelta(hours=1))

    await later.poll(await rig.store.get(feed.id) or feed)

    assert (2, ["Story B"]) == (
        await rig.store.item_count(),
        [stored.item.title for stored in rig.listener.items],
    )
