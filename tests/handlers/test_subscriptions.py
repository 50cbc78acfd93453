"""`/huawei subscribe|unsubscribe|subscriptions` through the dispatcher and a real SQLite store."""

from __future__ import annotations

import pytest

from bot.core.access import Role
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind
from bot.core.replies import Tone
from bot.core.subscriptions import Channel, Digest
from tests.conftest import FIXED_NOW
from tests.handlers.alerting import HERE, AlertBot


async def test_a_manager_subscribes_the_channel_to_two_countries(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscribe de,fr", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (Tone.SUCCESS, "Subscribed") == (reply.tone, reply.title)
    assert (frozenset({"DE", "FR"}), AlertKind.CHANGE, Digest.OFF, "U-MANAGER") == (
        subscription.countries,
        subscription.level,
        subscription.digest,
        subscription.created_by,
    )
    assert "stance changes about 🇫🇷 France, 🇩🇪 Germany" in reply.text


async def test_a_member_is_refused_privately_and_nothing_is_stored(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscribe de", Role.MEMBER)
    assert (Tone.ERROR, True) == (reply.tone, reply.private)
    assert "Only a channel manager may do that; you are a channel member." == reply.text
    assert None is await bot.here()


async def test_subscribing_twice_updates_the_one_row_and_says_so(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    reply = await bot.ask("/huawei subscribe five-eyes reaffirm digest:daily", Role.MANAGER)
    rows = await bot.store.for_tenant("slack", "T1")
    assert "Updated this channel's subscription" == reply.title
    assert [(frozenset({"US", "GB", "CA", "AU", "NZ"}), AlertKind.REAFFIRM, Digest.DAILY)] == [
        (s.countries, s.level, s.digest) for s in rows
    ]
    fields = {f.name: f.value for f in reply.fields}
    assert (
        "Countries: 🇩🇪 Germany → Five Eyes (5)\n"
        "Alerts: stance changes → stance changes and reaffirmations\n"
        "Digest: off → daily"
    ) == fields["Changed"]
    assert "Five Eyes (5)" == fields["Countries"]


async def test_subscribing_again_keeps_what_it_does_not_name(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe five-eyes reaffirm digest:daily", Role.MANAGER)
    reply = await bot.ask("/huawei subscribe Germany", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset({"DE"}), AlertKind.REAFFIRM, Digest.DAILY) == (
        subscription.countries,
        subscription.level,
        subscription.digest,
    )
    assert (
        "Countries: Five Eyes (5) → 🇩🇪 Germany"
        == {f.name: f.value for f in reply.fields}["Changed"]
    )


async def test_subscribing_again_with_nothing_new_says_nothing_changed(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de digest:weekly", Role.MANAGER)
    reply = await bot.ask("/huawei subscribe", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset({"DE"}), Digest.WEEKLY) == (subscription.countries, subscription.digest)
    assert "Nothing: it was already so." == {f.name: f.value for f in reply.fields}["Changed"]


async def test_subscribing_to_all_after_a_list_widens_it(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    await bot.ask("/huawei subscribe all", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert frozenset() == subscription.countries


async def test_the_eu_group_expands_to_its_27_members(
    bot: AlertBot, countries: CountryIndex
) -> None:
    await bot.ask("/huawei subscribe eu", Role.MANAGER)
    subscription = await bot.here()
    eu = countries.group("eu")
    assert eu is not None
    assert subscription is not None
    assert (27, frozenset(eu.members)) == (len(subscription.countries), subscription.countries)


async def test_groups_countries_and_multi_word_names_mix(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscribe eu, united kingdom mention", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (28, True, AlertKind.MENTION) == (
        len(subscription.countries),
        "GB" in subscription.countries,
        subscription.level,
    )
    assert (
        "EU members (27), 🇬🇧 United Kingdom" == {f.name: f.value for f in reply.fields}["Countries"]
    )


@pytest.mark.parametrize("text", ["/huawei subscribe", "/huawei subscribe all"])
async def test_no_countries_or_all_means_every_country(bot: AlertBot, text: str) -> None:
    reply = await bot.ask(text, Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset(), "every country") == (
        subscription.countries,
        {f.name: f.value for f in reply.fields}["Countries"],
    )


async def test_options_name_countries_level_and_digest(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe countries:de,jp level:mention digest:weekly", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset({"DE", "JP"}), AlertKind.MENTION, Digest.WEEKLY) == (
        subscription.countries,
        subscription.level,
        subscription.digest,
    )


async def test_an_unknown_country_is_named_with_suggestions(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscribe de,swedenland", Role.MANAGER)
    assert (Tone.ERROR, "Unknown country") == (reply.tone, reply.title)
    assert "No country matches “swedenland”. Did you mean Sweden?" == reply.text
    assert None is await bot.here()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("/huawei subscribe de change mention", "Choose one level: change, reaffirm or mention."),
        ("/huawei subscribe level:loud", "“loud” is not a level: use change, reaffirm or mention."),
        ("/huawei subscribe digest:hourly", "“hourly” is not a digest"),
    ],
)
async def test_bad_levels_and_digests_are_explained(bot: AlertBot, text: str, message: str) -> None:
    reply = await bot.ask(text, Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith(message))


async def test_unsubscribing_some_countries_keeps_the_rest(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de,fr,it reaffirm", Role.MANAGER)
    reply = await bot.ask("/huawei unsubscribe fr,it", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (frozenset({"DE"}), AlertKind.REAFFIRM) == (subscription.countries, subscription.level)
    assert "Removed 🇫🇷 France, 🇮🇹 Italy" == reply.title


async def test_removing_the_last_country_removes_the_subscription_and_says_so(
    bot: AlertBot,
) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    reply = await bot.ask("/huawei unsubscribe germany", Role.MANAGER)
    assert None is await bot.here()
    assert "That was the last country" in reply.text


async def test_unsubscribe_without_countries_removes_everything(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe eu", Role.MANAGER)
    reply = await bot.ask("/huawei unsubscribe", Role.MANAGER)
    assert ("Unsubscribed", None) == (reply.title, await bot.here())


async def test_a_country_cannot_be_taken_from_an_every_country_subscription(
    bot: AlertBot,
) -> None:
    await bot.ask("/huawei subscribe", Role.MANAGER)
    reply = await bot.ask("/huawei unsubscribe fr", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert (Tone.ERROR, frozenset()) == (reply.tone, subscription.countries)
    assert "no list to take 🇫🇷 France from" in reply.text


async def test_unsubscribing_a_country_not_in_the_list_is_explained(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    reply = await bot.ask("/huawei unsubscribe fr", Role.MANAGER)
    assert (Tone.ERROR, "🇫🇷 France: not in this channel's subscription (🇩🇪 Germany).") == (
        reply.tone,
        reply.text,
    )


async def test_unsubscribe_with_no_subscription_says_there_is_none(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei unsubscribe", Role.MANAGER)
    assert (Tone.WARNING, "This channel has no subscription") == (reply.tone, reply.title)


async def test_a_member_reads_this_channels_subscription(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    await bot.ask("/huawei mute all 1h", Role.MANAGER)
    reply = await bot.ask("/huawei subscriptions", Role.MEMBER)
    fields = {f.name: f.value for f in reply.fields}
    assert ("This channel's subscription", "🇩🇪 Germany") == (reply.title, fields["Countries"])
    assert "1 active mute (`/huawei mutes`)" == fields["Silences"]


async def test_an_admin_sees_the_whole_tenant_with_disabled_ones_and_why(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    await bot.ask("/huawei subscribe eu", Role.MANAGER, Channel("slack", "T1", "C-eu"))
    await bot.ask("/huawei subscribe", Role.MANAGER, Channel("slack", "T2", "C-other"))
    gone = await bot.store.for_channel(Channel("slack", "T1", "C-eu"))
    assert gone is not None
    await bot.store.disable(gone.id, "channel not found (404)")
    reply = await bot.ask("/huawei subscriptions", Role.ADMIN)
    assert "Subscriptions in this workspace: 2" == reply.title
    assert [
        ("#C-eu", "stance changes about EU members (27)\n⛔ disabled: channel not found (404)"),
        ("#C-news (this channel)", "stance changes about 🇩🇪 Germany"),
    ] == [(f.name, f.value) for f in reply.fields]


async def test_a_member_may_not_list_the_whole_tenant(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei subscriptions all:true", Role.MEMBER)
    assert Tone.ERROR == reply.tone


async def test_resubscribing_re_enables_a_disabled_subscription(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe de", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    await bot.store.disable(subscription.id, "bot removed (403)")
    reply = await bot.ask("/huawei subscribe de", Role.MANAGER)
    again = await bot.here()
    assert again is not None
    assert (True, "") == (again.active, again.disabled_reason)
    assert "It had been disabled (bot removed (403)); it is active again." in reply.text


async def test_the_countries_option_is_a_list_of_its_own(bot: AlertBot) -> None:
    await bot.ask("/huawei subscribe new zealand countries:jp,kr", Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert frozenset({"NZ", "JP", "KR"}) == subscription.countries


async def test_a_code_no_longer_in_the_index_is_still_listed(bot: AlertBot) -> None:
    await bot.store.subscribe(
        HERE,
        frozenset({"DE", "YU"}),  # YU: Yugoslavia, gone from ISO 3166 since 2003
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="U",
        now=FIXED_NOW,
    )
    reply = await bot.ask("/huawei subscriptions", Role.MEMBER)
    assert "🇩🇪 Germany, YU" == {f.name: f.value for f in reply.fields}["Countries"]


async def test_a_long_official_name_is_one_country(bot: AlertBot) -> None:
    text = "/huawei subscribe United Kingdom of Great Britain and Northern Ireland, fr"
    await bot.ask(text, Role.MANAGER)
    subscription = await bot.here()
    assert subscription is not None
    assert frozenset({"GB", "FR"}) == subscription.countries
