"""The digest job: each period, one summary message per subscribed channel that wants one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from bot.core.countries import CountryIndex
from bot.core.digests import compose, plan
from bot.core.errors import RenderUnavailableError
from bot.core.events import Event, EventStatus
from bot.core.replies import Image
from bot.core.subscriptions import Digest, Subscription
from bot.logs import event
from bot.storage.events import EventStore
from bot.storage.outbox import Outbox
from bot.storage.posts import PostBox
from bot.storage.subscriptions import SubscriptionStore

log = logging.getLogger(__name__)


class DigestJob:
    """Writes each due digest into the outbox (`posts`); the delivery worker posts it, with the
    retries, pacing, nonce and dead-channel handling alerts have."""

    def __init__(
        self,
        outbox: Outbox,
        posts: PostBox,
        subscriptions: SubscriptionStore,
        events: EventStore,
        countries: CountryIndex,
        *,
        clock: Callable[[], datetime],
        maps: MapSource | None = None,
    ) -> None:
        self._maps = maps
        self._outbox = outbox
        self._posts = posts
        self._subscriptions = subscriptions
        self._events = events
        self._countries = countries
        self._clock = clock

    async def run_once(self) -> int:
        """Queue every digest that is due; return how many messages were queued."""
        queued = 0
        for subscription in await self._subscriptions.active():
            if subscription.paused_since:  # a paused channel gets nothing until it resumes
                continue
            queued += await self._digest(subscription, self._clock())
        return queued

    async def _map(self, now: datetime) -> Image | None:
        if self._maps is None:
            return None
        try:
            return await self._maps(now.date())
        except RenderUnavailableError as exc:  # the digest still goes out, as text
            event(log, "digest.map_unavailable", level=logging.WARNING, error=exc)
            return None

    async def _digest(self, subscription: Subscription, now: datetime) -> int:
        capped_rows = await self._outbox.digest_rows(subscription.id)
        due = plan(subscription, now, len(capped_rows))
        if due is None:
            return 0
        events = [e for e in await self._events.created_since(due.since) if subscription.wants(e)]
        capped = [e for row in capped_rows if (e := await self._events.get(row.event_id))]
        reply = compose(
            due,
            _without(events, capped),
            capped,
            self._countries.get,
            now,
            zone=subscription.tz,
            language=subscription.look.language,
        )
        if reply is None:
            await self._subscriptions.mark_digest(subscription.id, now)
            return 0
        if subscription.digest == Digest.WEEKLY and _changed(events):
            reply = replace(reply, image=await self._map(now))
        carried = [row.delivery_id for row in capped_rows]
        key = f"digest:{due.since.isoformat()}"
        added = await self._posts.add(
            subscription.id, key, reply, now, carries=carried, digested=True
        )
        event(
            log,
            "digest.queued",
            subscription=subscription.id,
            events=len(events),
            capped=len(capped),
        )
        return int(added)


class MapSource(Protocol):
    """The current world map; the weekly digest shows it when a stance changed that week."""

    async def __call__(self, today: date) -> Image: ...


def _changed(events: list[Event]) -> bool:
    return any(e.status in (EventStatus.APPLIED, EventStatus.CONFIRMED) for e in events)


def _without(events: list[Event], capped: list[Event]) -> list[Event]:
    held = {e.id for e in capped}
    return [e for e in events if e.id not in held]
