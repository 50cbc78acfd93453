"""Mentions and threads through SlackSender and the outbox, against the emulator: the bot puts
the user group's mention itself, and the sources that join an event go to the alert's thread
(`thread_ts`), once, even after a lost reply."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from bot.core.events import AlertKind
from bot.core.mentions import Mention
from bot.core.models import Stance
from bot.core.replies import Reply
from bot.core.routing import Joined, Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest, Subscription
from bot.storage.outbox import Outbox
from bot.storage.posts import PostBox
from bot.storage.threads import ThreadBox, queue_thread_replies
from tests.chat.slack.emulator import TEAM
from tests.chat.slack.support import CHANNEL, Harness
from tests.samples import reported_event

HERE = Channel("slack", TEAM, CHANNEL)
HEADLINE = "<!channel> Germany bans Huawei <!subteam^S0EVIL> & more"
PAST = "2000-01-01T00:00:00+00:00"


def decoded(value: Any) -> Any:
    """A JSON parameter as the client sent it (a form field is text, a JSON body is not)."""
    return json.loads(value) if isinstance(value, str) else value


async def subscribed(harness: Harness, *, mention: str = "", threads: bool = False) -> Subscription:
    app = harness.app
    await app.subscriptions.subscribe(
        HERE,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="U1",
        now=datetime.now(UTC),
    )
    await app.subscriptions.set_mention(HERE, Mention.from_stored(mention))
    after = await app.subscriptions.set_threads(HERE, threads)
    assert after is not None
    return after


async def report(harness: Harness, subscription: Subscription, title: str, outlet: str) -> int:
    """A story about Germany's ban, routed to the channel (a new event, or joining one); the
    id of the item that told it."""
    app = harness.app
    event_id = await reported_event(app, "DE", Stance.BANNED, title, outlet)
    found = await app.events.get(event_id)
    assert found is not None
    item_id = found.sources[-1].item_id
    async with app.database.transaction() as conn:
        now = datetime.now(UTC)
        await Outbox.enqueue(conn, event_id, [Route(subscription, DeliveryStatus.PENDING)], now)
        await queue_thread_replies(conn, [Joined(event_id, item_id, (subscription.id,))], now)
    return item_id


async def test_an_alert_starts_with_the_user_group_and_feed_text_stays_escaped(
    harness: Harness,
) -> None:
    subscription = await subscribed(harness, mention="group:S0POLICY")
    await report(harness, subscription, HEADLINE, "reuters.com")

    await harness.app.delivery.run_once()

    [posted] = harness.slack.calls_to("chat.postMessage")
    blocks = decoded(posted.params["blocks"])
    everything = json.dumps(blocks) + posted.params["text"]
    assert ("section", "<!subteam^S0POLICY>") == (blocks[0]["type"], blocks[0]["text"]["text"])
    assert posted.params["text"].startswith("<!subteam^S0POLICY> ")
    assert 2 == everything.count("<!subteam^S0POLICY>")  # the first block and the notification
    assert [] == [s for s in ("<!channel>", "<!subteam^S0EVIL>") if s in everything]


async def test_a_user_is_mentioned_and_an_edit_keeps_the_mention(harness: Harness) -> None:
    subscription = await subscribed(harness, mention="user:U0ANNA")
    await report(harness, subscription, "Germany bans Huawei", "reuters.com")
    await harness.app.delivery.run_once()

    await report(harness, subscription, "Berlin bars Huawei", "dw.com")
    await harness.app.delivery.run_once()

    [update] = harness.slack.calls_to("chat.update")
    assert "<@U0ANNA>" == decoded(update.params["blocks"])[0]["text"]["text"]


async def test_a_digest_mentions_the_group_and_a_feed_notice_does_not(harness: Harness) -> None:
    subscription = await subscribed(harness, mention="group:S0POLICY")
    posts, now = PostBox(harness.app.database), datetime.now(UTC)
    await posts.add(subscription.id, "digest:2026-11-01", Reply(title="Daily digest"), now)
    await posts.add(subscription.id, "feed:7:failing", Reply(title="A feed is failing"), now)

    await harness.app.delivery.run_once()

    texts = [call.params["text"] for call in harness.slack.calls_to("chat.postMessage")]
    assert ["<!subteam^S0POLICY> Daily digest", "A feed is failing"] == texts


async def test_a_joining_source_is_posted_in_the_alerts_thread(harness: Harness) -> None:
    subscription = await subscribed(harness, threads=True)
    await report(harness, subscription, "Germany bans Huawei", "reuters.com")
    await harness.app.delivery.run_once()
    [alert] = harness.slack.posted_in(CHANNEL)

    await report(harness, subscription, "Berlin bars <!here> Huawei", "dw.com")
    outcome = await harness.app.delivery.run_once()

    [reply] = harness.slack.in_thread(CHANNEL, alert["ts"])
    shown = json.dumps(decoded(reply["blocks"]))
    assert (1, 1) == (outcome.edited, outcome.sent)
    assert "Berlin bars &lt;!here&gt; Huawei" in shown
    assert "<!here>" not in shown + reply["text"]
    assert "stancebot_delivery" == decoded(reply["metadata"])["event_type"]
    in_channel = [m["ts"] for m in harness.slack.posted_in(CHANNEL) if not m.get("thread_ts")]
    assert [alert["ts"]] == in_channel


async def test_a_lost_reply_in_a_thread_is_found_not_posted_twice(harness: Harness) -> None:
    subscription = await subscribed(harness, threads=True)
    await report(harness, subscription, "Germany bans Huawei", "reuters.com")
    await harness.app.delivery.run_once()
    [alert] = harness.slack.posted_in(CHANNEL)
    await report(harness, subscription, "Berlin bars Huawei", "dw.com")
    harness.slack.lose_replies("chat.postMessage")

    lost = await harness.app.delivery.run_once()
    await _due_now(harness)
    found = await harness.app.delivery.run_once()

    [looked] = harness.slack.calls_to("conversations.replies")
    assert (1, 1) == (lost.retried, found.sent)
    assert alert["ts"] == looked.params["ts"]
    assert 1 == len(harness.slack.in_thread(CHANNEL, alert["ts"]))


async def test_no_thread_reply_for_a_channel_without_threads(harness: Harness) -> None:
    subscription = await subscribed(harness)
    await report(harness, subscription, "Germany bans Huawei", "reuters.com")
    await harness.app.delivery.run_once()
    [alert] = harness.slack.posted_in(CHANNEL)

    await report(harness, subscription, "Berlin bars Huawei", "dw.com")
    outcome = await harness.app.delivery.run_once()

    assert (1, 0, []) == (
        outcome.edited,
        outcome.sent,
        harness.slack.in_thread(CHANNEL, alert["ts"]),
    )
    assert [] == await ThreadBox(harness.app.database).of_delivery(1)


async def _due_now(harness: Harness) -> None:
    """The retry's time has come (the outbox waits 5 s before the first retry)."""
    async with harness.app.database.transaction() as conn:
        await conn.execute(
            "UPDATE thread_replies SET next_attempt_at = '2000-01-01T00:00:00+00:00'"
        )
