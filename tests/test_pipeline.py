"""End to end: a feed on 127.0.0.1 → poll → analysis → events → routing → outbox → a recording
platform adapter, with several subscriptions; checks exactly who got what."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, Outlet, open_app
from bot.core.access import Caller, Role
from bot.core.alerts import Alert, ThreadNote
from bot.core.events import AlertKind, EventStatus
from bot.core.feeds import Feed, FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.core.mentions import Mention
from bot.core.models import Origin, Stance
from bot.core.replies import Reply
from bot.core.subscriptions import Channel, DeliveryStatus, Digest
from bot.delivery import DeliveryWorker
from bot.settings import Settings
from bot.storage.target import DatabaseUrl
from tests.conftest import FIXED_NOW, ask
from tests.feeds.server import FeedServer, running_server
from tests.postgres import on

LATER = FIXED_NOW + timedelta(hours=1)


def feed(*entries: tuple[str, str, int]) -> bytes:
    """RSS with (title, link, minutes before FIXED_NOW) entries."""
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>{(FIXED_NOW - timedelta(minutes=minutes)):%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
        f"<description>{title}.</description></item>"
        for title, link, minutes in entries
    )
    return f"<rss version='2.0'><channel><title>News</title>{items}</channel></rss>".encode()


OLD_NEWS = ("Huawei posts annual results", "https://www.example.com/results", 600)
BAN = ("Germany bans Huawei from its 5G networks", "https://www.reuters.com/de-ban", 50)
SAME_BAN = ("Berlin bars Huawei from 5G networks", "https://www.bbc.com/de-ban", 40)
PHONE = ("Huawei unveils new foldable phone", "https://www.theverge.com/fold", 30)
MENTION = ("Huawei opens research centre in Munich, Germany", "https://www.dw.com/munich", 20)
THIRD = ("Germany excludes Huawei from 5G", "https://www.ft.com/de", 10)


@dataclass
class RecordingSender:
    platform = "console"
    sent: list[tuple[str, Alert]] = field(default_factory=list)
    edits: list[tuple[str, Alert]] = field(default_factory=list)
    posts: list[tuple[str, Reply]] = field(default_factory=list)
    mentions: list[Mention | None] = field(default_factory=list)  # of each send and post
    threaded: list[tuple[str, str, ThreadNote]] = field(default_factory=list)  # (channel, thread)

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        self.sent.append((channel.channel, alert))
        self.mentions.append(mention)
        return f"m{len(self.sent)}"

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        return None

    async def open_thread(self, channel: Channel, message_id: str, topic: str) -> str:
        return f"thread-of-{message_id}"

    async def send_in_thread(
        self, channel: Channel, thread_id: str, note: ThreadNote, nonce: str
    ) -> str:
        self.threaded.append((channel.channel, thread_id, note))
        return f"t{len(self.threaded)}"

    async def find_in_thread(
        self, channel: Channel, thread_id: str, nonce: str, since: datetime
    ) -> str | None:
        return None

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        self.edits.append((channel.channel, alert))

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        self.posts.append((channel.channel, reply))
        self.mentions.append(mention)
        return f"p{len(self.posts)}"


@dataclass
class World:
    app: App
    server: FeedServer
    sender: RecordingSender
    feed: Feed

    async def poll(self, *entries: tuple[str, str, int]) -> None:
        self.server.serve("/news", feed(*entries))
        current = await self.app.feeds.get(self.feed.id)
        assert current is not None
        await self.app.poller.poll(current)
        await self.app.pipeline.drain()
        await self.app.delivery.run_once()

    def got(self) -> dict[str, list[tuple[str, str]]]:
        seen: dict[str, list[tuple[str, str]]] = {}
        for channel, alert in self.sender.sent:
            seen.setdefault(channel, []).append((alert.country.code, alert.kind.value))
        return seen


async def subscribe(app: App, channel: str, countries: set[str], level: AlertKind) -> None:
    await app.subscriptions.subscribe(
        Channel("console", "T1", channel),
        frozenset(countries),
        level=level,
        digest=Digest.OFF,
        created_by="U1",
        now=FIXED_NOW,
    )


@pytest.fixture
async def world(
    local_settings: Settings, database_target: Path | DatabaseUrl
) -> AsyncIterator[World]:
    settings = on(local_settings, database_target)
    sender = RecordingSender()
    outlets = {"console": Outlet(sender)}
    async with (
        open_app(settings, clock=lambda: FIXED_NOW, outlets=outlets) as app,
        running_server() as server,
    ):
        await subscribe(app, "everything", set(), AlertKind.CHANGE)
        await subscribe(app, "sweden-only", {"SE"}, AlertKind.CHANGE)
        await subscribe(app, "germany-all", {"DE"}, AlertKind.MENTION)
        await subscribe(app, "france-only", {"FR"}, AlertKind.CHANGE)
        await subscribe(app, "muted", {"DE"}, AlertKind.CHANGE)
        await app.subscriptions.mute(
            Channel("console", "T1", "muted"),
            frozenset(),
            until=LATER,
            reason="offsite",
            created_by="U1",
            now=FIXED_NOW,
        )
        added = await app.feeds.add(
            server.url("/news"), tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=FIXED_NOW
        )
        assert added is not None
        world = World(app, server, sender, added)
        await world.poll(OLD_NEWS)  # the first poll primes the feed: nothing alerts
        yield world


async def test_a_source_joining_an_alerted_event_goes_to_the_threads_of_channels_that_want_it(
    world: World,
) -> None:
    await world.app.subscriptions.set_threads(Channel("console", "T1", "everything"), True)
    await world.poll(OLD_NEWS, BAN)
    first = list(world.sender.sent)

    await world.poll(OLD_NEWS, BAN, SAME_BAN)

    [(number, alert)] = [(n, a) for n, (where, a) in enumerate(first, 1) if where == "everything"]
    assert [("everything", f"thread-of-m{number}", SAME_BAN[0], alert.event_id)] == [
        (where, thread, note.source.title, note.event_id)
        for where, thread, note in world.sender.threaded
    ]
    assert {"everything", "germany-all"} == {where for where, _ in world.sender.edits}


async def test_each_channel_gets_exactly_the_alerts_it_asked_for(world: World) -> None:
    await world.poll(OLD_NEWS, BAN, SAME_BAN, PHONE, MENTION)
    assert {
        "everything": [("DE", "change")],
        "germany-all": [("DE", "change"), ("DE", "mention")],
    } == world.got()


async def store_on_wire(app: App, *entries: tuple[str, str, int]) -> None:
    """Items of an operators' global feed on another host, stored as its poll would."""
    wire = await app.feeds.add(
        "https://wire.example/rss",
        tenant="",
        origin=FeedOrigin.SETTINGS,
        added_by="operator",
        now=FIXED_NOW,
    )
    assert wire is not None
    items = [
        (Item(title, f"{title}.", link, FIXED_NOW - timedelta(minutes=minutes)), ItemStatus.NEW)
        for title, link, minutes in entries
    ]
    await app.feeds.store_items(wire, items, FIXED_NOW)


async def test_two_publishers_one_vetted_make_one_event_that_applies_itself(
    world: World,
) -> None:
    await store_on_wire(world.app, BAN)
    await world.poll(OLD_NEWS, SAME_BAN)
    ((_, alert),) = [s for s in world.sender.sent if s[0] == "everything"]
    record = await world.app.records.get("DE")
    history = await world.app.records.history("DE")
    assert (2, Stance.RESTRICTED, Stance.BANNED) == (
        alert.source_count,
        alert.previous,
        alert.stance,
    )
    assert record is not None
    assert (Stance.BANNED, Origin.NEWS) == (record.stance, record.origin)
    assert (f"event {alert.event_id}", Origin.NEWS) == (history[-1].actor, history[-1].origin)
    event = await world.app.events.get(alert.event_id)
    assert event is not None
    assert EventStatus.APPLIED == event.status


async def test_a_workspace_feed_alone_never_applies_a_change(world: World) -> None:
    await world.poll(OLD_NEWS, BAN, SAME_BAN)
    record = await world.app.records.get("DE")
    pending = await world.app.events.with_status(EventStatus.PENDING)
    assert record is not None
    assert (Stance.RESTRICTED, ["DE"]) == (record.stance, [e.country for e in pending])


async def test_a_single_outlet_waits_for_an_operator(world: World) -> None:
    await world.poll(OLD_NEWS, BAN)
    record = await world.app.records.get("DE")
    ((_, alert),) = [s for s in world.sender.sent if s[0] == "everything"]
    assert record is not None
    assert (Stance.RESTRICTED, True) == (record.stance, alert.awaiting_confirmation)


async def test_a_later_source_edits_the_alert_instead_of_posting_again(world: World) -> None:
    await world.poll(OLD_NEWS, BAN, SAME_BAN)
    await world.poll(OLD_NEWS, BAN, SAME_BAN, THIRD)
    edited_channels = sorted(channel for channel, _ in world.sender.edits)
    assert ["everything", "germany-all"] == edited_channels
    assert [3, 3] == [alert.source_count for _, alert in world.sender.edits]
    assert 2 == len(world.sender.sent)


async def test_a_muted_alert_is_held_not_lost_and_sent_after_the_mute(world: World) -> None:
    await world.poll(OLD_NEWS, BAN)
    held = (await world.app.outbox.stats())[DeliveryStatus.HELD]
    app = world.app
    after_mute = DeliveryWorker(
        app.outbox,
        app.events,
        app.countries,
        app.senders,
        lambda: LATER + timedelta(minutes=1),
        holds=app.subscriptions,
    )
    await after_mute.run_once()
    assert (1, False) == (held, "muted" in [c for c, _ in world.sender.sent[:-1]])
    assert ("muted", "DE") == (world.sender.sent[-1][0], world.sender.sent[-1][1].country.code)


async def test_held_alerts_are_listed_by_mutes(world: World) -> None:
    await world.poll(OLD_NEWS, BAN)
    caller = Caller("console", "T1", "muted", "U1", Role.MEMBER)
    reply = await world.app.dispatcher.handle("/huawei mutes", caller)
    held = {field.name: field.value for field in reply.fields}["Held alerts (1)"]
    assert held.endswith("🇩🇪 Germany (change): muted until 2026-11-01 13:00 UTC: offsite")


async def test_the_pipeline_worker_analyses_what_a_poll_stored(world: World) -> None:
    stop = asyncio.Event()
    worker = asyncio.create_task(world.app.pipeline.run(stop, interval=0.05))
    world.server.serve("/news", feed(OLD_NEWS, BAN))
    current = await world.app.feeds.get(world.feed.id)
    assert current is not None
    await world.app.poller.poll(current)
    for _ in range(100):
        if not await world.app.feeds.items_with_status(ItemStatus.NEW):
            break
        await asyncio.sleep(0.02)
    stop.set()
    await worker
    assert [] == await world.app.feeds.items_with_status(ItemStatus.NEW)
    assert 1 == len(await world.app.events.with_status(EventStatus.PENDING))


async def test_an_operators_stance_set_is_announced_as_a_confirmed_change(world: World) -> None:
    reply = await ask(
        world.app,
        "/huawei stance set de banned https://gov.example/de-law Law in force",
        Role.OPERATOR,
    )
    await world.app.delivery.run_once()
    got = world.got()
    alerts = [alert for channel, alert in world.sender.sent if channel == "everything"]
    assert {"everything": [("DE", "change")], "germany-all": [("DE", "change")]} == got
    assert (Stance.RESTRICTED, Stance.BANNED, EventStatus.CONFIRMED) == (
        alerts[0].previous,
        alerts[0].stance,
        alerts[0].status,
    )
    assert ("Law in force", "Confirmed by an operator.") == (
        alerts[0].headline,
        alerts[0].status_note,
    )
    assert reply.text.endswith("Alerts queued for 3 channels.")  # one is muted: held


async def test_an_older_stance_set_joins_the_history_and_tells_no_one(world: World) -> None:
    await ask(
        world.app,
        "/huawei stance set de allowed https://gov.example/2018 date:2018-01-01",
        Role.OPERATOR,
    )
    await world.app.delivery.run_once()
    record = await world.app.records.get("DE")
    assert record is not None
    assert ({}, Stance.RESTRICTED) == (world.got(), record.stance)


async def test_confirming_a_change_edits_the_unconfirmed_alert_it_sent(world: World) -> None:
    await world.poll(OLD_NEWS, BAN)
    ((_, alert),) = [s for s in world.sender.sent if s[0] == "everything"]
    await ask(world.app, f"/huawei stance confirm {alert.event_id}", Role.OPERATOR)
    await world.app.delivery.run_once()
    edits = dict(world.sender.edits)
    assert EventStatus.PENDING == alert.status
    assert (EventStatus.CONFIRMED, False) == (
        edits["everything"].status,
        edits["everything"].awaiting_confirmation,
    )
