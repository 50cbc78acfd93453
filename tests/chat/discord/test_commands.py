"""Slash commands through the emulator: defer first, then the answer as an embed."""

from __future__ import annotations

import logging

import pytest

from bot.app import App
from bot.chat.discord import DiscordBot
from bot.chat.discord.render import STANCE_COLOURS, TONE_COLOURS
from bot.core.events import AlertKind
from bot.core.models import Change, Origin, Stance
from bot.core.replies import Tone
from bot.core.subscriptions import Channel
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.interacting import answer
from tests.chat.discord.support import People, answered, embed_of, ephemeral
from tests.conftest import FIXED_NOW


async def test_a_lookup_is_deferred_then_answered_with_the_country_in_its_stance_colour(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei country", name="uk")

    message = await answered(emulator, interaction)

    [first, *_] = interaction.callbacks
    embed = embed_of(message)
    assert (5, True) == (first.kind, first.after < 3.0)
    assert "United Kingdom" in embed["title"]
    assert STANCE_COLOURS[Stance.BANNED] == embed["color"]
    assert ephemeral(message)


async def test_a_lookup_with_public_true_is_answered_for_the_whole_channel(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei country", name="uk", public=True)

    message = await answered(emulator, interaction)

    assert (False, "🇬🇧 United Kingdom: Banned") == (ephemeral(message), embed_of(message)["title"])


async def test_an_error_in_a_public_lookup_is_still_shown_only_to_the_caller(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(
        people.member, "huawei country", name="atlantis", public=True
    )

    message = await answered(emulator, interaction)

    deleted = emulator.sent("DELETE", r"/webhooks/\d+/[^/]+/messages/@original")
    assert (True, 1) == (ephemeral(message), len(deleted))
    assert "Unknown country" == embed_of(message)["title"]
    assert [message] == emulator.in_channel(emulator.channels["general"])


async def test_a_manager_subscribes_the_channel(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(
        people.manager, "huawei subscribe", countries="de, fr", level="reaffirm"
    )

    message = await answered(emulator, interaction)

    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    subscription = await app.subscriptions.for_channel(general)
    assert subscription is not None
    assert (frozenset({"DE", "FR"}), AlertKind.REAFFIRM) == (
        subscription.countries,
        subscription.level,
    )
    assert ("Subscribed", True) == (embed_of(message)["title"], ephemeral(message))


async def test_a_member_without_manage_channels_may_not_subscribe(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei subscribe", countries="de")

    message = await answered(emulator, interaction)

    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    assert None is await app.subscriptions.for_channel(general)
    assert ephemeral(message)
    assert "Only a channel manager may do that" in embed_of(message)["description"]
    assert TONE_COLOURS[Tone.ERROR] == embed_of(message)["color"]


async def test_an_administrator_has_every_permission_bit_and_is_a_server_admin(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    by_admin = await emulator.command(people.admin, "huawei-admin keywords add", terms="sanctions")
    by_manager = await emulator.command(people.manager, "huawei-admin keywords add", terms="x")

    admin_reply, manager_reply = [
        embed_of(await answered(emulator, i)) for i in (by_admin, by_manager)
    ]

    assert TONE_COLOURS[Tone.SUCCESS] == admin_reply["color"]
    assert "Only a workspace or server admin may do that" in manager_reply["description"]


async def test_help_names_the_admin_commands_where_discord_has_them(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.admin, "huawei help")

    embed = embed_of(await answered(emulator, interaction))

    text = " ".join(field["value"] for field in embed["fields"])
    assert "/huawei-admin keywords add" in text
    assert "/huawei keywords" not in text


async def test_country_names_autocomplete(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    choices = await emulator.interactions.autocomplete(
        people.member, "huawei country", {"name": "united k"}, focused="name"
    )

    assert [{"name": "🇬🇧 United Kingdom (GB)", "value": "United Kingdom"}] == choices


async def test_a_list_of_countries_autocompletes_its_last_entry(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    choices = await emulator.interactions.autocomplete(
        people.manager, "huawei subscribe", {"countries": "de, swed"}, focused="countries"
    )

    assert ["de, SE"] == [choice["value"] for choice in choices]


async def test_a_long_answer_comes_in_pages_turned_with_buttons(
    app: App, bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    for record in await app.records.all():  # every record allowed: a list too long for one page
        change = Change(
            record.country,
            Stance.ALLOWED,
            FIXED_NOW.date(),
            "test",
            ("https://a.b",),
            Origin.OPERATOR,
            "test",
        )
        await app.records.write(change, "Allowed.", FIXED_NOW)
    interaction = await emulator.command(people.member, "huawei list", stance="allowed")
    message = await answered(emulator, interaction)
    first = embed_of(message)["description"]
    [row] = message["components"]
    buttons = {button["label"]: button for button in row["components"]}

    click = await emulator.interactions.click(people.member, message, buttons["Next"]["custom_id"])
    await answer(click)

    second = embed_of(emulator.messages[int(message["id"])])
    assert [True, False] == [buttons["Previous"]["disabled"], buttons["Next"]["disabled"]]
    assert "page 2 of 3" in second["footer"]["text"]
    assert first.splitlines()[0] != second["description"].splitlines()[0]


async def test_interaction_tokens_never_reach_the_log(
    bot: DiscordBot, emulator: DiscordEmulator, people: People, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    interaction = await emulator.command(people.member, "huawei recent")

    await answered(emulator, interaction)

    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("bot.", "discord."))]
    assert any("/****/callback" in line for line in ours)  # discord.py did log the URLs...
    assert [] == [line for line in ours if interaction.token in line]  # ...not the token


async def test_the_map_arrives_as_a_picture_inside_the_embed(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei map", public=True)

    message = await answered(emulator, interaction)

    [attachment] = message["attachments"]
    assert f"attachment://{attachment['filename']}" == embed_of(message)["image"]["url"]
    assert (False, True) == (ephemeral(message), attachment["filename"].endswith(".png"))


async def test_a_corrected_country_name_says_which_country_is_shown(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei country", name="Austrai")

    embed = embed_of(await answered(emulator, interaction))

    assert embed["description"].startswith("Showing Austria: no country is called “Austrai”.")


async def test_subscribing_again_keeps_the_digest_and_says_what_changed(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    first = await emulator.command(
        people.manager, "huawei subscribe", countries="five-eyes", digest="daily"
    )
    await answered(emulator, first)
    again = await emulator.command(people.manager, "huawei subscribe", countries="Germany")

    embed = embed_of(await answered(emulator, again))

    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    subscription = await app.subscriptions.for_channel(general)
    assert subscription is not None
    assert ("daily", frozenset({"DE"})) == (subscription.digest.value, subscription.countries)
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    assert "Countries: Five Eyes (5) → 🇩🇪 Germany" == fields["Changed"]


async def test_a_mistyped_list_filter_gets_a_suggestion(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    interaction = await emulator.command(people.member, "huawei list", group="five-eyse")

    embed = embed_of(await answered(emulator, interaction))

    assert embed["description"].endswith("Did you mean `list five-eyes`?")


async def test_test_posts_a_sample_alert_in_the_channel_as_a_real_alert(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    subscribe = await emulator.command(people.manager, "huawei subscribe", countries="de")
    await answered(emulator, subscribe)
    interaction = await emulator.command(people.manager, "huawei test")

    reply = embed_of(await answered(emulator, interaction))

    general = emulator.channels["general"]
    [alert] = [m for m in emulator.in_channel(general) if m.get("embeds") and not m.get("flags")]
    assert "Sample alert posted" == reply["title"]
    assert "🇩🇪 Germany: still restricted" == embed_of(alert)["title"]
    assert "Sample alert from /huawei test" in embed_of(alert)["description"]
    assert [] == alert["components"]


async def test_pause_resume_and_filter_are_commands_of_the_channel(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    for command, options in (
        ("huawei subscribe", {}),
        ("huawei pause", {}),
        ("huawei filter add", {"terms": '"core network" -phones'}),
    ):
        await answered(emulator, await emulator.command(people.manager, command, **options))

    paused = await app.subscriptions.for_channel(general)
    await answered(emulator, await emulator.command(people.manager, "huawei resume"))
    resumed = await app.subscriptions.for_channel(general)

    assert paused is not None
    assert resumed is not None
    assert (True, ('"core network"', "-phones")) == (
        paused.paused_since is not None,
        paused.keywords,
    )
    assert None is resumed.paused_since


async def test_quiet_hours_take_a_time_zone_option(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People
) -> None:
    await answered(emulator, await emulator.command(people.manager, "huawei subscribe"))
    interaction = await emulator.command(
        people.manager, "huawei quiet", window="22:00-07:00", tz="Europe/Berlin"
    )

    embed = embed_of(await answered(emulator, interaction))

    general = Channel("discord", str(emulator.guild_id), str(emulator.channels["general"]))
    quiet = await app.subscriptions.quiet_for(general)
    assert "Quiet hours: 22:00–07:00 Europe/Berlin" == embed["title"]
    assert quiet is not None
    assert "Europe/Berlin" == quiet.zone


async def test_an_error_is_said_in_the_channels_language(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    for who, command, options in (
        (people.manager, "huawei subscribe", {"countries": "de"}),
        (people.admin, "huawei-admin language", {"language": "de"}),
    ):
        await answered(emulator, await emulator.command(who, command, **options))
    interaction = await emulator.command(
        people.manager, "huawei mute", countries="de", duration="2x"
    )

    message = await answered(emulator, interaction)

    embed = embed_of(message)
    assert (
        "Leider nicht",
        "„2x“ ist keine Dauer: geben Sie z. B. 30m, 2h, 1d oder 1w an.",
        TONE_COLOURS[Tone.ERROR],
        True,
    ) == (embed["title"], embed["description"], embed["color"], ephemeral(message))


async def test_help_is_said_in_the_channels_language(
    bot: DiscordBot, emulator: DiscordEmulator, people: People
) -> None:
    for who, command, options in (
        (people.manager, "huawei subscribe", {"countries": "de"}),
        (people.admin, "huawei-admin language", {"language": "de"}),
    ):
        await answered(emulator, await emulator.command(who, command, **options))

    embed = embed_of(await answered(emulator, await emulator.command(people.admin, "huawei help")))

    names = [field["name"] for field in embed["fields"]]
    admins = embed["fields"][names.index("Workspace- und Server-Admins")]["value"].splitlines()
    assert (
        "stancebot-Hilfe",
        "Kanalverwaltung (Fortsetzung)",
        "`/huawei-admin keywords remove <Begriff>…`: Begriffe nicht mehr beobachten",
        "Haltungen: banned · restricted · under_review · allowed · partnered · unknown",
    ) == (embed["title"], names[2], admins[5], embed["footer"]["text"])
