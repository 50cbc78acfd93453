"""Mentions and threads through the emulator: exactly one role may ping, and the sources that
join an event go to a thread opened once on its alert."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import App
from bot.chat.discord import DiscordBot
from bot.core.alerts import thread_note
from bot.core.events import AlertKind
from bot.core.mentions import Mention, MentionKind
from bot.core.models import Stance
from bot.core.replies import Reply
from bot.core.routing import Joined, Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest, Subscription
from bot.storage.outbox import Outbox
from bot.storage.posts import PostBox
from bot.storage.threads import ThreadBox, queue_thread_replies
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.interacting import answer
from tests.chat.discord.support import People, alert_for, alerts_channel, embed_of
from tests.samples import reported_event

ROLE = "1300000000000000077"
HEADLINE = "@everyone Poland bans Huawei <@123> <@&456>"


def messages_path(channel_id: int | str) -> str:
    return rf"/channels/{channel_id}/messages"


async def subscribed(
    app: App, channel: Channel, *, mention: str = "", threads: bool = False
) -> Subscription:
    await app.subscriptions.subscribe(
        channel,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="manager",
        now=app.started_at,
    )
    await app.subscriptions.set_mention(channel, Mention.from_stored(mention))
    after = await app.subscriptions.set_threads(channel, threads)
    assert after is not None
    return after


async def enqueue(app: App, event_id: int, subscription: Subscription) -> None:
    async with app.database.transaction() as conn:
        now = datetime.now(UTC)
        await Outbox.enqueue(conn, event_id, [Route(subscription, DeliveryStatus.PENDING)], now)


async def join(app: App, title: str, outlet: str, subscription: Subscription) -> int:
    """Another outlet reports the Polish ban: what the pipeline writes when a source joins."""
    event_id = await reported_event(app, "PL", Stance.BANNED, title, outlet)
    found = await app.events.get(event_id)
    assert found is not None
    item_id = found.sources[-1].item_id
    async with app.database.transaction() as conn:
        now = datetime.now(UTC)
        await Outbox.enqueue(conn, event_id, [Route(subscription, DeliveryStatus.PENDING)], now)
        await queue_thread_replies(conn, [Joined(event_id, item_id, (subscription.id,))], now)
    return item_id


async def test_an_alert_mentions_exactly_its_role_and_the_feed_text_pings_nobody(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator), mention=f"role:{ROLE}")
    await enqueue(app, await reported_event(app, "PL", Stance.BANNED, HEADLINE), subscription)

    report = await app.delivery.run_once()

    [post] = emulator.sent("POST", messages_path(emulator.channels["alerts"]))
    allowed = post.body["allowed_mentions"]
    assert (1, f"<@&{ROLE}>") == (report.sent, post.body["content"])
    assert ([], [int(ROLE)]) == (allowed["parse"], allowed["roles"])
    assert [] == allowed.get("users", [])
    assert "@\u200beveryone Poland bans Huawei" in post.body["embeds"][0]["description"]


async def test_an_alert_without_a_mention_has_no_content_and_pings_nobody(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator))
    await enqueue(app, await reported_event(app, "PL", Stance.BANNED, HEADLINE), subscription)

    await app.delivery.run_once()

    [post] = emulator.sent("POST", messages_path(emulator.channels["alerts"]))
    assert (None, []) == (post.body.get("content"), post.body["allowed_mentions"]["parse"])
    assert "roles" not in post.body["allowed_mentions"]


async def test_a_digest_starts_with_the_mention_and_a_feed_notice_does_not(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator), mention=f"role:{ROLE}")
    posts = PostBox(app.database)
    now = datetime.now(UTC)
    await posts.add(subscription.id, "digest:2026-11-01", Reply(title="Daily digest"), now)
    await posts.add(subscription.id, "feed:7:failing", Reply(title="A feed is failing"), now)

    await app.delivery.run_once()

    sent = emulator.sent("POST", messages_path(emulator.channels["alerts"]))
    shown = [(p.body["embeds"][0]["title"], p.body.get("content")) for p in sent]
    assert [("Daily digest", f"<@&{ROLE}>"), ("A feed is failing", None)] == shown
    assert [[int(ROLE)], None] == [p.body["allowed_mentions"].get("roles") for p in sent]


async def test_a_manager_sets_the_role_with_the_subscribe_option(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(
        people.manager, "huawei subscribe", countries="pl", mention=f"<@&{ROLE}>"
    )
    await answer(interaction)

    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    subscription = await app.subscriptions.for_channel(general)
    assert subscription is not None
    assert Mention(MentionKind.ROLE, ROLE) == subscription.mention


async def test_sources_joining_an_event_go_to_one_thread_opened_on_the_alert(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator), threads=True)
    await enqueue(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"), subscription)
    await app.delivery.run_once()
    [alert] = emulator.in_channel(emulator.channels["alerts"])

    await join(app, "Warsaw bars Huawei **now** @here", "reuters.com", subscription)
    first = await app.delivery.run_once()
    await join(app, "Polish ban confirmed", "dw.com", subscription)
    second = await app.delivery.run_once()

    opened = emulator.sent("POST", rf"{messages_path(emulator.channels['alerts'])}/\d+/threads")
    replies = emulator.sent("POST", messages_path(alert["id"]))
    described = [r.body["embeds"][0]["description"] for r in replies]
    assert ((1, 1), (1, 1)) == ((first.edited, first.sent), (second.edited, second.sent))
    assert [f"/channels/{emulator.channels['alerts']}/messages/{alert['id']}/threads"] == [
        o.path for o in opened
    ]
    assert embed_of(alert)["title"] == opened[0].body["name"]
    assert [
        "**Warsaw bars Huawei \\*\\*now\\*\\* @\u200bhere**\nreuters.com",
        "**Polish ban confirmed**\ndw.com",
    ] == described
    assert all(r.body["enforce_nonce"] and len(r.body["nonce"]) == 24 for r in replies)
    assert [[], []] == [r.body["allowed_mentions"]["parse"] for r in replies]


async def test_a_channel_without_threads_only_gets_the_edit(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator))
    await enqueue(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"), subscription)
    await app.delivery.run_once()

    await join(app, "Warsaw bars Huawei", "reuters.com", subscription)
    report = await app.delivery.run_once()

    assert (1, 0, {}) == (report.edited, report.sent, emulator.threads)


async def test_a_thread_opened_before_a_crash_is_found_again(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans")
    found = await app.events.get(event_id)
    assert found is not None
    note = thread_note(found, app.countries.get("PL"), found.sources[0].item_id)
    assert note is not None
    channel = alerts_channel(emulator)
    message_id = await bot.sender.send(channel, await alert_for(app, event_id), "n" * 24)

    opened = await bot.sender.open_thread(channel, message_id, note.topic)
    again = await bot.sender.open_thread(channel, message_id, note.topic)

    assert (message_id, message_id) == (opened, again)
    assert [message_id] == [str(t) for t in emulator.threads]


async def test_a_thread_that_cannot_be_opened_fails_alone_and_the_channel_stays_subscribed(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription = await subscribed(app, alerts_channel(emulator), threads=True)
    await enqueue(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"), subscription)
    await app.delivery.run_once()
    await join(app, "Warsaw bars Huawei", "reuters.com", subscription)
    threads = rf"{messages_path(emulator.channels['alerts'])}/\d+/threads"
    emulator.fail_next("POST", threads, 404, 10008, message="Unknown Message")  # alert deleted

    report = await app.delivery.run_once()

    after = await app.subscriptions.for_channel(alerts_channel(emulator))
    [(_, status, error)] = await ThreadBox(app.database).of_delivery(1)
    assert after is not None
    assert (1, 1, True) == (report.edited, report.failed, after.active)
    assert ("failed", True) == (status, "404" in error)


async def test_a_thread_reply_sent_again_with_its_nonce_leaves_one_message(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans")
    found = await app.events.get(event_id)
    assert found is not None
    note = thread_note(found, app.countries.get("PL"), found.sources[0].item_id)
    assert note is not None
    channel = alerts_channel(emulator)
    message_id = await bot.sender.send(channel, await alert_for(app, event_id), "a" * 24)
    thread = await bot.sender.open_thread(channel, message_id, note.topic)

    first = await bot.sender.send_in_thread(channel, thread, note, "b" * 24)
    again = await bot.sender.send_in_thread(channel, thread, note, "b" * 24)

    assert (first, 1) == (again, len(emulator.in_channel(int(thread))))
