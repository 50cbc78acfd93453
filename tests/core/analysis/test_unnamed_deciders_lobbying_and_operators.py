"""Deciders left unnamed, lobbying, denied, withdrawn and effective measures, operators that
partner for their country, stated limits. Every sentence is written for this test (none is
copied from a label file)."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from tests.core.analysis.conftest import Signals, item, read


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # The decider goes unnamed, and the item names one country only.
        (
            "Appeals court upholds the telecom regulator's conditions",
            "A court in Copenhagen confirmed that carriers may not buy Huawei or ZTE radios.",
            {("DK", "banned")},
        ),
        (
            "Trusted-vendor list leaves ZTE out in the cold",
            "Thai carriers can only buy from suppliers on the list, officials said.",
            {("TH", "banned")},
        ),
        (
            "No Huawei parts will remain in Belgium's core networks after 2027",
            "",
            {("BE", "restricted")},
        ),
        # Operators under an obligation act for the state; of their own accord they do not.
        (
            "New deadline for carriers",
            "Portuguese carriers will have to replace Huawei radios by 2027.",
            {("PT", "banned")},
        ),
        ("Vodafone Spain drops Huawei from its core", "", set()),
        ("Austria telecom operators Magenta and Drei drop Huawei", "", set()),
        ("It's official: Austria telcos obligated to remove Huawei kit", "", {("AT", "banned")}),
        (
            "Cabinet agrees 5G timetable",
            "The ministry and carriers agreed no ZTE gear will be left in Romania's core network.",
            {("RO", "restricted")},
        ),
        # A bare gerund is a topic, not a decision.
        (
            "Costs mount",
            "Replacing Huawei kit in Germany could cost billions, carriers warn.",
            set(),
        ),
        # Huawei as the subject acts for itself, except as what a permission permits.
        ("Huawei shrugs off Danish ban", "", set()),
        ("ZTE remains eligible for Colombia's 5G tender", "", {("CO", "allowed")}),
        # The US and China as the two sides of a rivalry are the backdrop, not deciders.
        (
            "Amid tensions between the US and China, the government refuses to ban Huawei",
            "Minister Gloria Hutt said the tender stays open to all.",
            {("CL", "allowed")},
        ),
        (
            "Gobierno niega veto a Huawei en medio de la disputa entre EE.UU. y China",
            "La ministra Gloria Hutt afirmó que el proceso será competitivo.",
            {("CL", "allowed")},
        ),
        ("US-China row deepens as Ottawa weighs a Huawei ban", "", {("CA", "under_review")}),
        # Two countries: nobody to give an unnamed measure to.
        (
            "Regulator rules on vendors",
            "Carriers may not buy Huawei radios, a court ruled. Oslo and Stockholm were silent.",
            set(),
        ),
    ],
)
def test_an_unnamed_decider_is_the_items_only_country(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # A rebuffed request: the requester's wish is nobody's decision.
        (
            "Lisbon turns down a request from American diplomats to remove ZTE kit",
            "",
            {("PT", "allowed")},
        ),
        (
            "Seoul brushes aside Washington's request to drop Huawei",
            "",
            {("KR", "allowed")},
        ),
        # Leverage: tying a deal to a removal is pressure, not a measure.
        ("Washington ties arms package to removal of Huawei gear", "", set()),
        ("Washington accused of coercing Oslo into keeping out Huawei", "", set()),
        # The verb after a generic relative ("carriers that avoid") is theirs.
        (
            "Loans on offer",
            "A US adviser told Kenyan officials that loans could go to carriers that avoid Huawei.",
            set(),
        ),
        # Pressure on a government named in several words is lobbying too.
        (
            "Canada intensifies pressure on the Chilean government to exclude Huawei",
            "",
            set(),
        ),
        # What follows the lobbying is the pressed party's reply.
        (
            "Canadian ambassador presses Dhaka to exclude Huawei; ministry reviewing",
            "",
            {("BD", "under_review")},
        ),
    ],
)
def test_lobbying_leaves_the_decision_to_the_pressed_party(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A denied measure is not taken.
        ("Nairobi denies excluding ZTE from the 5G tender", {("KE", "allowed")}),
        ("Manila denied it had barred Huawei", {("PH", "allowed")}),
        # Withdrawing an exclusion allows.
        ("Bogota drops rule that would have excluded Huawei from tender", {("CO", "allowed")}),
        ("Peru's regulator abandons proposal to bar Chinese vendors from 5G", {("PE", "allowed")}),
        ("Ljubljana shelves plan to exclude Huawei", {("SI", "allowed")}),
        # A ban entering into force, or Huawei losing its challenge to it, is a ban.
        ("Latvia's exclusion of Huawei took effect on Monday", {("LV", "banned")}),
        ("ZTE loses its court challenge to Slovakia's exclusion of the vendor", {("SK", "banned")}),
    ],
)
def test_denied_withdrawn_and_effective_measures(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Zain Kuwait extends its core network contract with Huawei", "", {("KW", "partnered")}),
        ("Ooredoo Oman carries out 5.5G trial with Huawei", "", {("OM", "partnered")}),
        ("Safaricom trials 5G Advanced with Huawei", "", {("KE", "partnered")}),
        (
            "Maxis core goes live",
            "Maxis said its new core network, built jointly with Huawei, went live.",
            {("MY", "partnered")},
        ),
        # "the company" is Huawei when the item named it before and no rival.
        (
            "Huawei books Gulf orders",
            "Huawei had a busy week. Batelco renewed its radio contract with the company.",
            {("BH", "partnered")},
        ),
        (
            "Nokia and Huawei chase Gulf orders",
            "Batelco renewed its radio contract with the company.",
            set(),
        ),
    ],
)
def test_operators_partner_for_their_country(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


@pytest.mark.parametrize(
    "summary",
    [
        "Officials insisted it was not a blanket ban on the vendor.",
        "Huawei equipment elsewhere may remain in service.",
    ],
)
def test_a_stated_limit_makes_a_removal_partial(analyser: Analyser, summary: str) -> None:
    title = "Hungarian operators must remove Huawei antennas near army sites"
    assert {("HU", "restricted")} == read(analyser, title, summary)


def test_a_demonym_does_not_reach_a_head_noun_across_a_preposition(analyser: Analyser) -> None:
    analysis = analyser.analyse(item("Chinese radios near military bases to go"))
    assert not [m for m in analysis.findings if m.country == "CN"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Thailand ignores US warnings and launches a Huawei 5G testbed", {("TH", "allowed")}),
        ("Hungary shrugs off Washington's pressure and picks Huawei for 5G", {("HU", "allowed")}),
        # Who backs a bill neither decides nor champions Huawei.
        (
            "Washington-backed bill bars Huawei from Bulgaria's 5G networks",
            {("BG", "under_review")},
        ),
    ],
)
def test_a_name_qualifying_pressure_is_not_the_next_verbs_subject(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Waving away Washington's threats or concerns keeps Huawei in ...
        ("Malta rejects US threats over its Huawei 5G contracts", {("MT", "allowed")}),
        ("Malaysia brushes off American concerns about Huawei's 5G role", {("MY", "allowed")}),
        ("Kenya dismisses the US, EU's fears over Huawei equipment", {("KE", "allowed")}),
        # ... but waving away Beijing's threats is no welcome for Huawei.
        ("Norway dismisses Chinese threats over a possible Huawei ban", set()),
    ],
)
def test_dismissing_washingtons_threats_allows_huawei(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A deal for something other than 5G networks is no 5G partnership ...
        ("Fiji signs undersea cable contract with Huawei", set()),
        ("Nigeria signs deal with Huawei to establish 300 ICT centres", set()),
        ("Port Moresby to honour its subsea deal with Huawei", set()),
        ("Peru signs deal with Huawei to store police wiretaps", set()),
        ("Nepal signs 4G network expansion contract with Huawei", set()),
        ("Serbia and Huawei launch project to develop landline network", set()),
        # ... unless the clause names 5G too.
        ("Fiji signs 5G and subsea cable deal with Huawei", {("FJ", "partnered")}),
        ("Ghana signs 5G deal with Huawei", {("GH", "partnered")}),
    ],
)
def test_deals_for_cables_data_or_training_are_not_5g_partnerships(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Another vendor picked or winning: the deal is with it, whatever is said of Huawei.
        ("Telstra selects Nokia replacing Huawei for its 5G core", set()),
        ("Ericsson wins Maxis 5G contract after Huawei setback", set()),
        ("Dealing Huawei a blow, Kenya's Safaricom picks Ericsson to build its 5G", set()),
        ("Elisa picks Ericsson and Huawei to build 5G", {("FI", "partnered")}),
        ("Maxis picks Huawei to build its 5G network", {("MY", "partnered")}),
        # ... and a rival vendor replacing Huawei is its contract, not the country's ban.
        ("Nokia to replace Huawei in Finland's 5G market", set()),
        # What is built after Huawei's exclusion in the same clause is built without it.
        ("Elisa to exclude Huawei from its tender to build a 5G core", set()),
        # An operator's own choice is no government's ban, however its country is named ...
        ("Finland telecom giant Elisa decides not to use Huawei in its 5G core", set()),
        ("Elisa has barred Huawei from its core network in Finland", set()),
        # ... nor one the next clause leaves unsaid, unless it names an authority.
        ("Elisa to launch 5G in May: drops Huawei from launch", set()),
        (
            "Finland's Elisa drops Huawei for its 5G core, though the government has yet to rule",
            {("FI", "under_review")},
        ),
        # ... while a perfect tense keeps a government's own act active.
        ("Finland has barred Huawei from its core network", {("FI", "restricted")}),
        # Selling to Huawei is trade: export controls are mentions.
        ("Finland bans companies from selling to Huawei", set()),
        # An inquiry into spying is no review of Huawei's place in the networks ...
        ("Finland's security police probe alleged espionage by Huawei", set()),
        ("AIVD onderzoekt mogelijke spionage van Huawei", set()),
        # ... while a review amid spying fears is one.
        ("Finland reviews Huawei's role in 5G amid espionage fears", {("FI", "under_review")}),
    ],
)
def test_other_vendors_deals_operators_choices_trade_and_spying_inquiries(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)
