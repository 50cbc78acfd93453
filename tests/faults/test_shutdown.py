"""SIGTERM while a feed poll is in flight: the poll finishes within the grace period (or is
cancelled quietly after it, its feed left to poll again), and nothing logs a traceback."""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.feeds import FeedOrigin, FeedPolicy
from bot.feeds.fetch import Fetcher
from bot.polling import Poller
from bot.scheduling import FeedScheduler
from bot.storage.database import Database
from bot.storage.feeds import FeedStore
from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import SlackEmulator
from tests.chat.slack.support import SECRET, free_port
from tests.chat.test_one_process import (
    OLD_NEWS,
    STOP_WITHIN,
    LocalFeed,
    ban_news,
    config_with_feed,
    prime,
)
from tests.feeds.conftest import TEST_SETTINGS
from tests.postgres import as_env
from tests.process import stancebot_run
from tests.test_polling import RecordingListener

POLL_WITHIN = 20.0


async def test_sigterm_lets_the_poll_in_flight_finish_without_a_traceback(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> None:
    feed = LocalFeed([OLD_NEWS])
    await feed.start()
    env = {
        "STANCEBOT_CONFIG": str(config_with_feed(tmp_path / "config", feed.url, tmp_path)),
        "STANCEBOT_DB": as_env(database_target),
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "STANCEBOT_HTTP_PORT": str(free_port()),
    }
    try:
        await prime(env)
        feed.gate = asyncio.Event()  # the poll waits for its answer until after the SIGTERM
        feed.items = [OLD_NEWS, ban_news(datetime.now(UTC) - timedelta(minutes=5))]
        async with stancebot_run(env) as running:
            await running.until(lambda: 2 == feed.requests, POLL_WITHIN, "the due poll")
            running.process.send_signal(signal.SIGTERM)
            await asyncio.sleep(0.5)
            feed.gate.set()
            async with asyncio.timeout(STOP_WITHIN):
                code = await running.process.wait()
    finally:
        await feed.close()
    ended = {
        "code": code,
        "polled": "feed.polled feed=1 entries=2 new=1" in running.stderr,
        "errors": [line for line in running.stderr.splitlines() if " ERROR " in line],
        "traceback": "Traceback" in running.stderr,
    }
    assert {"code": 0, "polled": True, "errors": [], "traceback": False} == ended, running.story()


async def test_a_poll_still_running_after_the_grace_period_is_cancelled_quietly(
    database_target: Path | DatabaseUrl, caplog: pytest.LogCaptureFixture
) -> None:
    feed = LocalFeed([OLD_NEWS], gate=asyncio.Event())  # never answers
    await feed.start()
    database = await Database.open(database_target)
    store = FeedStore(database)
    policy = FeedPolicy(default_interval=timedelta(minutes=15))
    try:
        async with Fetcher(TEST_SETTINGS) as fetcher:
            poller = Poller(fetcher, store, policy, RecordingListener(), lambda: datetime.now(UTC))
            now = datetime.now(UTC)
            added = await store.add(
                feed.url, tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=now
            )
            assert added is not None
            scheduler = FeedScheduler(
                poller, store, policy, timedelta(0), lambda: datetime.now(UTC)
            )
            await scheduler.start()
            for _ in range(200):
                if feed.requests:
                    break
                await asyncio.sleep(0.02)
            with caplog.at_level(logging.INFO):
                await scheduler.stop(grace=0.1)
        after = await store.get(added.id)
    finally:
        await database.close()
        await feed.close()
    assert after is not None
    logged = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert ("INFO", f"feed.poll_cancelled feed={added.id}") in logged
    assert [] == [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert (0, None) == (after.failures, after.last_error)  # nothing recorded: polled next start
