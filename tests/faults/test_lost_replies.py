"""Slack stores a post but its reply is lost: the retry finds the message, and posts nothing."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.routing import Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest
from bot.delivery import DeliveryWorker
from bot.storage.outbox import Outbox
from tests.chat.slack.emulator import TEAM
from tests.chat.slack.support import CHANNEL, Harness
from tests.delivery.support import FakeClock
from tests.samples import reported_event

HERE = Channel("slack", TEAM, CHANNEL)


async def queue_alerts(harness: Harness, *countries: str) -> list[str]:
    """One alert per country for the channel; returns their nonces."""
    app = harness.app
    subscription, _ = await app.subscriptions.subscribe(
        HERE,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="U1",
        now=datetime.now(UTC),
    )
    for code in countries:
        event_id = await reported_event(app, code, Stance.BANNED, f"{code} bans Huawei from 5G")
        async with app.database.transaction() as conn:
            route = Route(subscription, DeliveryStatus.PENDING)
            await Outbox.enqueue(conn, event_id, [route], datetime.now(UTC))
    rows = await app.database.fetch_all("SELECT nonce FROM deliveries ORDER BY id")
    return [row["nonce"] for row in rows]


async def deliver_all(harness: Harness, rounds: int = 10) -> None:
    """Run the outbox until nothing is pending, an hour of backoff between rounds."""
    clock = FakeClock(datetime.now(UTC))
    app = harness.app
    worker = DeliveryWorker(
        app.outbox, app.events, app.countries, app.senders, clock, sleep=clock.sleep
    )
    for _ in range(rounds):
        await worker.run_once()
        if not (await app.outbox.stats())[DeliveryStatus.PENDING]:
            return
        clock.advance(3600)
    raise AssertionError(f"still pending after {rounds} rounds: {await app.outbox.stats()}")


def shown_nonces(harness: Harness) -> Counter[str]:
    return Counter(
        m["metadata"]["event_payload"]["nonce"] for m in harness.slack.posted_in(CHANNEL)
    )


async def test_three_lost_replies_for_two_alerts_leave_each_alert_posted_once(
    harness: Harness,
) -> None:
    nonces = await queue_alerts(harness, "DE", "FR")
    harness.slack.lose_replies("chat.postMessage", times=3)

    await deliver_all(harness)

    shown = shown_nonces(harness)
    assert {"lost": [], "duplicated": []} == {
        "lost": [n for n in nonces if n not in shown],
        "duplicated": [n for n, count in shown.items() if count > 1],
    }
    assert 2 == len(harness.slack.calls_to("conversations.history"))
    stats = await harness.app.outbox.stats()
    assert (2, 0) == (stats[DeliveryStatus.SENT], stats[DeliveryStatus.PENDING])


async def test_a_lost_reply_is_not_retried_by_the_slack_client_itself(harness: Harness) -> None:
    [nonce] = await queue_alerts(harness, "DE")
    harness.slack.lose_replies("chat.postMessage")
    clock = FakeClock(datetime.now(UTC))
    app = harness.app
    worker = DeliveryWorker(app.outbox, app.events, app.countries, app.senders, clock)

    report = await worker.run_once()

    # The outbox decides when to try again; the client made one call and gave up.
    assert (1, 1) == (report.retried, len(harness.slack.calls_to("chat.postMessage")))
    assert Counter({nonce: 1}) == shown_nonces(harness)
