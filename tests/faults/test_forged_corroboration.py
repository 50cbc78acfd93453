"""Corroboration the bot can vouch for: a feed chooses its items' links, so only feeds count.

A change applies itself only when confident items come from feeds of two distinct publishers
(each feed's own host), one of them an operators' global feed. A workspace's own feeds alert
that workspace and reach operators as pending changes; they never move the shared record.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.app import App, Outlet, open_app
from bot.core.access import Role
from bot.core.events import AlertKind, EventStatus
from bot.core.feeds import Feed, FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.core.models import Origin, Stance
from bot.core.subscriptions import Channel, Digest
from bot.settings import Settings
from tests.conftest import FIXED_NOW, ask
from tests.feeds.server import FeedServer, running_server
from tests.test_pipeline import BAN, OLD_NEWS, SAME_BAN, RecordingSender, feed

Entry = tuple[str, str, int]


@dataclass
class Bot:
    app: App
    server: FeedServer
    sender: RecordingSender

    async def add_feed(self, url: str, tenant: str) -> Feed:
        origin = FeedOrigin.SETTINGS if tenant == "" else FeedOrigin.CHAT
        added = await self.app.feeds.add(
            url, tenant=tenant, origin=origin, added_by="U1", now=FIXED_NOW
        )
        assert added is not None
        return added

    async def carry(self, feed: Feed, *entries: Entry) -> None:
        """Store the entries as the feed's poll would, then analyse and deliver."""
        items = [
            (Item(title, f"{title}.", link, FIXED_NOW - timedelta(minutes=age)), ItemStatus.NEW)
            for title, link, age in entries
        ]
        await self.app.feeds.store_items(feed, items, FIXED_NOW)
        await self.settle()

    async def settle(self) -> None:
        await self.app.pipeline.drain()
        await self.app.delivery.run_once()

    async def germany(self) -> tuple[Stance, Origin]:
        record = await self.app.records.get("DE")
        assert record is not None
        return record.stance, record.origin

    def channels_told(self) -> list[str]:
        return sorted({channel for channel, _ in self.sender.sent})


@pytest.fixture
async def bot(local_settings: Settings) -> AsyncIterator[Bot]:
    sender = RecordingSender()
    outlets = {"console": Outlet(sender)}
    async with (
        open_app(local_settings, clock=lambda: FIXED_NOW, outlets=outlets) as app,
        running_server() as server,
    ):
        for tenant in ("T1", "T2"):
            await app.subscriptions.subscribe(
                Channel("console", tenant, f"{tenant}-news"),
                frozenset(),
                level=AlertKind.CHANGE,
                digest=Digest.OFF,
                created_by="U1",
                now=FIXED_NOW,
            )
        yield Bot(app, server, sender)


async def test_a_workspace_feed_linking_to_two_big_outlets_does_not_move_the_record(
    bot: Bot,
) -> None:
    own = await bot.add_feed(bot.server.url("/forged"), tenant="T1")
    bot.server.serve("/forged", feed(OLD_NEWS))
    await bot.app.poller.poll(own)  # the first poll primes the feed
    bot.server.serve("/forged", feed(OLD_NEWS, BAN, SAME_BAN))  # reuters.com and bbc.com links
    current = await bot.app.feeds.get(own.id)
    assert current is not None
    await bot.app.poller.poll(current)
    await bot.settle()
    pending = await bot.app.events.with_status(EventStatus.PENDING)
    listed = await ask(bot.app, "/huawei stance pending", Role.OPERATOR)
    assert (Stance.RESTRICTED, Origin.SEED) == await bot.germany()
    assert [("DE", Stance.BANNED)] == [(e.country, e.stance) for e in pending]
    assert [f"#{pending[0].id} 🇩🇪 Germany: Restricted → Banned"] == [f.name for f in listed.fields]
    assert ["T1-news"] == bot.channels_told()  # the workspace that chose the feed, alone


async def test_feeds_of_two_workspaces_still_wait_for_an_operator(bot: Bot) -> None:
    await bot.carry(await bot.add_feed("https://one.example/rss", "T1"), BAN)
    await bot.carry(await bot.add_feed("https://two.example/rss", "T2"), SAME_BAN)
    assert (Stance.RESTRICTED, Origin.SEED) == await bot.germany()
    assert ["T1-news", "T2-news"] == bot.channels_told()


async def test_two_global_feeds_of_one_publisher_are_one_source(bot: Bot) -> None:
    await bot.carry(await bot.add_feed("https://news.example/search?q=a", ""), BAN)
    await bot.carry(await bot.add_feed("https://news.example/search?q=b", ""), SAME_BAN)
    assert (Stance.RESTRICTED, Origin.SEED) == await bot.germany()


async def test_a_vetted_feed_and_a_second_publisher_apply_the_change(bot: Bot) -> None:
    await bot.carry(await bot.add_feed("https://wire.example/rss", ""), BAN)
    await bot.carry(await bot.add_feed("https://trade.example/rss", "T1"), SAME_BAN)
    assert (Stance.BANNED, Origin.NEWS) == await bot.germany()
    assert ["T1-news", "T2-news"] == bot.channels_told()


async def test_one_article_in_two_feeds_is_one_report(bot: Bot) -> None:
    wire = await bot.add_feed("https://wire.example/rss", "")
    mirror = await bot.add_feed("https://mirror.example/rss", "T1")
    item = Item(BAN[0], f"{BAN[0]}.", BAN[1], FIXED_NOW - timedelta(minutes=BAN[2]))
    await bot.app.feeds.store_items(mirror, [(item, ItemStatus.NEW)], FIXED_NOW)
    await bot.carry(wire, BAN)  # the same link: one item, carried by both feeds
    pending = await bot.app.events.with_status(EventStatus.PENDING)
    assert [2] == [len({c.feed_id for c in e.carriers}) for e in pending]
    assert (Stance.RESTRICTED, Origin.SEED) == await bot.germany()
