"""`/huawei keywords list|add|remove|test` through the dispatcher and a real SQLite store."""

from __future__ import annotations

import pytest

from bot.core.access import Role
from bot.core.analysis import DEFAULT_KEYWORDS
from bot.core.replies import Tone
from handlers.keywords import typed_term
from tests.handlers.alerting import AlertBot


async def own_terms(bot: AlertBot) -> tuple[str, ...]:
    return await bot.store.keywords("slack", "T1")


async def test_a_tenant_without_its_own_list_sees_the_defaults(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei keywords list", Role.ADMIN)
    assert f"Watched keywords ({len(DEFAULT_KEYWORDS)})" == reply.title
    assert reply.text.endswith("The defaults: not changed here yet.")
    assert "`huawei`" in reply.text


async def test_adding_a_phrase_and_an_exclusion_keeps_the_defaults(bot: AlertBot) -> None:
    reply = await bot.ask('/huawei keywords add "State Aid" -honor', Role.ADMIN)
    assert (Tone.SUCCESS, "Keywords updated") == (reply.tone, reply.title)
    assert {*DEFAULT_KEYWORDS, '"state aid"', "-honor"} == set(await own_terms(bot))
    assert reply.text.startswith('Added `"state aid"`, `-honor`.')


async def test_a_quoted_exclusion_stays_one_term(bot: AlertBot) -> None:
    await bot.ask("/huawei keywords add '-\"phone review\"'", Role.ADMIN)
    assert '-"phone review"' in await own_terms(bot)


async def test_every_change_is_logged_with_who_made_it(bot: AlertBot) -> None:
    await bot.ask("/huawei keywords add ericsson", Role.ADMIN)
    await bot.ask("/huawei keywords remove zte", Role.OPERATOR)
    log = await bot.store.keyword_log("slack", "T1", 2)
    assert [("remove", "zte", "U-OPERATOR"), ("add", "ericsson", "U-ADMIN")] == [
        (e.action, e.term, e.actor) for e in log
    ]
    reply = await bot.ask("/huawei keywords list", Role.ADMIN)
    changes = {f.name: f.value for f in reply.fields}["Recent changes"].splitlines()
    assert "2026-11-01 12:00 UTC · removed `zte` by U-OPERATOR" == changes[0]


async def test_adding_a_watched_term_changes_nothing(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei keywords add Huawei", Role.ADMIN)
    assert (Tone.WARNING, "Already watched: `huawei`.") == (reply.tone, reply.text)
    assert () == await own_terms(bot)
    assert [] == await bot.store.keyword_log("slack", "T1", 10)


async def test_removing_terms_reports_those_not_in_the_list(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei keywords remove zte nokia", Role.ADMIN)
    assert "Removed `zte`.\nNot in the list: `nokia`." == reply.text
    assert "zte" not in await own_terms(bot)


async def test_removing_the_last_own_term_brings_the_defaults_back(bot: AlertBot) -> None:
    for term in DEFAULT_KEYWORDS:
        await bot.ask(f"/huawei keywords remove '{term}'", Role.ADMIN)
    reply = await bot.ask("/huawei keywords list", Role.ADMIN)
    assert () == await own_terms(bot)
    assert reply.text.endswith("The defaults: not changed here yet.")


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MANAGER])
async def test_only_admins_touch_keywords(bot: AlertBot, role: Role) -> None:
    reply = await bot.ask("/huawei keywords add ericsson", role)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("Only a workspace or server"))
    assert () == await own_terms(bot)


@pytest.mark.parametrize("term", ["+++", "'\"unbalanced'"])
async def test_an_invalid_term_is_refused_and_nothing_is_stored(bot: AlertBot, term: str) -> None:
    reply = await bot.ask(f"/huawei keywords add ericsson {term}", Role.ADMIN)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("Invalid keyword"))
    assert () == await own_terms(bot)


async def test_add_without_terms_shows_the_usage(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei keywords add", Role.ADMIN)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("Usage: keywords add"))


async def test_a_sample_that_matches_passes_and_names_the_terms(bot: AlertBot) -> None:
    reply = await bot.ask(
        "/huawei keywords test Germany weighs a ban on high-risk vendors like Huawei", Role.ADMIN
    )
    fields = {f.name: f.value for f in reply.fields}
    assert ("Passes", '`huawei`, `"high-risk vendor"`', "none") == (
        reply.title,
        fields["Keywords matched"],
        fields["Exclusions matched"],
    )


async def test_an_exclusion_filters_a_sample_out(bot: AlertBot) -> None:
    await bot.ask("/huawei keywords add -honor", Role.ADMIN)
    reply = await bot.ask("/huawei keywords test Huawei launches a new Honor phone", Role.ADMIN)
    fields = {f.name: f.value for f in reply.fields}
    assert ("Filtered out", "`-honor`") == (reply.title, fields["Exclusions matched"])
    assert reply.text.startswith("An exclusion matches")


async def test_a_sample_matching_nothing_is_filtered_out(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei keywords test The weather in Oslo", Role.ADMIN)
    assert ("Filtered out", True) == (reply.title, reply.text.startswith("No keyword matches"))


@pytest.mark.parametrize(
    ("typed", "term"),
    [("Huawei", "huawei"), ("state aid", '"state aid"'), ("-phone review", '-"phone review"')],
)
def test_a_term_arrives_without_quotes_and_gets_them_back(typed: str, term: str) -> None:
    assert term == typed_term(typed)
