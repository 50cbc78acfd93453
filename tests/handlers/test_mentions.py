"""`subscribe … mention:` and `threads on|off` through the dispatcher and a real SQLite store."""

from __future__ import annotations

import pytest

from bot.core.access import Role
from bot.core.catalogue import say
from bot.core.mentions import Mention, MentionKind
from bot.core.replies import Tone
from bot.core.subscriptions import Channel
from tests.handlers.alerting import HERE, AlertBot

GUILD = "900000000000000001"
DISCORD = Channel("discord", GUILD, "900000000000000002")
ROLE = "900000000000000003"


def fields_of(reply: object) -> dict[str, str]:
    return {f.name: f.value for f in getattr(reply, "fields", ())}


async def test_a_slack_user_group_is_stored_and_shown(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscribe de mention:<!subteam^S0POLICY|@policy>", Role.MANAGER)

    subscription = await bot.here()
    assert subscription is not None
    assert Mention(MentionKind.GROUP, "S0POLICY") == subscription.mention
    assert "the user group S0POLICY" == fields_of(reply)["Mention"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("S0POLICY", Mention(MentionKind.GROUP, "S0POLICY")),
        ("<!subteam^S0POLICY>", Mention(MentionKind.GROUP, "S0POLICY")),
        ("<@U0ANNA|anna>", Mention(MentionKind.USER, "U0ANNA")),
        ("W0ANNA", Mention(MentionKind.USER, "W0ANNA")),
    ],
)
async def test_slack_groups_and_users_are_read_in_each_form(
    bot: AlertBot, given: str, expected: Mention
) -> None:
    await bot.ask(f"/huawei subscribe de mention:{given}", Role.MANAGER)

    subscription = await bot.here()
    assert subscription is not None
    assert expected == subscription.mention


@pytest.mark.parametrize("given", [f"<@&{ROLE}>", ROLE])
async def test_a_discord_role_is_read_as_a_mention_or_an_id(bot: AlertBot, given: str) -> None:
    await bot.ask(f"/huawei subscribe de mention:{given}", Role.MANAGER, DISCORD)

    subscription = await bot.store.for_channel(DISCORD)
    assert subscription is not None
    assert Mention(MentionKind.ROLE, ROLE) == subscription.mention


async def test_subscribing_again_keeps_the_mention_and_none_clears_it(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de mention:S0POLICY", Role.MANAGER)
    kept = await bot.ask("/huawei subscribe fr", Role.MANAGER)
    after_keep = await bot.here()
    cleared = await bot.ask("/huawei subscribe mention:none", Role.MANAGER)
    after_clear = await bot.here()

    assert after_keep is not None
    assert after_clear is not None
    assert Mention(MentionKind.GROUP, "S0POLICY") == after_keep.mention
    assert "Countries: 🇩🇪 Germany → 🇫🇷 France" == fields_of(kept)["Changed"]
    assert None is after_clear.mention
    assert "Mention: the user group S0POLICY → nobody" == fields_of(cleared)["Changed"]
    assert "Mention" not in fields_of(cleared)


@pytest.mark.parametrize(
    ("given", "channel"),
    [
        ("@everyone", HERE),
        ("@here", HERE),
        ("<!channel>", HERE),
        ("<!here|here>", HERE),
        ("@everyone", DISCORD),
        (f"<@&{GUILD}>", DISCORD),  # Discord's @everyone role has the server's id
    ],
)
async def test_pinging_everyone_is_refused_and_nothing_is_stored(
    bot: AlertBot, given: str, channel: Channel
) -> None:
    reply = await bot.ask(f"/huawei subscribe de mention:{given}", Role.MANAGER, channel)

    assert (Tone.ERROR, say("en", "error.mention.everyone")) == (reply.tone, reply.text)
    assert None is await bot.store.for_channel(channel)


@pytest.mark.parametrize(
    ("given", "channel", "says"),
    [
        ("@policy", HERE, "Copy group ID"),
        ("<@900000000000000004>", DISCORD, "a role, not one person"),
        ("policy", DISCORD, "is not a role"),
        ("S0POLICY", Channel("console", "console", "console"), "the terminal pings nobody"),
    ],
)
async def test_what_cannot_be_a_mention_gets_a_clear_error(
    bot: AlertBot, given: str, channel: Channel, says: str
) -> None:
    reply = await bot.ask(f"/huawei subscribe de mention:{given}", Role.MANAGER, channel)

    assert Tone.ERROR == reply.tone
    assert says in reply.text


async def test_a_bad_mention_leaves_the_subscription_as_it_was(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de mention:S0POLICY", Role.MANAGER)
    await bot.ask("/huawei subscribe fr mention:@channel", Role.MANAGER)

    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset({"DE"}), Mention(MentionKind.GROUP, "S0POLICY")) == (
        subscription.countries,
        subscription.mention,
    )


async def test_subscriptions_shows_the_mention_and_threads(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de mention:S0POLICY", Role.MANAGER)
    await bot.ask("/huawei threads on", Role.ADMIN)

    fields = fields_of(await bot.ask("/huawei subscriptions", Role.MEMBER))

    assert "the user group S0POLICY" == fields["Mention"]
    assert fields["Threads"].startswith("on")


async def test_threads_on_and_off_are_stored_and_said(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)

    on = await bot.ask("/huawei threads on", Role.ADMIN)
    stored_on = await bot.here()
    again = await bot.ask("/huawei threads ON", Role.ADMIN)
    off = await bot.ask("/huawei threads off", Role.ADMIN)
    stored_off = await bot.here()

    assert stored_on is not None
    assert stored_off is not None
    assert (True, False) == (stored_on.threads, stored_off.threads)
    assert ["Threads on", "Threads are already on", "Threads off"] == [
        on.title,
        again.title,
        off.title,
    ]


@pytest.mark.parametrize(
    ("text", "role", "says"),
    [
        ("/huawei threads maybe", Role.ADMIN, "Usage: `/huawei threads on`"),
        ("/huawei threads on", Role.MANAGER, "Only a workspace or server admin may do that"),
    ],
)
async def test_threads_refuses_a_wrong_word_and_a_member(
    bot: AlertBot, text: str, role: Role, says: str
) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)

    reply = await bot.ask(text, role)

    subscription = await bot.here()
    assert subscription is not None
    assert (Tone.ERROR, False) == (reply.tone, subscription.threads)
    assert says in reply.text


async def test_threads_without_a_subscription_says_how_to_start_one(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei threads on", Role.ADMIN)

    assert (Tone.ERROR, True) == (reply.tone, "/huawei subscribe" in reply.text)


async def test_the_settings_say_mention_and_threads_in_the_channels_language(
    bot: AlertBot,
) -> None:
    await bot.ask("/huawei subscribe de mention:S0POLICY", Role.MANAGER)
    await bot.ask("/huawei language de", Role.ADMIN)

    reply = await bot.ask("/huawei threads on", Role.ADMIN)

    fields = fields_of(reply)
    assert "die Benutzergruppe S0POLICY" == fields["Erwähnung"]
    assert fields["Threads"].startswith("an: ")
