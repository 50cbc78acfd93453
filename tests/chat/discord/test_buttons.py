"""The buttons on an unconfirmed change: each click runs as the member who clicked."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from bot.chat.discord import DiscordBot
from bot.core.catalogue import DEFAULT_LOOK, Look
from bot.core.events import EventStatus
from bot.core.models import Stance
from bot.platforms import DiscordLink
from bot.settings import Settings
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.interacting import edited
from tests.chat.discord.payloads import JSON
from tests.chat.discord.support import (
    People,
    alert_for,
    alerts_channel,
    answered,
    discord_app,
    embed_of,
    ephemeral,
    running_bot,
)
from tests.samples import reported_event

NONCE = "0123456789abcdef01234567"


async def alert_posted(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, look: Look = DEFAULT_LOOK
) -> tuple[int, JSON]:
    event_id = await reported_event(app, "PL", Stance.BANNED, "Poland bans Huawei")
    alert = replace(await alert_for(app, event_id), look=look)
    message_id = await bot.sender.send(alerts_channel(emulator), alert, NONCE)
    return event_id, emulator.messages[int(message_id)]


def button_ids(message: JSON) -> list[str]:
    return [button["custom_id"] for row in message["components"] for button in row["components"]]


async def test_an_operator_confirms_a_change_with_a_click_even_after_a_restart(
    app: App, link: DiscordLink, settings: Settings, emulator: DiscordEmulator, people: People
) -> None:
    async with running_bot(app, link) as before_the_restart:
        event_id, alert = await alert_posted(before_the_restart, app, emulator)
    async with discord_app(settings) as (restarted, new_link), running_bot(restarted, new_link):
        click = await emulator.interactions.click(
            people.operator, alert, f"stancebot:confirm:{event_id}"
        )
        answer = await answered(emulator, click)
        await edited(click)

    decided, record = await app.events.get(event_id), await app.records.get("PL")
    assert decided is not None
    assert record is not None
    assert (EventStatus.CONFIRMED, Stance.BANNED) == (decided.status, record.stance)
    assert (6, True) == (click.callbacks[0].kind, ephemeral(answer))
    assert embed_of(answer)["title"].startswith("Confirmed: #")
    decision = embed_of(alert)["fields"][-1]
    assert f"Confirmed by <@{people.operator.id}>" == decision["value"]
    assert ["stancebot:mute:PL"] == button_ids(alert)


async def test_the_decision_on_a_german_alert_is_said_in_german(
    app: App, link: DiscordLink, emulator: DiscordEmulator, people: People
) -> None:
    async with running_bot(app, link) as bot:
        event_id, alert = await alert_posted(bot, app, emulator, Look(language="de"))
        click = await emulator.interactions.click(
            people.operator, alert, f"stancebot:reject:{event_id}"
        )
        await answered(emulator, click)
        await edited(click)

    decision = embed_of(alert)["fields"][-1]
    assert ("Entscheidung", f"Abgelehnt von <@{people.operator.id}>") == (
        decision["name"],
        decision["value"],
    )
    assert ["stancebot:mute:PL"] == button_ids(alert)


async def test_a_confirm_click_by_anyone_but_an_operator_is_refused_privately(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    event_id, alert = await alert_posted(bot, app, emulator)

    click = await emulator.interactions.click(people.admin, alert, f"stancebot:confirm:{event_id}")
    answer = await answered(emulator, click)

    pending = await app.events.get(event_id)
    assert pending is not None
    assert (EventStatus.PENDING, True) == (pending.status, ephemeral(answer))
    assert "Only a bot operator may do that" in embed_of(answer)["description"]
    assert 3 == len(button_ids(alert))
    assert [] == emulator.sent("PATCH", r"/webhooks/.*")


async def test_a_manager_mutes_the_country_for_a_day_with_a_click(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    _, alert = await alert_posted(bot, app, emulator)

    click = await emulator.interactions.click(people.manager, alert, "stancebot:mute:PL")
    answer = await answered(emulator, click)

    [mute] = await app.subscriptions.mutes(alerts_channel(emulator), app.started_at)
    assert (frozenset({"PL"}), True) == (mute.countries, ephemeral(answer))
    assert 24 * 3600 == round((mute.until - app.started_at).total_seconds(), -2)
