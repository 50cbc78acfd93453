"""The scheduler: one job per feed rebuilt from the database, polls that really run."""

from __future__ import annotations

import asyncio
import itertools
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


async def test_a_periodic_job_runs_in_one_bot_at_a_time(
    database_target: Path | DatabaseUrl,
) -> None:
    """Two bots on one database fire the same job every 0.3 s: on PostgreSQL one of them runs
    it each turn (runs at least most of an interval apart); on SQLite, one bot per file, the
    lease is not taken and every firing runs."""
    runs: list[tuple[str, float]] = []
    first, second = await Database.open(database_target), await Database.open(database_target)
    schedulers = []
    async with Fetcher(TEST_SETTINGS) as fetcher:
        for name, database in (("first", first), ("second", second)):
            store = FeedStore(database)
            poller = Poller(fetcher, store, POLICY, RecordingListener(), lambda: NOW)
            scheduler = FeedScheduler(poller, store, POLICY, timedelta(0), _wall_clock)

            async def job(name: str = name) -> None:
                runs.append((name, asyncio.get_running_loop().time()))

            await scheduler.start()
            scheduler.every(0.3, job, "digests")
            schedulers.append(scheduler)
        await asyncio.sleep(1.4)
        for scheduler in schedulers:
            await scheduler.stop()
    await first.close()
    await second.close()

    gaps = [later - earlier for (_, earlier), (_, later) in itertools.pairwise(runs)]
    if first.shared:
        assert len(runs) >= 2
        assert all(gap >= 0.2 for gap in gaps)
    else:
        assert {"first", "second"} == {name for name, _ in runs}
        assert any(gap < 0.1 for gap in gaps)


def _wall_clock() -> datetime:
    return datetime.now(UTC)
