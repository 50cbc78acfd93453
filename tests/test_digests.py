"""Digests and feed notices: summaries per period, nothing over the cap lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.app import App
from bot.chat.console import ConsoleSender
from bot.core.access import Role
from bot.core.events import AlertKind
from bot.core.feeds import FeedNotice, FeedOrigin
from bot.core.ports import AlertSender
from bot.core.replies import Image, Reply
from bot.core.subscriptions import Channel, DeliveryStatus, Digest
from bot.delivery import DeliveryReport, DeliveryWorker
from bot.digests import DigestJob
from bot.notices import NoticeBoard
from bot.settings import Settings
from bot.storage.posts import PostBox
from tests.conftest import FIXED_NOW, ask
from tests.handlers.test_decisions import report
from tests.test_pipeline import RecordingSender

DAILY = Channel("console", "T1", "daily")
PLAIN = Channel("console", "T1", "plain")


@pytest.fixture
def settings(rules_only_settings: Settings) -> Settings:
    """The rules alone: two confident reports apply a change by themselves."""
    return rules_only_settings


async def subscribe(app: App, channel: Channel, digest: Digest) -> None:
    await app.subscriptions.subscribe(
        channel, frozenset(), level=AlertKind.CHANGE, digest=digest, created_by="U1", now=FIXED_NOW
    )


def job(app: App, hours: float) -> DigestJob:
    return DigestJob(
        app.outbox,
        PostBox(app.database),
        app.subscriptions,
        app.events,
        app.countries,
        clock=lambda: FIXED_NOW + timedelta(hours=hours),
    )


async def deliver(app: App, sender: AlertSender, hours: float = 1) -> DeliveryReport:
    """The outbox worker posts what the digest job and the notice board queued."""
    at = FIXED_NOW + timedelta(hours=hours)
    worker = DeliveryWorker(app.outbox, app.events, app.countries, {"console": sender}, lambda: at)
    return await worker.run_once()


async def test_a_daily_digest_summarises_the_day_once(app: App) -> None:
    await subscribe(app, DAILY, Digest.DAILY)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    sender = RecordingSender()
    first = await job(app, 1).run_once()
    again = await job(app, 2).run_once()
    await deliver(app, sender, 2)
    ((channel, digest),) = sender.posts
    assert (1, 0, "daily") == (first, again, channel)
    assert "Reported, awaiting confirmation (1)" == digest.fields[0].name
    assert "🇩🇪 Germany restricted → banned" in digest.fields[0].value


async def test_a_paused_channel_gets_no_digest(app: App) -> None:
    await subscribe(app, DAILY, Digest.DAILY)
    await app.subscriptions.set_paused(DAILY, FIXED_NOW)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    sender = RecordingSender()
    posted = await job(app, 1).run_once()
    await deliver(app, sender)
    assert (0, []) == (posted, sender.posts)


async def test_a_digest_gives_its_period_in_the_channels_time_zone(app: App) -> None:
    await subscribe(app, DAILY, Digest.DAILY)
    await app.subscriptions.set_tz(DAILY, "Europe/Berlin")
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    sender = RecordingSender()
    await job(app, 1).run_once()
    await deliver(app, sender)
    ((_, digest),) = sender.posts
    assert "31 Oct 2026 14:00 – 01 Nov 2026 14:00 Europe/Berlin" == digest.footer


async def test_alerts_over_the_hourly_cap_arrive_in_a_catch_up_digest(app: App) -> None:
    await subscribe(app, PLAIN, Digest.OFF)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    due = await app.outbox.due(FIXED_NOW, ["console"])
    await app.outbox.to_digest([row.id for row in due], FIXED_NOW)
    sender = RecordingSender()
    posted = await job(app, 1).run_once()
    await deliver(app, sender)
    stats = await app.outbox.stats()
    assert (1, 0, 1) == (posted, stats[DeliveryStatus.DIGEST], stats[DeliveryStatus.SENT])
    assert sender.posts[0][1].title.startswith("Catch-up")


async def test_a_source_joining_an_alert_sent_in_a_digest_prints_no_edit_in_the_terminal(
    app: App,
) -> None:
    await subscribe(app, PLAIN, Digest.OFF)
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    due = await app.outbox.due(FIXED_NOW, ["console"])
    await app.outbox.to_digest([row.id for row in due], FIXED_NOW)
    await job(app, 1).run_once()
    shown: list[str] = []
    console = ConsoleSender(shown.append)
    await deliver(app, console)
    printed = len(shown)

    joined = await report(app, "Berlin bars Huawei from 5G networks", "https://b.example/2")
    await ask(app, f"/huawei stance confirm {event_id}", Role.OPERATOR)
    after = await deliver(app, console, 2)

    assert (event_id, 1, 0) == (joined, printed, after.handled)
    assert shown[0].startswith("Catch-up")
    assert [] == shown[printed:]


async def test_a_feed_notice_reaches_the_tenants_channels_only(app: App) -> None:
    await subscribe(app, PLAIN, Digest.OFF)
    await subscribe(app, Channel("console", "T2", "other"), Digest.OFF)
    feed = await app.feeds.add(
        "https://x.example/rss", tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=FIXED_NOW
    )
    assert feed is not None
    sender = RecordingSender()
    await NoticeBoard(app.subscriptions, PostBox(app.database), lambda: FIXED_NOW)(
        FeedNotice(feed, disabled=True, failures=10, error="http_500")
    )
    await deliver(app, sender)
    assert [("plain", "Feed problem")] == [(c, r.title) for c, r in sender.posts]
    assert "disabled after 10 failures" in sender.posts[0][1].text


WEEKLY = Channel("console", "T1", "weekly")
MAP = Image(b"\x89PNG fake", "stances-map.png", "a map")


async def draw(today: date) -> Image:
    return MAP


async def weekly_digest(app: App) -> Reply:
    sender = RecordingSender()
    job = DigestJob(
        app.outbox,
        PostBox(app.database),
        app.subscriptions,
        app.events,
        app.countries,
        clock=lambda: FIXED_NOW + timedelta(hours=1),
        maps=draw,
    )
    await job.run_once()
    await deliver(app, sender)
    ((_, digest),) = sender.posts
    return digest


async def test_the_weekly_digest_shows_the_map_when_a_stance_changed(app: App) -> None:
    await subscribe(app, WEEKLY, Digest.WEEKLY)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    await report(app, "Berlin bars Huawei from 5G networks", "https://b.example/2")
    assert MAP == (await weekly_digest(app)).image


async def test_the_weekly_digest_has_no_map_when_nothing_changed(app: App) -> None:
    await subscribe(app, WEEKLY, Digest.WEEKLY)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    assert (await weekly_digest(app)).image is None


async def test_a_digest_speaks_the_channels_language_and_sorts_by_its_names(app: App) -> None:
    await subscribe(app, DAILY, Digest.DAILY)
    await app.subscriptions.set_language(DAILY, "de")
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    await report(app, "Austria bans Huawei from its 5G networks", "https://b.example/2")
    await report(app, "Belgium bans Huawei from its 5G networks", "https://c.example/3")
    sender = RecordingSender()
    await job(app, 1).run_once()
    await deliver(app, sender)
    ((_, digest),) = sender.posts
    lines = digest.fields[0].value.split("\n")
    assert "Tägliche Zusammenfassung: 0 Haltungsänderungen" == digest.title
    assert "Gemeldet, wartet auf Bestätigung (3)" == digest.fields[0].name
    assert ["🇧🇪 Belgien", "🇩🇪 Deutschland", "🇦🇹 Österreich"] == [
        line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in lines
    ]
    assert "31 Okt. 2026 13:00 – 01 Nov. 2026 13:00 UTC" == digest.footer


async def test_a_feed_notice_speaks_each_channels_language(app: App) -> None:
    await subscribe(app, PLAIN, Digest.OFF)
    await app.subscriptions.set_language(PLAIN, "es")
    feed = await app.feeds.add(
        "https://x.example/rss", tenant="T1", origin=FeedOrigin.CHAT, added_by="U1", now=FIXED_NOW
    )
    assert feed is not None
    sender = RecordingSender()
    await NoticeBoard(app.subscriptions, PostBox(app.database), lambda: FIXED_NOW)(
        FeedNotice(feed, disabled=True, failures=10, error="http_500")
    )
    await deliver(app, sender)
    ((_, notice),) = sender.posts
    assert "Problema con un feed" == notice.title
    assert "se desactivó tras 10 fallos seguidos" in notice.text
