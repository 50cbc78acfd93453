"""Feeds parsed in worker processes.

feedparser is pure Python and takes most of a poll's time (about 6 ms for a 30-item feed);
in worker processes it runs on the machine's other cores instead of blocking the event loop
that serves chat commands. Workers come from a fork server (a fresh single-threaded process:
forking the bot itself, which has threads, is unsafe) that has loaded only the parser, so each
worker is small and starts fast; they start on the first parse.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from functools import partial

from bot.feeds.parse import ParsedFeed, parse_feed


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal; the bot, not its workers, decides to stop
    (and then shuts the workers down itself)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class FeedParser:
    """`workers=0` parses in this process (tests, tiny setups)."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([parse_feed.__module__])
        self._pool = (
            ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts)
            if workers
            else None
        )

    async def parse(self, body: bytes, *, fetched_at: datetime, base_url: str) -> ParsedFeed:
        if self._pool is None:
            return parse_feed(body, fetched_at=fetched_at, base_url=base_url)
        job = partial(parse_feed, body, fetched_at=fetched_at, base_url=base_url)
        return await asyncio.get_running_loop().run_in_executor(self._pool, job)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
