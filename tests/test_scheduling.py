"""The scheduler: one job per feed rebuilt from the database, polls that really run."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.feeds import FeedOrigin, FeedPolicy, Health, after_failure
from bot.feeds.fetch import Fetcher
from bot.polling import Poller
from bot.scheduling import FeedScheduler
from bot.storage.database import Database
from bot.storage.feeds import FeedStore
from bot.storage.target import DatabaseUrl
from tests.feeds.conftest import TEST_SETTINGS
from tests.feeds.server import FeedServer, running_server
from tests.samples import NOW, STORIES, rss
from tests.test_polling import RecordingListener

POLICY = FeedPolicy(default_interval=timedelta(minutes=15))


@pytest.fixture
async def parts(
    database_target: Path | DatabaseUrl,
) -> AsyncIterator[tuple[FeedServer, FeedStore, FeedScheduler]]:
    database = await Database.open(database_target)
    store = FeedStore(database)
    async with running_server() as server, Fetcher(TEST_SETTINGS) as fetcher:
        poller = Poller(fetcher, store, POLICY, RecordingListener(), lambda: NOW)
        # The scheduler runs on wall-clock time, whatever the poller's clock says.
        scheduler = FeedScheduler(poller, store, POLICY, timedelta(0), lambda: datetime.now(UTC))
        yield server, store, scheduler
        await scheduler.stop()
    await database.close()


async def test_jobs_are_rebuilt_from_the_database_and_poll(
    parts: tuple[FeedServer, FeedStore, FeedScheduler],
) -> None:
    server, store, scheduler = parts
    url = server.serve("/feed", rss(*STORIES))
    feed = await store.add(url, tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=NOW)
    assert feed is not None
    await scheduler.start()
    for _ in range(100):
        polled = await store.get(feed.id)
        if polled is not None and polled.health == Health.OK:
            break
        await asyncio.sleep(0.02)
    assert [f"feed-{feed.id}"] == scheduler.job_ids()
    assert 1 == len(server.requests("/feed"))


async def test_a_disabled_feed_gets_no_job(
    parts: tuple[FeedServer, FeedStore, FeedScheduler],
) -> None:
    server, store, scheduler = parts
    feed = await store.add(
        server.url("/x"),
        tenant="T1",
        origin=FeedOrigin.CHAT,
        added_by="U1",
        now=NOW + timedelta(days=1),
    )
    assert feed is not None

    outcome = after_failure(
        feed, NOW, FeedPolicy(default_interval=timedelta(minutes=15), disable_after=1)
    )
    await store.record_failure(feed, outcome, "http_500", NOW)
    await scheduler.start()
    assert [] == scheduler.job_ids()
