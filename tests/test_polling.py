"""Polling end to end: a real HTTP server on 127.0.0.1, the real fetcher, parser and SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.feeds import Feed, FeedNotice, FeedOrigin, FeedPolicy, Health, ItemStatus, StoredItem
from bot.feeds.fetch import Fetcher
from bot.polling import Poller, PollOutcome
from bot.storage.database import Database
from bot.storage.feeds import FeedStore
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
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    database = await Database.open(tmp_path / "bot.db")
    store = FeedStore(database)
    listener = RecordingListener()
    async with running_server() as server, Fetcher(TEST_SETTINGS, clock=lambda: NOW) as fetcher:
        yield Rig(server, store, Poller(fetcher, store, POLICY, listener, lambda: NOW), listener)
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
