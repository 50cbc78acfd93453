"""A real outbox on a real SQLite file, a clock we move by hand, and a scriptable platform."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.core.alerts import Alert
from bot.core.analysis import Finding
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind
from bot.core.mentions import Mention
from bot.core.models import Stance
from bot.core.replies import Reply
from bot.core.routing import Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest, Subscription
from bot.delivery import DeliveryWorker
from bot.metrics import Metrics
from bot.storage.database import Database
from bot.storage.events import EventStore
from bot.storage.outbox import HoldPolicy, Outbox
from bot.storage.target import DatabaseUrl

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
WINDOW = timedelta(hours=48)


class FakeClock:
    """Time that moves only when told to, or when the worker sleeps."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
        await asyncio.sleep(0)


@dataclass(frozen=True)
class Post:
    at: datetime
    channel: Channel
    nonce: str
    message_id: str
    alert: Alert


@dataclass
class FakePlatform:
    """A chat platform; with `honours_nonce` it answers a repeated nonce with the message it
    already posted, as Discord does with `enforce_nonce`."""

    clock: FakeClock
    honours_nonce: bool = True
    searchable: bool = False  # `find` sees what was posted for a nonce (Slack's metadata)
    posts: list[Post] = field(default_factory=list)  # every send call, repeats included
    messages: dict[str, Alert] = field(default_factory=dict)  # what channels actually show
    edits: list[tuple[str, Alert]] = field(default_factory=list)
    _by_nonce: dict[str, str] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def post(self, channel: Channel, alert: Alert, nonce: str) -> str:
        known = self._by_nonce.get(nonce) if self.honours_nonce else None
        message_id = known or f"m{next(self._ids)}"
        self._by_nonce[nonce] = message_id
        self.messages[message_id] = alert
        self.posts.append(Post(self.clock(), channel, nonce, message_id, alert))
        return message_id

    def edit(self, message_id: str, alert: Alert) -> None:
        self.messages[message_id] = alert
        self.edits.append((message_id, alert))


class WorkerKilledError(BaseException):
    """The process dies: nothing after this point runs (not an Exception: nobody catches it)."""


@dataclass(frozen=True)
class AfterPost:
    """The platform takes the message, then this is raised before the worker can record it."""

    error: BaseException


@dataclass(frozen=True)
class During:
    """Something else happens while the platform is still handling the send."""

    action: Callable[[], Awaitable[object]]


Step = BaseException | AfterPost | During | None  # None: succeed


class ScriptedSender:
    """Our AlertSender, whose calls follow a script (for one channel, or any) and then succeed."""

    def __init__(
        self, platform: str, world: FakePlatform, steps: Sequence[Step], channel: str | None
    ) -> None:
        self.platform = platform
        self.world = world
        self.channel = channel
        self.steps = list(steps)
        self.calls: list[Channel] = []
        self.found: list[str] = []  # the nonces `find` was asked about

    def _next(self, channel: Channel) -> Step:
        self.calls.append(channel)
        scripted = self.steps and self.channel in (None, channel.channel)
        return self.steps.pop(0) if scripted else None

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        step = self._next(channel)
        if isinstance(step, BaseException):
            raise step
        if isinstance(step, During):
            await step.action()
        message_id = self.world.post(channel, alert, nonce)
        if isinstance(step, AfterPost):
            raise step.error
        return message_id

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        self.found.append(nonce)
        return self.world._by_nonce.get(nonce) if self.world.searchable else None

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        step = self._next(channel)
        if isinstance(step, BaseException):
            raise step
        self.world.edit(message_id, alert)

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        raise NotImplementedError("the worker never posts replies")


@dataclass
class World:
    database: Database
    events: EventStore
    outbox: Outbox
    countries: CountryIndex
    clock: FakeClock
    platform: FakePlatform
    _items: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def subscribe(self, channel: str, platform: str = "discord") -> Subscription:
        """A subscription row written with plain SQL (the subscription store is not ours)."""
        stamp = NOW.isoformat()
        async with self.database.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO subscriptions (platform, tenant, channel, created_by, created_at,"
                " updated_at) VALUES (?, 'T1', ?, 'U1', ?, ?)",
                (platform, channel, stamp, stamp),
            )
        assert cursor.lastrowid is not None
        return Subscription(
            id=cursor.lastrowid,
            channel=Channel(platform, "T1", channel),
            countries=frozenset(),
            level=AlertKind.CHANGE,
            digest=Digest.OFF,
            created_by="U1",
        )

    async def story(
        self, country: str, title: str, outlet: str = "bbc.co.uk", hours_ago: float = 1
    ) -> int:
        """One news item saying `country` banned Huawei; returns the event it joined."""
        number = next(self._items)
        published = self.clock() - timedelta(hours=hours_ago)
        async with self.database.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO items (key, link, title, summary, published, published_estimated,"
                " outlet, seen_at, status) VALUES (?, ?, ?, '', ?, 0, ?, ?, 'analysed')",
                (
                    f"k{number}",
                    f"https://{outlet}/{number}",
                    title,
                    published.isoformat(),
                    outlet,
                    NOW.isoformat(),
                ),
            )
        assert cursor.lastrowid is not None
        finding = Finding(country, Stance.BANNED, 0.9, f"{title}.")
        event_id, _ = await self.events.add_finding(
            cursor.lastrowid, published, outlet, finding, self.clock()
        )
        return event_id

    async def enqueue(self, event_id: int, *subscriptions: Subscription, held: str = "") -> int:
        status = DeliveryStatus.HELD if held else DeliveryStatus.PENDING
        routes = [Route(s, status, held) for s in subscriptions]
        async with self.database.transaction() as conn:
            return await Outbox.enqueue(conn, event_id, routes, self.clock())

    async def row(self, event_id: int, subscription: Subscription) -> dict[str, Any]:
        found = await self.database.fetch_one(
            "SELECT * FROM deliveries WHERE event_id = ? AND subscription_id = ?",
            (event_id, subscription.id),
        )
        assert found is not None
        return dict(found)

    async def row_id(self, event_id: int, subscription: Subscription) -> int:
        return int((await self.row(event_id, subscription))["id"])

    async def subscription_state(self, subscription: Subscription) -> tuple[int, str]:
        found = await self.database.fetch_one(
            "SELECT active, disabled_reason FROM subscriptions WHERE id = ?", (subscription.id,)
        )
        assert found is not None
        return found["active"], found["disabled_reason"]

    def sender(
        self, *steps: Step, platform: str = "discord", channel: str | None = None
    ) -> ScriptedSender:
        return ScriptedSender(platform, self.platform, steps, channel)

    def worker(
        self,
        *senders: ScriptedSender,
        holds: HoldPolicy | None = None,
        hourly_cap: int = 20,
        metrics: Metrics | None = None,
        batch: int = 100,
    ) -> DeliveryWorker:
        return DeliveryWorker(
            self.outbox,
            self.events,
            self.countries,
            {s.platform: s for s in senders or (self.sender(),)},
            self.clock,
            holds=holds,
            hourly_cap=hourly_cap,
            sleep=self.clock.sleep,
            metrics=metrics,
            batch=batch,
        )


@asynccontextmanager
async def open_world(target: Path | DatabaseUrl, countries: CountryIndex) -> AsyncIterator[World]:
    database = await Database.open(target)
    clock = FakeClock()
    try:
        yield World(
            database,
            EventStore(database, WINDOW),
            Outbox(database),
            countries,
            clock,
            FakePlatform(clock),
        )
    finally:
        await database.close()
