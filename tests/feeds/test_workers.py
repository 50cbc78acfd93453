"""Parsing in worker processes gives what parsing in-process gives, errors included."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import signal
from collections.abc import Iterator

import pytest

from bot.feeds.errors import FeedError
from bot.feeds.parse import parse_feed
from bot.feeds.workers import FeedParser
from tests.samples import NOW, STORIES, rss


@pytest.fixture(scope="module")
def pooled() -> Iterator[FeedParser]:
    parser = FeedParser(workers=1)
    yield parser
    parser.close()


async def test_a_worker_parses_like_the_event_loop_would(pooled: FeedParser) -> None:
    body = rss(*STORIES)
    expected = parse_feed(body, fetched_at=NOW, base_url="https://news.example/rss")
    actual = await pooled.parse(body, fetched_at=NOW, base_url="https://news.example/rss")
    assert expected == actual


async def test_a_parse_failure_crosses_back_with_its_reason(pooled: FeedParser) -> None:
    with pytest.raises(FeedError) as caught:
        await pooled.parse(b"<html><body>no feed</body></html>", fetched_at=NOW, base_url="")
    assert "not_a_feed" == caught.value.reason


def test_a_feed_error_pickles_whole() -> None:
    error = FeedError("http_429", "slow down", retry_after=30.0)
    copy = pickle.loads(pickle.dumps(error))
    assert ("http_429", "slow down", 30.0, str(error)) == (
        copy.reason,
        copy.detail,
        copy.retry_after,
        str(copy),
    )


async def test_ctrl_c_does_not_kill_a_worker(pooled: FeedParser) -> None:
    body = rss(*STORIES)
    await pooled.parse(body, fetched_at=NOW, base_url="")
    for worker in multiprocessing.active_children():
        if worker.pid is not None:
            os.kill(worker.pid, signal.SIGINT)  # what a terminal's Ctrl-C sends to every process
    await asyncio.sleep(0.2)
    parsed = await pooled.parse(body, fetched_at=NOW, base_url="")
    assert 3 == len(parsed.items)
