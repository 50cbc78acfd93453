"""Digests and feed notices travel like alerts: a gone channel disables its subscription, a
failure is retried, a lost reply does not post twice."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from bot.core.events import AlertKind
from bot.core.feeds import FeedNotice, FeedOrigin
from bot.core.models import Stance
from bot.core.subscriptions import Channel, Digest, Subscription
from bot.delivery import DeliveryWorker
from bot.digests import DigestJob
from bot.notices import NoticeBoard
from bot.storage.posts import PostBox
from tests.chat.slack.emulator import TEAM
from tests.chat.slack.support import CHANNEL, Harness
from tests.delivery.support import FakeClock
from tests.samples import reported_event

HERE = Channel("slack", TEAM, CHANNEL)


async def subscribe(harness: Harness, digest: Digest) -> Subscription:
    subscription, _ = await harness.app.subscriptions.subscribe(
        HERE,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=digest,
        created_by="U1",
        now=datetime.now(UTC) - timedelta(days=2),
    )
    return subscription


async def deliver_all(harness: Harness, clock: FakeClock, rounds: int = 10) -> None:
    app = harness.app
    worker = DeliveryWorker(
        app.outbox, app.events, app.countries, app.senders, clock, sleep=clock.sleep
    )
    for _ in range(rounds):
        await worker.run_once()
        clock.advance(3600)


def titles(harness: Harness) -> Counter[str]:
    return Counter(str(m["blocks"][0]["text"]["text"]) for m in harness.slack.posted_in(CHANNEL))


async def test_a_digest_to_a_gone_channel_disables_its_subscription(harness: Harness) -> None:
    app, clock = harness.app, FakeClock(datetime.now(UTC))
    subscription = await subscribe(harness, Digest.DAILY)
    await reported_event(app, "DE", Stance.BANNED, "Germany bans Huawei from 5G")
    posts = PostBox(app.database)
    job = DigestJob(app.outbox, posts, app.subscriptions, app.events, app.countries, clock=clock)
    harness.slack.fail(CHANNEL, "channel_not_found")

    queued = await job.run_once()
    await deliver_all(harness, clock, rounds=2)

    found = await app.subscriptions.for_channel(HERE)
    assert found is not None
    assert (1, False, "slack: channel_not_found") == (
        queued,
        found.active,
        found.disabled_reason,
    )
    assert ["dead"] == [status for _, status in await posts.pending_for(subscription.id)]


async def test_a_feed_notice_survives_a_502_and_a_lost_reply_and_arrives_once(
    harness: Harness,
) -> None:
    app, clock = harness.app, FakeClock(datetime.now(UTC))
    await subscribe(harness, Digest.OFF)
    feed = await app.feeds.add(
        "https://x.example/rss", tenant=TEAM, origin=FeedOrigin.CHAT, added_by="U1", now=clock()
    )
    assert feed is not None
    board = NoticeBoard(app.subscriptions, PostBox(app.database), clock)
    harness.slack.fail(CHANNEL, "", status=502)
    harness.slack.lose_replies("chat.postMessage")

    await board(FeedNotice(feed, disabled=True, failures=10, error="HTTP 500"))
    await deliver_all(harness, clock, rounds=3)

    shown = titles(harness)
    assert (1, 1) == (len(shown), sum(shown.values())), shown
    assert "Feed problem" in next(iter(shown))
