from __future__ import annotations

from datetime import date

import pytest

from bot.app import App
from bot.core.models import Stance
from bot.core.replies import Tone
from bot.core.wording import name_key
from tests.conftest import ask


@pytest.mark.parametrize("name", ["uk", "Britain", "GB", "United Kingdom", "British"])
async def test_the_uk_card_shows_banned_since_july_2020_with_a_source(app: App, name: str) -> None:
    reply = await ask(app, f"/huawei country {name}")
    fields = {field.name: field.value for field in reply.fields}
    assert (Stance.BANNED, "14 Jul 2020") == (reply.stance, fields["Since"])
    assert reply.title.startswith("🇬🇧 United Kingdom")
    assert reply.links
    assert all(link.url.startswith("https://") for link in reply.links)


async def test_an_unknown_country_is_a_clear_error_without_absurd_suggestions(app: App) -> None:
    reply = await ask(app, "/huawei country Narnia")
    assert (Tone.ERROR, "No country matches “Narnia”.") == (reply.tone, reply.text)


async def test_a_typo_still_finds_germany(app: App) -> None:
    reply = await ask(app, "/huawei country Germnay")
    assert reply.title.startswith("🇩🇪 Germany")


async def test_a_miss_with_close_names_suggests_them(app: App) -> None:
    reply = await ask(app, "/huawei country Swedenland")
    assert Tone.ERROR == reply.tone
    assert "Did you mean Sweden?" in reply.text


async def test_a_country_with_no_position_says_so(app: App) -> None:
    reply = await ask(app, "/huawei country Antarctica")
    assert Stance.UNKNOWN == reply.stance
    assert "No public position on record." == reply.text


async def test_list_banned_names_the_banned_countries(app: App) -> None:
    reply = await ask(app, "/huawei list banned")
    banned = {r.country for r in await app.records.all() if r.stance == Stance.BANNED}
    listed = {line.split(" ")[0] for line in reply.text.splitlines()}
    assert {app.countries.get(code).flag for code in banned} == listed
    assert {"GB", "AU", "SE", "CA"} <= banned


async def test_list_restricted_eu_only_lists_restricted_eu_members(app: App) -> None:
    reply = await ask(app, "/huawei list restricted eu")
    eu = app.countries.group("eu")
    assert eu is not None
    expected = {
        app.countries.get(r.country).name
        for r in await app.records.all()
        if r.stance == Stance.RESTRICTED and r.country in eu.members
    }
    assert expected
    assert expected == {line.split(" · ")[0].split(" ", 1)[1] for line in reply.text.splitlines()}


async def test_list_without_arguments_gives_counts_per_stance(app: App) -> None:
    reply = await ask(app, "/huawei list")
    assert any(field.name.startswith("Banned (") for field in reply.fields)


async def test_list_rejects_a_word_that_is_neither_stance_nor_group(app: App) -> None:
    reply = await ask(app, "/huawei list sideways")
    assert Tone.ERROR == reply.tone
    assert "neither a stance" in reply.text


async def test_history_is_oldest_first(app: App) -> None:
    reply = await ask(app, "/huawei history uk")
    dates = [date.fromisoformat(line[2:12]) for line in reply.text.splitlines()]
    assert sorted(dates) == dates
    assert date(2020, 7, 14) == dates[-1]


async def test_an_unknown_subcommand_names_the_commands_without_the_whole_help(app: App) -> None:
    reply = await ask(app, "/huawei frobnicate")
    assert ("Unknown command", (), True) == (
        reply.title,
        reply.fields,
        reply.text.startswith("Unknown command “frobnicate”. Commands: country, feeds,"),
    )


async def test_a_corrected_name_says_which_country_it_shows(app: App) -> None:
    corrected = await ask(app, "/huawei country Austrai")
    exact = await ask(app, "/huawei country Austria")
    assert corrected.text.startswith("Showing Austria: no country is called “Austrai”.")
    assert not exact.text.startswith("Showing")


async def test_a_corrected_name_in_history_says_so_too(app: App) -> None:
    reply = await ask(app, "/huawei history Germnay")
    assert reply.text.startswith("Showing Germany: no country is called “Germnay”.")


async def test_list_understands_a_stance_of_two_words(app: App) -> None:
    reply = await ask(app, "/huawei list under review")
    assert (Stance.UNDER_REVIEW, True) == (reply.stance, reply.title.startswith("Under review: "))


async def test_a_mistyped_stance_in_list_gets_a_suggestion(app: App) -> None:
    reply = await ask(app, "/huawei list bannned")
    assert (Tone.ERROR, True) == (reply.tone, reply.text.endswith("Did you mean `list banned`?"))


async def test_lists_are_in_the_readers_alphabetical_order(app: App) -> None:
    reply = await ask(app, "/huawei list")
    for field in reply.fields:
        names = field.value.split(", ")
        assert sorted(names, key=name_key) == names
    assert reply.fields


async def test_counts_name_the_eu_and_antarctica_apart_from_countries(app: App) -> None:
    world = await ask(app, "/huawei list")
    eu = await ask(app, "/huawei list eu")
    assert world.text.startswith("249 countries, the EU and Antarctica;")
    assert eu.text.startswith("27 countries;")


async def test_lookups_are_private_unless_made_public(app: App) -> None:
    private = await ask(app, "/huawei country se")
    public = await ask(app, "/huawei country se public:true")
    assert (True, False) == (private.private, public.private)
