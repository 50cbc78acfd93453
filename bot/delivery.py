"""The outbox worker: sends due deliveries through the platform adapters and records the outcome.

Promises (issue 5):
- At-least-once. A row is marked sent only after the platform returned a message id; a crash or
  Ctrl-C between the two leaves it pending, and the next run sends it again with the SAME nonce:
  Discord drops the repeat (enforce_nonce), and on Slack `find` first looks for the nonce in
  the channel's message metadata. See docs/decisions/013-delivery-promise.md.
- 429/5xx (`RetryLaterError`) and unexpected adapter errors are retried with exponential
  backoff, never sooner than the platform's Retry-After; after `max_attempts` the row fails.
- 403/404 (`ChannelGoneError`) disables the subscription with the reason: no retries.
- Per-channel pacing (Slack ~1 message/s per channel) and a per-channel cap per rolling hour;
  over the cap a row goes to the next digest instead of being dropped.

Channels are served independently, each by a lane (a task) of its own that sends its rows in
sequence, so a paced or slow channel never delays another: `run` hands due rows only to idle
channels, and logs every lane's failure. A first send marks the row (`posting_since`) before the
platform is asked; a later try of that row first asks the platform whether the message is
already there (`AlertSender.find`), so a lost reply or a crash does not post it twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial
from types import MappingProxyType
from typing import Protocol

from bot.core.alerts import Alert, ThreadNote, build_alert, thread_note
from bot.core.countries import CountryIndex
from bot.core.errors import ChannelGoneError, RetryLaterError
from bot.core.events import Event
from bot.core.ports import AlertSender
from bot.core.subscriptions import Channel
from bot.lanes import Lanes
from bot.logs import event, format_event
from bot.metrics import Metrics
from bot.storage.outbox import Due, HoldPolicy, Outbox
from bot.storage.posts import PostBox, PostDue
from bot.storage.threads import ThreadBox, ThreadDue
from bot.thread_delivery import ThreadReplies

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]
OnGone = Callable[[Channel, str], Awaitable[None]]  # after a gone channel's subscription stopped

DEFAULT_PACE: Mapping[str, float] = MappingProxyType({"slack": 1.0})
BASE_BACKOFF = 5.0  # seconds before the first retry; doubles with each failed attempt
MAX_BACKOFF = 3600.0
CAP_WINDOW = timedelta(hours=1)


@dataclass
class ChannelWork:
    """One subscription's due work, in the order it is sent: alerts (and their edits), the
    sources for their threads, then bot messages."""

    rows: list[Due] = field(default_factory=list)
    threads: list[ThreadDue] = field(default_factory=list)
    posts: list[PostDue] = field(default_factory=list)


Work = dict[int, ChannelWork]  # by subscription
Notes = dict[int, ThreadNote | None]  # by thread reply id


class EventSource(Protocol):
    async def get(self, event_id: int) -> Event | None: ...


class Outcome(StrEnum):
    SENT = "sent"
    EDITED = "edited"
    RETRIED = "retried"
    FAILED = "failed"
    DEAD = "dead"
    DIGEST = "digest"


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    edited: int = 0
    retried: int = 0
    failed: int = 0
    dead: int = 0
    digest: int = 0
    released: int = 0  # held rows made pending again (and sent in the same batch when due)

    @property
    def handled(self) -> int:
        return self.sent + self.edited + self.retried + self.failed + self.dead + self.digest


def backoff(attempts: int, retry_after: float | None) -> float:
    """Seconds to wait after the `attempts + 1`-th failure: 5 s × 2^attempts, at most an hour,
    but never less than what the platform asked for."""
    delay = min(BASE_BACKOFF * 2.0 ** min(attempts, 32), MAX_BACKOFF)
    return max(delay, retry_after or 0.0)


def _styled(alert: Alert | None, due: Due) -> Alert | None:
    """The event's alert as this row's channel wants it: its style, in its language."""
    return replace(alert, look=due.look) if alert is not None else None


def _where(channel: Channel) -> str:
    return f"{channel.platform}:{channel.tenant}/{channel.channel}"


class DeliveryWorker:
    def __init__(
        self,
        outbox: Outbox,
        events: EventSource,
        countries: CountryIndex,
        senders: Mapping[str, AlertSender],
        clock: Clock,
        *,
        posts: PostBox | None = None,
        threads: ThreadBox | None = None,
        on_gone: OnGone | None = None,
        holds: HoldPolicy | None = None,
        pace: Mapping[str, float] = DEFAULT_PACE,
        hourly_cap: int = 20,
        max_attempts: int = 8,
        batch: int = 100,
        max_lanes: int = 32,
        sleep: Sleep = asyncio.sleep,
        metrics: Metrics | None = None,
    ) -> None:
        self._outbox = outbox
        self._metrics = metrics or Metrics()
        self._posts = posts or PostBox(outbox.database)
        self._on_gone = on_gone
        self._events = events
        self._countries = countries
        self._senders = senders
        self._clock = clock
        self._holds = holds
        self._pace = pace
        self._hourly_cap = hourly_cap
        self._max_attempts = max_attempts
        self._batch = batch
        self._max_lanes = max_lanes
        self._sleep = sleep
        self._last_post: dict[Channel, datetime] = {}
        self._threads = threads or ThreadBox(outbox.database)
        self._replies = ThreadReplies(self._threads, senders, clock, backoff, max_attempts)

    async def run(self, stop: asyncio.Event, interval: float = 1.0) -> None:
        """Deliver until `stop` is set; a row in flight then finishes, the rest stay pending.

        Every `interval` seconds the due rows of idle channels are handed to a lane of their
        own (one task per channel, at most `max_lanes` sending at once); a channel whose lane
        is still busy (slow, or paced) is left out, so it never holds the others up.
        """
        event(log, "delivery.started", platforms=",".join(sorted(self._senders)))
        lanes: Lanes[list[Outcome]] = Lanes(self._max_lanes)
        while not stop.is_set():
            try:
                await self._dispatch(lanes, stop)
            except Exception:  # the loop's edge: a failed round (database busy...) must not end it
                log.exception("delivery.batch_failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), interval)
        await lanes.finish()
        event(log, "delivery.stopped")

    async def _dispatch(self, lanes: Lanes[list[Outcome]], stop: asyncio.Event) -> None:
        _, work, alerts, notes = await self._plan(skip=lanes.busy())
        for subscription_id, due in work.items():
            lanes.open(subscription_id, self._serve(due, alerts, notes, stop))

    async def run_once(self, stop: asyncio.Event | None = None) -> DeliveryReport:
        """One batch of every channel's due rows, waiting for all of them (`poll --once`)."""
        released, work, alerts, notes = await self._plan()
        async with asyncio.TaskGroup() as group:
            tasks = [
                group.create_task(self._serve(due, alerts, notes, stop)) for due in work.values()
            ]
        counts = Counter(outcome for task in tasks for outcome in task.result())
        return DeliveryReport(**{o.value: counts[o] for o in Outcome}, released=released)

    async def _plan(
        self, skip: Sequence[int] = ()
    ) -> tuple[int, Work, dict[int, Alert | None], Notes]:
        """Held rows released, then each channel's due rows, thread replies and messages, and
        what they say."""
        now = self._clock()
        released = await self._outbox.release_held(now, self._holds) if self._holds else 0
        platforms = self._senders.keys()
        due = await self._outbox.due(now, platforms, self._batch, skip=skip)
        threads = await self._threads.due(now, platforms, self._batch, skip=skip)
        posts = await self._posts.due(now, platforms, self._batch, skip=skip)
        alerts = await self._alerts({row.event_id: row.country for row in due})
        work: Work = {}
        for row in due:
            work.setdefault(row.subscription_id, ChannelWork()).rows.append(row)
        for reply in threads:
            work.setdefault(reply.subscription_id, ChannelWork()).threads.append(reply)
        for post in posts:
            work.setdefault(post.subscription_id, ChannelWork()).posts.append(post)
        return released, work, alerts, await self._notes(threads)

    async def _notes(self, threads: Sequence[ThreadDue]) -> Notes:
        """What each thread reply says: its source, read from the event as it is now."""
        notes: Notes = {}
        for reply in threads:
            found = await self._events.get(reply.event_id)
            try:
                country = self._countries.get(found.country) if found else None
                note = (
                    thread_note(found, country, reply.item_id, reply.look)
                    if found and country
                    else None
                )
            except (KeyError, ValueError):  # unknown country, or an event without sources
                note = None
            notes[reply.id] = note
        return notes

    async def _alerts(self, countries: Mapping[int, str]) -> dict[int, Alert | None]:
        """Each event's alert, built once per batch from the event as it is now (an edit carries
        every source joined so far)."""
        alerts: dict[int, Alert | None] = {}
        for event_id, code in countries.items():
            found = await self._events.get(event_id)
            try:
                alerts[event_id] = build_alert(found, self._countries.get(code)) if found else None
            except (KeyError, ValueError):  # unknown country, or an event without sources
                alerts[event_id] = None
        return alerts

    async def _serve(
        self,
        due: ChannelWork,
        alerts: Mapping[int, Alert | None],
        notes: Notes,
        stop: asyncio.Event | None,
    ) -> list[Outcome]:
        """One channel's rows, thread replies, then bot messages, in order: pacing applies
        between them."""
        outcomes: list[Outcome] = []
        steps = [
            partial(self._deliver, row, _styled(alerts[row.event_id], row)) for row in due.rows
        ]
        steps += [partial(self._deliver_thread, reply, notes[reply.id]) for reply in due.threads]
        steps += [partial(self._deliver_post, post) for post in due.posts]
        for step in steps:
            if stop is not None and stop.is_set():
                break
            outcomes.append(await step())
            if outcomes[-1] is Outcome.DEAD:
                break  # `dead` already stopped the channel's other rows
        return outcomes

    async def _deliver(self, due: Due, alert: Alert | None) -> Outcome:
        outcome = await self._attempt(due, alert)
        self._metrics.delivered(due.channel.platform, outcome.value)
        return outcome

    async def _attempt(self, due: Due, alert: Alert | None) -> Outcome:
        if alert is None:
            return await self._fail(due, f"event {due.event_id} cannot be rendered any more")
        if not due.is_edit and await self._over_cap(due):
            await self._outbox.to_digest([due.id], self._clock())
            event(log, "delivery.to_digest", delivery=due.id, channel=_where(due.channel))
            return Outcome.DIGEST
        await self._wait_turn(due.channel)
        try:
            with self._metrics.delivering(due.channel.platform):
                message_id = await self._post(due, alert)
        except RetryLaterError as exc:
            if exc.rate_limited:
                self._metrics.rate_limit(due.channel.platform)
            return await self._retry(due, f"retry later: {exc}", exc.retry_after)
        except ChannelGoneError as exc:
            return await self._dead(due, str(exc) or "channel gone")
        except Exception as exc:  # the adapter's edge: one broken sender must not stop the loop
            context = {"delivery": due.id, "channel": _where(due.channel)}
            log.exception("%s", format_event("delivery.sender_crashed", context))
            return await self._retry(due, f"{type(exc).__name__}: {exc}", None)
        return await self._record(due, message_id)

    async def _post(self, due: Due, alert: Alert) -> str | None:
        sender = self._senders[due.channel.platform]
        if due.message_id is not None:
            await sender.edit(due.channel, due.message_id, alert, mention=due.mention)
            return None
        if due.posting_since is None:
            await self._outbox.mark_posting(due, self._clock())
        else:  # tried before: the reply may have been lost, or the process killed meanwhile
            found = await sender.find(due.channel, due.nonce, due.posting_since)
            if found is not None:
                event(log, "delivery.found_posted", delivery=due.id, channel=_where(due.channel))
                return found
        return await sender.send(due.channel, alert, due.nonce, mention=due.mention)

    async def _record(self, due: Due, message_id: str | None) -> Outcome:
        where = _where(due.channel)
        if message_id is None:
            await self._outbox.mark_edited(due, self._clock())
            event(log, "delivery.edited", logging.DEBUG, delivery=due.id, channel=where)
            return Outcome.EDITED
        await self._outbox.mark_sent(due, message_id, self._clock())
        event(log, "delivery.sent", logging.DEBUG, delivery=due.id, channel=where)
        return Outcome.SENT

    async def _deliver_thread(self, reply: ThreadDue, note: ThreadNote | None) -> Outcome:
        """A source joining a posted alert's event, in the alert's thread."""
        await self._wait_turn(reply.channel)
        with self._metrics.delivering(reply.channel.platform):
            outcome = Outcome(await self._replies.deliver(reply, note))
        self._metrics.delivered(reply.channel.platform, outcome.value)
        return outcome

    async def _deliver_post(self, post: PostDue) -> Outcome:
        """A digest or a notice: like an alert, without the hourly cap (digests are the cap)."""
        await self._wait_turn(post.channel)
        try:
            message_id = await self._post_message(post)
        except RetryLaterError as exc:
            return await self._retry_post(post, f"retry later: {exc}", exc.retry_after)
        except ChannelGoneError as exc:
            reason = str(exc) or "channel gone"
            await self._outbox.channel_gone(post.subscription_id, reason, self._clock())
            return await self._gone(post.channel, post.subscription_id, reason, post=post.id)
        except Exception as exc:  # the adapter's edge, as for alerts
            context = {"post": post.id, "channel": _where(post.channel)}
            log.exception("%s", format_event("delivery.sender_crashed", context))
            return await self._retry_post(post, f"{type(exc).__name__}: {exc}", None)
        await self._posts.mark_sent(post, message_id, self._clock())
        event(log, "delivery.posted", logging.DEBUG, post=post.id, channel=_where(post.channel))
        return Outcome.SENT

    async def _post_message(self, post: PostDue) -> str:
        sender = self._senders[post.channel.platform]
        if post.posting_since is None:
            await self._posts.mark_posting(post, self._clock())
        else:
            found = await sender.find(post.channel, post.nonce, post.posting_since)
            if found is not None:
                return found
        return await sender.post(post.channel, post.reply, post.nonce, mention=post.mention)

    async def _retry_post(self, post: PostDue, error: str, retry_after: float | None) -> Outcome:
        attempts, now = post.attempts + 1, self._clock()
        if attempts >= self._max_attempts:
            await self._posts.fail(post, f"gave up after {attempts} attempts: {error}", now)
            event(log, "delivery.failed", logging.WARNING, post=post.id, error=error)
            return Outcome.FAILED
        at = now + timedelta(seconds=backoff(post.attempts, retry_after))
        await self._posts.retry(post, attempts, at, error, now)
        event(log, "delivery.retry", post=post.id, attempts=attempts, at=at, error=error)
        return Outcome.RETRIED

    async def _over_cap(self, due: Due) -> bool:
        since = self._clock() - CAP_WINDOW
        return await self._outbox.sent_since(due.subscription_id, since) >= self._hourly_cap

    async def _wait_turn(self, channel: Channel) -> None:
        """Keep `pace` seconds between two posts to one channel (not between channels)."""
        gap, last = self._pace.get(channel.platform, 0.0), self._last_post.get(channel)
        if gap > 0 and last is not None:
            wait = gap - (self._clock() - last).total_seconds()
            if wait > 0:
                await self._sleep(wait)
        self._last_post[channel] = self._clock()

    async def _retry(self, due: Due, error: str, retry_after: float | None) -> Outcome:
        attempts = due.attempts + 1
        if attempts >= self._max_attempts:
            return await self._fail(due, f"gave up after {attempts} attempts: {error}")
        now = self._clock()
        at = now + timedelta(seconds=backoff(due.attempts, retry_after))
        await self._outbox.retry(due.id, attempts, at, error, now)
        event(log, "delivery.retry", delivery=due.id, attempts=attempts, at=at, error=error)
        return Outcome.RETRIED

    async def _fail(self, due: Due, error: str) -> Outcome:
        await self._outbox.fail(due.id, error, self._clock())
        event(log, "delivery.failed", logging.WARNING, delivery=due.id, error=error)
        return Outcome.FAILED

    async def _dead(self, due: Due, reason: str) -> Outcome:
        await self._outbox.dead(due.id, reason, self._clock())
        return await self._gone(due.channel, due.subscription_id, reason, delivery=due.id)

    async def _gone(
        self, channel: Channel, subscription_id: int, reason: str, **row: int
    ) -> Outcome:
        context = {**row, "subscription": subscription_id, "reason": reason}
        event(log, "delivery.channel_gone", logging.WARNING, channel=_where(channel), **context)
        if self._on_gone is not None:
            await self._on_gone(channel, reason)
        return Outcome.DEAD
