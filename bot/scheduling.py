"""APScheduler (3.x) jobs: one per feed, rebuilt from the database at start."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.feeds import Feed, FeedPolicy, Health
from bot.logs import event
from bot.polling import Poller
from bot.storage.feeds import FeedStore

log = logging.getLogger(__name__)

# A job's lease lasts this share of its interval: its holder, firing again an interval later,
# finds it expired and runs again, and a process that stopped hands the job on within a turn.
JOB_LEASE = 0.9


class FeedScheduler:
    def __init__(
        self,
        poller: Poller,
        feeds: FeedStore,
        policy: FeedPolicy,
        jitter: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._poller = poller
        self._feeds = feeds
        self._policy = policy
        self._jitter = jitter
        self._clock = clock
        self._running: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._scheduler.start()
        for feed in await self._feeds.listed():
            self.schedule(feed)

    def schedule(self, feed: Feed) -> None:
        if feed.health == Health.DISABLED:
            return
        interval = self._policy.interval_of(feed)
        jitter = min(self._jitter, interval / 2).total_seconds()
        now = self._clock()
        first = max(feed.next_poll_at or now, now) + timedelta(seconds=random.uniform(0, jitter))  # noqa: S311 - spreading load, not security
        self._scheduler.add_job(
            self._job,
            IntervalTrigger(seconds=interval.total_seconds(), jitter=jitter or None),
            args=[feed.id],
            id=_job_id(feed.id),
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            next_run_time=first,
            misfire_grace_time=int(interval.total_seconds()),
        )

    def every(self, seconds: float, job: Callable[[], Awaitable[object]], job_id: str) -> None:
        """A periodic housekeeping job (digests) on the same scheduler, failures logged. Where
        several bots share the database, one of them runs each turn: the first to fire holds the
        job for most of an interval, so the others' runs, firing within it, are skipped."""

        async def guarded() -> None:
            now = self._clock()
            until = now + timedelta(seconds=JOB_LEASE * seconds)
            try:
                if not await self._feeds.take_job_lease(job_id, now, until):
                    event(log, "job.ran_elsewhere", job=job_id)
                    return
                await job()
            except Exception:  # the edge: a failed run must not stop the next ones
                log.exception("job.failed job=%s", job_id)

        self._scheduler.add_job(
            guarded,
            IntervalTrigger(seconds=seconds),
            id=job_id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self._scheduler.get_jobs())

    def unschedule(self, feed_id: int) -> None:
        self._poller.forget(feed_id)
        if self._scheduler.get_job(_job_id(feed_id)) is not None:
            self._scheduler.remove_job(_job_id(feed_id))

    async def _job(self, feed_id: int) -> None:
        """The scheduler's job runs the poll as a task of ours: APScheduler cancels its jobs
        when it shuts down, and a poll in flight must be free to finish within `stop`'s grace."""
        task = asyncio.create_task(self._guarded_poll(feed_id), name=f"poll-feed-{feed_id}")
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        with contextlib.suppress(asyncio.CancelledError):  # the scheduler stopped: `stop` waits
            await asyncio.shield(task)

    async def _guarded_poll(self, feed_id: int) -> None:
        try:
            await self._poll(feed_id)
        except asyncio.CancelledError:  # past the grace period: the feed is polled next start
            event(log, "feed.poll_cancelled", feed=feed_id)
            raise
        except Exception:  # the edge: a bug in one poll must not stop the others
            log.exception("feed.job_crashed feed=%s", feed_id)

    async def _poll(self, feed_id: int) -> None:
        feed = await self._feeds.get(feed_id)
        if feed is None or feed.health == Health.DISABLED:
            self.unschedule(feed_id)
            return
        backing_off = feed.failures and feed.next_poll_at and feed.next_poll_at > self._clock()
        if backing_off:
            event(log, "feed.backing_off", feed=feed.id, until=feed.next_poll_at)
            return
        # Another bot on the same database polls it this time: for half an interval the feed
        # is the lease holder's, so the others' jobs, firing close by, leave it alone.
        now = self._clock()
        if not await self._feeds.take_lease(feed.id, now, now + self._policy.interval_of(feed) / 2):
            event(log, "feed.polled_elsewhere", feed=feed.id)
            return
        await self._poller.poll(feed)

    async def stop(self, grace: float = 10.0) -> None:
        """Stop firing jobs, let polls in flight finish (up to `grace` seconds), then cancel the
        rest quietly: a cancelled poll records nothing, so its feed is polled again next start."""
        self._scheduler.shutdown(wait=False)
        if not self._running:
            return
        _, late = await asyncio.wait(set(self._running), timeout=grace)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)


def _job_id(feed_id: int) -> str:
    return f"feed-{feed_id}"
