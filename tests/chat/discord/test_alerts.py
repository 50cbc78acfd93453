"""Alerts through the emulator: embeds nobody can abuse to ping, nonces, edits, dead channels."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.chat.discord import DiscordBot
from bot.core.catalogue import Style
from bot.core.errors import ChannelGoneError, RetryLaterError
from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.replies import Image, Reply
from bot.core.routing import Route
from bot.core.subscriptions import DeliveryStatus, Digest
from bot.storage.outbox import Outbox
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.support import alert_for, alerts_channel, embed_of
from tests.samples import reported_event

NONCE = "0123456789abcdef01234567"
HEADLINE = "@everyone Poland bans Huawei <@123> <@&456> @here **now**"


def posts(emulator: DiscordEmulator) -> str:
    return rf"/channels/{emulator.channels['alerts']}/messages"


async def test_an_alert_cannot_ping_anyone_and_shows_the_feed_text_escaped(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    event_id = await reported_event(app, "PL", Stance.BANNED, HEADLINE)

    message_id = await bot.sender.send(
        alerts_channel(emulator), await alert_for(app, event_id), NONCE
    )

    [post] = emulator.sent("POST", posts(emulator))
    description = post.body["embeds"][0]["description"]
    assert [] == post.body["allowed_mentions"]["parse"]
    assert (NONCE, True) == (post.body["nonce"], post.body["enforce_nonce"])
    pings = ["@everyone", "@here", "<@123>", "<@&456>", "**now**"]
    assert [] == [ping for ping in pings if ping in description]
    assert "@\u200beveryone Poland bans Huawei <@\u200b123>" in description
    assert [message_id] == [m["id"] for m in emulator.in_channel(emulator.channels["alerts"])]


async def test_an_unconfirmed_change_carries_confirm_reject_and_mute_buttons(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans Huawei")

    await bot.sender.send(alerts_channel(emulator), await alert_for(app, event_id), NONCE)

    [post] = emulator.sent("POST", posts(emulator))
    [row] = post.body["components"]
    ids = [button["custom_id"] for button in row["components"]]
    assert [
        f"stancebot:confirm:{event_id}",
        f"stancebot:reject:{event_id}",
        "stancebot:mute:PL",
    ] == ids


async def test_a_send_repeated_with_its_nonce_leaves_one_message(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    alert = await alert_for(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"))

    first = await bot.sender.send(alerts_channel(emulator), alert, NONCE)
    again = await bot.sender.send(alerts_channel(emulator), alert, NONCE)

    assert (first, 1) == (again, len(emulator.in_channel(emulator.channels["alerts"])))


async def test_an_alert_is_edited_when_another_outlet_joins_its_event(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans Huawei")
    message_id = await bot.sender.send(
        alerts_channel(emulator), await alert_for(app, event_id), NONCE
    )
    joined = await reported_event(app, "PL", Stance.BANNED, "Warsaw bars Huawei", "reuters.com")

    await bot.sender.edit(alerts_channel(emulator), message_id, await alert_for(app, event_id))

    [patch] = emulator.sent("PATCH", rf"{posts(emulator)}/{message_id}")
    embed = embed_of(emulator.messages[int(message_id)])
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    assert (event_id, "2") == (joined, fields["Outlets"])
    assert "Warsaw bars Huawei" in fields["Also reported"]
    assert [] == patch.body["allowed_mentions"]["parse"]


async def test_editing_an_alert_someone_deleted_is_not_an_error(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    alert = await alert_for(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"))

    await bot.sender.edit(alerts_channel(emulator), "1300000000000000001", alert)

    assert 1 == len(emulator.sent("PATCH", rf"{posts(emulator)}/\d+"))


@pytest.mark.parametrize(
    "case",
    [(403, 50001, ChannelGoneError), (404, 10003, ChannelGoneError), (503, 0, RetryLaterError)],
    ids=["forbidden", "unknown channel", "unavailable"],
)
async def test_discord_errors_become_what_the_outbox_understands(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, case: tuple[int, int, type[Exception]]
) -> None:
    status, code, error = case
    alert = await alert_for(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"))
    emulator.fail_next("POST", posts(emulator), status, code)

    with pytest.raises(error):
        await bot.sender.send(alerts_channel(emulator), alert, NONCE)


async def test_a_long_rate_limit_is_left_to_the_outbox_with_discords_retry_after(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    alert = await alert_for(app, await reported_event(app, "PL", Stance.BANNED, "Poland bans"))
    headers = {"Via": "1.1 google", "Retry-After": "64"}
    emulator.fail_next("POST", posts(emulator), 429, retry_after=64.0, headers=headers)

    with pytest.raises(RetryLaterError) as raised:
        await bot.sender.send(alerts_channel(emulator), alert, NONCE)

    assert (64.0, True) == (raised.value.retry_after, raised.value.rate_limited)


async def test_a_403_from_discord_disables_the_subscription_through_the_outbox(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    subscription, _ = await app.subscriptions.subscribe(
        alerts_channel(emulator),
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="manager",
        now=app.started_at,
    )
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans Huawei")
    async with app.database.transaction() as conn:
        await Outbox.enqueue(
            conn, event_id, [Route(subscription, DeliveryStatus.PENDING)], app.started_at
        )
    emulator.fail_next("POST", posts(emulator), 403, 50013, message="Missing Permissions")

    report = await app.delivery.run_once()

    after = await app.subscriptions.for_channel(alerts_channel(emulator))
    assert after is not None
    assert (1, False) == (report.dead, after.active)
    assert "403" in after.disabled_reason


async def test_a_posted_reply_shows_its_picture_inside_the_embed(
    bot: DiscordBot, emulator: DiscordEmulator
) -> None:
    picture = Image(b"\x89PNG\r\n\x1a\nfake", "stance map.png", "A world map of stances")
    reply = Reply(title="Weekly digest", text="Two stances changed.", image=picture)

    message_id = await bot.sender.post(alerts_channel(emulator), reply)

    message = emulator.messages[int(message_id)]
    [attachment] = message["attachments"]
    assert ("stance_map.png", "A world map of stances") == (
        attachment["filename"],
        attachment["description"],
    )
    assert "attachment://stance_map.png" == embed_of(message)["image"]["url"]


async def test_a_compact_german_alert_is_sent_as_one_line(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    channel = alerts_channel(emulator)
    subscription, _ = await app.subscriptions.subscribe(
        channel,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="manager",
        now=app.started_at,
    )
    await app.subscriptions.set_style(channel, Style.COMPACT)
    await app.subscriptions.set_language(channel, "de")
    event_id = await reported_event(app, "AT", Stance.BANNED, "Austria bans Huawei")
    event = await app.events.get(event_id)
    assert event is not None
    assert event.lead is not None
    async with app.database.transaction() as conn:
        await Outbox.enqueue(
            conn, event_id, [Route(subscription, DeliveryStatus.PENDING)], app.started_at
        )

    report = await app.delivery.run_once()

    [post] = emulator.sent("POST", posts(emulator))
    [embed] = post.body["embeds"]
    [row] = post.body["components"]
    expected = (
        f"🇦🇹 Österreich: Erlaubt → Verboten · [Austria bans Huawei]({event.lead.link}) "
        "· Konfidenz 70 %"
    )
    assert (1, expected) == (report.sent, embed["description"])
    assert ([], None) == (embed.get("fields", []), embed.get("title"))
    assert ["Bestätigen", "Ablehnen", "24 h stumm"] == [b["label"] for b in row["components"]]
