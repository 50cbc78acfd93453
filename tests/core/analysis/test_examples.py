"""The issue's must-pass examples, and the reading rules behind them, one sentence at a time."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from bot.core.models import Stance
from tests.core.analysis.conftest import item, read, signals, stances


def test_a_clear_ban_headline_is_a_confident_ban(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Sweden bans Huawei and ZTE from its 5G networks"))
    [finding] = analysis.findings
    assert ("SE", Stance.BANNED) == (finding.country, finding.stance)
    assert finding.confidence >= 0.8
    assert "Sweden bans Huawei and ZTE from its 5G networks" == finding.evidence


def test_a_negated_exclusion_is_allowed(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Germany won't exclude Huawei from 5G, Merkel says"))
    assert {("DE", "allowed")} == stances(analysis)


def test_a_warning_to_allies_signals_no_stance_for_anyone(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("US warns allies over Huawei"))
    assert analysis.relevant
    assert set() == signals(analysis)
    assert "US" not in {f.country for f in analysis.findings}


def test_a_phone_launch_is_relevant_without_a_stance(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Huawei unveils new foldable phone"))
    assert analysis.relevant
    assert set() == signals(analysis)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Italy denies plans to exclude Huawei from 5G", {("IT", "allowed")}),
        ("Norway has no plans to ban Huawei, minister says", {("NO", "allowed")}),
        ("Brazil's vice president rejects calls to ban Huawei", {("BR", "allowed")}),
        ("Swiss government rules out Huawei ban", {("CH", "allowed")}),
        ("Poland does not rule out Huawei ban", {("PL", "under_review")}),
        ("Slovakia lifts ban on Huawei after government change", {("SK", "allowed")}),
        ("UK not planning to reverse Huawei 5G ban, minister says", {("GB", "banned")}),
        ("Ghana denies Huawei ban report, says vendor remains welcome", {("GH", "allowed")}),
        ("Greece rules out banning Huawei from 5G networks", {("GR", "allowed")}),
    ],
)
def test_negations_and_lifted_bans(analyser: Analyser, title: str, expected: set[object]) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("US urges UK to drop Huawei", set()),
        ("China warns India of consequences if it blocks Huawei", set()),
        ("Tory MPs urge Johnson to ban Huawei", set()),
        (
            "Washington presses Brazil on Huawei as Brasilia weighs 5G rules",
            {("BR", "under_review")},
        ),
        ("Malaysia rejects US calls to shut out Huawei", {("MY", "allowed")}),
    ],
)
def test_the_lobbying_party_is_never_the_subject(
    analyser: Analyser, title: str, expected: set[object]
) -> None:
    assert expected == read(analyser, title)


def test_the_target_of_lobbying_is_under_review_only_when_it_is_weighing(
    analyser: Analyser,
) -> None:
    analysis = analyser.analyse(
        item(
            "US presses UK to drop Huawei ahead of 5G decision",
            "A US delegation handed British officials a dossier on Huawei as Downing Street "
            "finalises its review of the company's role in 5G.",
        )
    )
    assert {("GB", "under_review")} == stances(analysis)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tokyo shuts Huawei and ZTE out of government procurement", {("JP", "restricted")}),
        ("UK allows Huawei limited role in 5G, keeps it out of the core", {("GB", "restricted")}),
        ("Austrian regulator caps Huawei share of 5G radio network at 30%", {("AT", "restricted")}),
        (
            "Philippine defence ministry bars Huawei towers from military camps",
            {("PH", "restricted")},
        ),
        # Core only, or some components: restricted (the conventions); core and radio: banned.
        ("Berlin to rip Huawei components out of Germany's 5G networks", {("DE", "restricted")}),
        ("Germany agrees to remove Huawei from 5G core networks by 2026", {("DE", "restricted")}),
        ("Germany orders Huawei out of its 5G core and radio networks", {("DE", "banned")}),
        (
            "France won't ban Huawei outright but won't renew its 5G licences",
            {("FR", "restricted")},
        ),
        # No ban, but operators steered away from it: something less than a ban.
        (
            "Belgium won't ban Huawei, but will encourage operators to avoid it",
            {("BE", "restricted")},
        ),
        (
            "Belgian government decides against banning Huawei, but recommends avoiding it",
            {("BE", "restricted")},
        ),
        # A "but" about something else changes nothing.
        ("Belgium won't ban Huawei, but the debate goes on", {("BE", "allowed")}),
    ],
)
def test_partial_measures_are_restricted_and_removals_banned(
    analyser: Analyser, title: str, expected: set[object]
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Saudi Arabia's STC picks Huawei for 5G rollout", {("SA", "partnered")}),
        ("Safaricom launches Huawei-built 5G network in Kenya", {("KE", "partnered")}),
        ("MTN Nigeria launches 5G with Huawei", {("NG", "partnered")}),
        ("Jordan's Orange picks Huawei for 5G", {("JO", "partnered")}),
        ("Ooredoo and Huawei agree to cooperate on 5.5G in Qatar", {("QA", "partnered")}),
        ("Denmark's TDC picks Ericsson over Huawei for 5G", set()),
        ("Norway's Telenor replaces Huawei with Ericsson for 5G", set()),
    ],
)
def test_operators_partner_for_their_country_but_never_ban_for_it(
    analyser: Analyser, title: str, expected: set[object]
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    "title",
    [
        "Should Canada ban Huawei?",
        "Will Germany finally ban Huawei?",
        "Berlin bans Huawei? Not so fast - the decision waits",
        "Opinion: Why India must keep Huawei out of its 5G networks",
        "Editorial: Australia was right to shut out Huawei",
        "Op-ed: Nigeria should think twice before deepening ties with Huawei",
    ],
)
def test_questions_and_opinion_give_no_stance(analyser: Analyser, title: str) -> None:
    analysis = analyser.analyse(item(title))
    assert analysis.relevant
    assert set() == signals(analysis)


def test_a_question_after_a_dash_leaves_the_report_before_it(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Kanada verbannt Huawei - folgt bald die Schweiz?"))
    assert {("CA", "banned")} == signals(analysis)


def test_a_question_still_names_the_country_it_is_about(analyser: Analyser) -> None:
    assert {("CA", None)} == stances(analyser.analyse(item("Should Canada ban Huawei?")))


def test_coordinated_countries_share_the_verb(analyser: Analyser) -> None:
    analysis = analyser.analyse(
        item("Australia and New Zealand shut out Huawei while UK weighs its options")
    )
    expected = {("AU", "banned"), ("NZ", "banned"), ("GB", "under_review")}
    assert expected == signals(analysis)


def test_a_country_merely_named_is_not_a_subject(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Seoul keeps Huawei gear away from US military bases", ""))
    assert {("KR", "restricted")} == stances(analysis)


def test_a_summary_only_cue_is_clearly_less_sure_than_a_headline(analyser: Analyser) -> None:
    headline = analyser.analyse(item("Canada bans Huawei and ZTE from its 5G networks"))
    summary = analyser.analyse(
        item(
            "Huawei faces setbacks across North America",
            "Operators expect more costs. Canada has banned Huawei from its 5G networks.",
        )
    )
    [strong], [weak] = headline.findings, summary.signals
    assert ("CA", "CA") == (strong.country, weak.country)
    assert strong.confidence >= 0.8
    assert weak.confidence <= strong.confidence - 0.2


def test_agreeing_sentences_raise_confidence_and_conflicting_ones_lower_it(
    analyser: Analyser,
) -> None:
    title = "Hungary won't ban Huawei, foreign minister says"
    agreeing = analyser.analyse(item(title, "Budapest has no intention of excluding Huawei."))
    conflicting = analyser.analyse(item(title, "Hungary moved to exclude Huawei from 5G."))
    alone = analyser.analyse(item(title))
    assert agreeing.findings[0].confidence > alone.findings[0].confidence
    assert conflicting.findings[0].confidence < alone.findings[0].confidence


def test_hedges_lower_confidence(analyser: Analyser) -> None:
    plain = analyser.analyse(item("Denmark bans Huawei from 5G"))
    hedged = analyser.analyse(item("Denmark could ban Huawei from 5G, sources say"))
    assert hedged.findings[0].confidence < plain.findings[0].confidence


def test_findings_without_a_stance_have_zero_confidence(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Huawei CFO Meng Wanzhou arrested in Canada"))
    assert [("CA", None, 0.0)] == [(f.country, f.stance, f.confidence) for f in analysis.findings]


def test_an_irrelevant_item_is_not_read_further(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("France bans short-haul domestic flights"))
    assert (False, (), ()) == (analysis.relevant, analysis.mentions, analysis.findings)


def test_the_explanation_walks_through_every_stage(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("US urges UK to drop Huawei as Britain weighs 5G role"))
    text = "\n".join(analysis.explanation)
    assert "relevant: “Huawei”" in text
    assert "found US as “US” (code)" in text
    assert "the lobbying party (“urges”)" in text
    assert "inside lobbying" in text
    assert "GB: under_review at" in text


def test_chip_and_trade_measures_are_not_network_stances(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("US tightens chip rules to cut Huawei off from foundries"))
    assert set() == signals(analysis)
