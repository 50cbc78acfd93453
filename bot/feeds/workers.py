"""Feeds parsed in worker processes.

feedparser is pure Python and takes most of a poll's time (about 6 ms for a 30-item feed);
in worker processes it runs on the machine's other cores, and the event loop that serves chat
commands never waits for a parse, however big the feed.

Each worker is a fresh interpreter running `bot.feeds.parse_worker`, which imports only the
parser: not the bot's main module, its reading model, name tables or chat clients (a
multiprocessing child re-imports the parent's main module, which for `stancebot` is the whole
bot). Documents are streamed to a worker in chunks and only the capped items come back, so
nothing big is copied or shared. Workers start on the first parse; one that dies or is
interrupted mid-job is discarded and replaced on demand.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.feeds.errors import FeedError
from bot.feeds.newest import Lost
from bot.feeds.parse_worker import Job, frame, frame_length
from bot.feeds.parsed import ParsedFeed, Seen

CHUNK = 256 * 1024  # bytes written to a worker before waiting for the pipe to drain
_STOP_TIMEOUT = 5.0


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def ask(self, job: Job, body: bytes | bytearray) -> ParsedFeed | FeedError | Lost:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None
        assert stdout is not None
        try:
            stdin.write(frame(pickle.dumps(job)))
            view = memoryview(body)
            for start in range(0, len(view), CHUNK):
                stdin.write(view[start : start + CHUNK])
                await stdin.drain()
            await stdin.drain()
            size = frame_length(await stdout.readexactly(4))
            answer = pickle.loads(await stdout.readexactly(size))  # noqa: S301 (our own worker)
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            code = self.process.returncode
            raise FeedError("parse_failed", f"the parser process ended (exit {code})") from error
        assert isinstance(answer, ParsedFeed | FeedError | Lost)
        return answer

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()

    async def stop(self) -> None:
        """Close its input (it exits at the end of it); kill it if it does not."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), _STOP_TIMEOUT)
        except TimeoutError:
            self.kill()
            await self.process.wait()


class FeedParser:
    """`workers=0` parses in this process (tests, tiny setups). `max_items` caps each feed to
    its newest entries (None: no cap)."""

    def __init__(self, workers: int, *, max_items: int | None = None) -> None:
        self.max_items = max_items
        self._size = workers
        self._free = asyncio.Semaphore(max(workers, 1))
        self._idle: list[_Worker] = []
        self._running: set[_Worker] = set()

    @property
    def pids(self) -> list[int]:
        """The live worker processes (benchmarks sum their memory)."""
        return [w.process.pid for w in self._running if w.process.returncode is None]

    async def parse(
        self,
        body: bytes | bytearray,
        *,
        fetched_at: datetime,
        base_url: str,
        previous: Seen | None = None,
    ) -> ParsedFeed:
        """The document's items; with `previous` (the `seen` of the feed's last parse), only
        those of the entries that document did not have."""
        if not self._size:
            from bot.feeds.parse import parse_feed  # noqa: PLC0415 (feedparser: only here)

            return parse_feed(
                bytes(body),
                fetched_at=fetched_at,
                base_url=base_url,
                max_items=self.max_items,
                previous=previous,
            )
        job = Job(len(body), fetched_at, base_url, self.max_items, previous=previous)
        async with self._free:
            worker = self._idle.pop() if self._idle else await self._start()
            try:
                answer = await worker.ask(job, body)
                if isinstance(answer, Lost):  # rare: the scan could not cut it after all
                    answer = await worker.ask(replace(job, whole=True), body)
            except BaseException:  # dead, or interrupted mid-job: its state is unknown
                worker.kill()
                self._running.discard(worker)
                raise
            self._idle.append(worker)
        if isinstance(answer, FeedError):
            raise answer
        if isinstance(answer, Lost):  # a worker never answers so to a `whole` job
            raise FeedError("parse_failed", "the parser process asked for the document twice")
        return answer

    async def close(self) -> None:
        """Stop every worker; parses still running fail."""
        workers, self._idle = list(self._running), []
        self._running.clear()
        await asyncio.gather(*(worker.stop() for worker in workers))

    async def _start(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.feeds.parse_worker",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=_worker_environment(),
            start_new_session=True,  # a terminal's Ctrl-C is for the bot, which stops them
        )
        worker = _Worker(process)
        self._running.add(worker)
        return worker


def _worker_environment() -> dict[str, str]:
    """This process's environment, with the folder holding `bot` first on the path, so the
    worker runs the same code however the bot was started."""
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
