"""News through the real pipeline into a `digest:daily` channel whose hourly cap is one alert:
the first change is alerted, the second goes out inside the daily digest, and a later source
may join it. Shared by the Discord and Slack emulator tests."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.core.events import AlertKind
from bot.core.feeds import FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.core.subscriptions import Channel, Digest
from bot.settings import Settings

WIRE = "https://wire.example/rss"
BAN = ("Germany bans Huawei from its 5G networks", "https://www.reuters.com/de-ban")
CAPPED = ("France bans Huawei from its 5G networks", "https://www.reuters.com/fr-ban")
JOINING = ("Paris bans Huawei from its 5G networks", "https://www.bbc.com/fr-ban")


def one_alert_an_hour(settings: Settings) -> Settings:
    """The settings, with the rules reading alone and a cap of one alert per channel an hour."""
    alerts = dataclasses.replace(settings.alerts, hourly_cap=1)
    return dataclasses.replace(settings, alerts=alerts, reading_model_file=None)


async def subscribe_daily(app: App, channel: Channel) -> None:
    """Every change, a daily digest, and a thread per event (an alert that went out inside a
    digest has no alert message to thread on)."""
    await app.subscriptions.subscribe(
        channel,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.DAILY,
        created_by="manager",
        now=datetime.now(UTC),
    )
    await app.subscriptions.set_threads(channel, True)


async def report(app: App, story: tuple[str, str]) -> None:
    """A story stored by an operators' feed's poll, analysed by the pipeline, then delivered."""
    wire = await app.feeds.find("", WIRE) or await app.feeds.add(
        WIRE, tenant="", origin=FeedOrigin.SETTINGS, added_by="operator", now=datetime.now(UTC)
    )
    assert wire is not None
    title, link = story
    item = Item(title, f"{title}.", link, datetime.now(UTC) - timedelta(minutes=5))
    await app.feeds.store_items(wire, [(item, ItemStatus.NEW)], datetime.now(UTC))
    await app.pipeline.drain()
    await app.delivery.run_once()


async def alert_then_digest(app: App) -> None:
    """The first change alerted; the second over the cap, posted inside the daily digest."""
    await report(app, BAN)
    await report(app, CAPPED)
    assert 1 == await app.digests.run_once()
    report_ = await app.delivery.run_once()
    assert 1 == report_.sent
