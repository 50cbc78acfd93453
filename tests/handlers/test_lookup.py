from __future__ import annotations

from datetime import date

import pytest

from bot.app import App
from bot.core.models import Stance
from bot.core.replies import Tone
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


async def test_an_unknown_subcommand_shows_the_help(app: App) -> None:
    reply = await ask(app, "/huawei frobnicate")
    assert ("stancebot help", True) == (reply.title, reply.text.startswith("Unknown command"))


async def test_lookups_are_private_unless_made_public(app: App) -> None:
    private = await ask(app, "/huawei country se")
    public = await ask(app, "/huawei country se public:true")
    assert (True, False) == (private.private, public.private)
