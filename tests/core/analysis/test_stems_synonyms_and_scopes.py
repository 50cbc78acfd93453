"""A lexicon generated from stems, enacted laws, lifted exclusions, counterfactual clauses,
scopes, coordinated multi-country summaries. Every sentence is written for this test."""

from __future__ import annotations

import re

import pytest

from bot.core.analysis import Analyser
from bot.core.analysis.stems import forms, verb
from tests.core.analysis.conftest import Signals, read


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("bar", ["bar", "bars", "barred", "barring"]),
        ("exclude", ["exclude", "excludes", "excluded", "excluding"]),
        ("disqualify", ["disqualify", "disqualifies", "disqualified", "disqualify" + "ing"]),
        ("probe", ["probe", "probes", "probed", "probing"]),
        ("push", ["push", "pushes", "pushed", "pushing"]),
        ("limit", ["limit", "limits", "limited", "limiting"]),
        ("freeze", ["freeze", "freezes", "froze", "frozen", "freezing"]),
    ],
)
def test_stems_inflect(stem: str, expected: list[str]) -> None:
    assert expected == forms(stem)


def test_a_phrasal_verb_takes_its_object_before_the_particle() -> None:
    pattern = re.compile(verb("freeze out"))
    assert pattern.match("froze the Chinese vendor out")
    assert pattern.match("freezing out")
    assert not pattern.match("froze wages")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Near-synonyms generated from stems, in every inflection.
        ("Latvia freezes Huawei out of its 5G rollout", "", {("LV", "banned")}),
        ("Slovakia locked ZTE out of the spectrum tender", "", {("SK", "banned")}),
        ("Chile keeps Huawei kit off its new 5G towers", "", {("CL", "banned")}),
        ("New decree rules Huawei out of Croatia's networks", "", {("HR", "banned")}),
        ("Malta blacklists Huawei equipment for 5G networks", "", {("MT", "banned")}),
        ("Lithuanian regulator disqualifies ZTE from 5G tender", "", {("LT", "banned")}),
        ("Huawei gear must be taken out of Greece's networks", "", {("GR", "banned")}),
        ("Peru ring-fences Huawei in the radio layer", "", {("PE", "restricted")}),
        ("Austria tightens vetting of 5G vendors such as Huawei", "", {("AT", "restricted")}),
        ("Iceland probes Huawei's role in 5G", "", {("IS", "under_review")}),
        ("Norway holds off on Huawei decision", "", {("NO", "under_review")}),
        ("Cyprus greenlit Huawei for its 5G rollout", "", {("CY", "allowed")}),
        (
            "Uruguay keeps 5G auction open to every vendor",
            "Huawei and its rivals face no special conditions.",
            {("UY", "allowed")},
        ),
        ("Vietnam's Viettel inks 5G deal with Huawei", "", {("VN", "partnered")}),
        # A vague verb of degree is no restriction by itself.
        ("Oslo tightens grip on telecom hardware", "", set()),
    ],
)
def test_generated_synonyms(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # A court or agency that quashes an exclusion lets the vendor in; one that suspends it
        # leaves the question pending (the conventions: under review).
        ("Danish court suspends Huawei exclusion from 5G auction", "", {("DK", "under_review")}),
        ("Judges quash Slovenia's ban on Huawei", "", {("SI", "allowed")}),
        # Scrapping or removing a clause that excludes: allowed.
        ("Colombia scraps the Huawei clause from its tender rules", "", {("CO", "allowed")}),
        (
            "Ministry rewrites spectrum rules",
            "Mexico's ministry removed a provision that would have barred ZTE from the auction.",
            {("MX", "allowed")},
        ),
        # A counterfactual ("would have forced") is what did not happen.
        (
            "Operators relieved",
            "The rules would have forced Thai operators to drop Huawei gear.",
            set(),
        ),
        # A draft is pending; a law signed or in force is decided.
        (
            "Lisbon drafts powers to exclude high-risk 5G vendors such as Huawei",
            "",
            {("PT", "under_review")},
        ),
        (
            "Spending bill bars federal agencies from buying ZTE gear",
            "The act, signed by the President of the United States, takes effect next year.",
            {("US", "restricted")},
        ),
        # A review that presses is a lobbyist, not a pending decision.
        ("EU assessment urges curbs on Huawei", "", set()),
        # Denying that a review was shelved decides nothing; the review goes on.
        (
            "Minister says security examination of Huawei continues",
            "Australia's minister said so, rejecting claims that the review had been shelved.",
            {("AU", "under_review")},
        ),
    ],
)
def test_lifts_drafts_and_counterfactuals(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Scope words make an exclusion partial.
        ("Finland excludes Huawei from network cores", "", {("FI", "restricted")}),
        (
            "European Commission cuts ZTE from its corporate networks",
            "",
            {("EU", "restricted")},
        ),
        ("Poland bans Huawei only from government networks", "", {("PL", "restricted")}),
        ("South Korea bars Huawei masts near military bases", "", {("KR", "restricted")}),
        # An exclusion whose carve-out lets the radio layer stay is partial.
        (
            "Czech government deal on Huawei parts",
            "Huawei parts must be taken out of core networks by 2027. "
            "Antennas can stay in the radio network.",
            {("CZ", "restricted")},
        ),
        # Coordinated subjects with an article: each country gets the verb.
        (
            "Nordic split",
            "Denmark and the Netherlands have banned Huawei from 5G, while Norway is still "
            "weighing its options.",
            {("DK", "banned"), ("NL", "banned"), ("NO", "under_review")},
        ),
        (
            "Africa's 5G",
            "Kenya's Safaricom and South Africa's Rain have built 5G networks with Huawei.",
            {("KE", "partnered"), ("ZA", "partnered")},
        ),
    ],
)
def test_scope_carve_outs_and_coordination(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)
