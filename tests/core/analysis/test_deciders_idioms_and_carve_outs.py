"""Who decides and how far: passives and idioms, upheld measures, reported speech, generic
subjects, relative clauses, demonyms, carve-outs, agencies named generically. Every sentence is
written for this test (none is copied from a label file)."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from tests.core.analysis.conftest import Signals, read


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Object first, decider as the owner of what the vendor is taken out of.
        ("Huawei gear to be torn out of Norway's mobile networks by 2028", {("NO", "banned")}),
        ("Huawei and ZTE left off Canberra's shortlist of 5G vendors", {("AU", "banned")}),
        # The vendor's home is no decider: the passive's owner decides.
        ("China's Huawei barred from Norway's 5G network", {("NO", "banned")}),
        ("China's embattled tech giant Huawei barred from Norway's 5G network", {("NO", "banned")}),
        ("Chinese telecom giant ZTE shut out of Lisbon's 5G rollout", {("PT", "banned")}),
        # Idioms.
        ("Oslo slams the door on Huawei", {("NO", "banned")}),
        ("Lima opens the door to Huawei for 5G", {("PE", "allowed")}),
        ("Canberra lifts moratorium on Huawei contracts", {("AU", "allowed")}),
        ("Helsinki cuts Huawei out of its 5G rollout", {("FI", "banned")}),
        ("Danish regulator orders Huawei kit out of mobile networks by 2026", {("DK", "banned")}),
        # A rejected challenge and a reversal refused leave the measure standing.
        ("Oslo court dismisses Huawei's challenge to 5G exclusion", {("NO", "banned")}),
        ("Stockholm court dismissed Huawei's latest attempt", {("SE", "banned")}),
        ("Finland will not reverse its decision to exclude Huawei", {("FI", "banned")}),
        # A bill approved is decided; a bill proposed is not.
        # A bill is under review until it is law, whoever approved it (the conventions).
        ("Lisbon cabinet approves bill that shuts Huawei out of 5G", {("PT", "under_review")}),
        ("Lisbon president signs into law a bill that shuts Huawei out of 5G", {("PT", "banned")}),
        ("Lisbon cabinet proposes bill that shuts Huawei out of 5G", {("PT", "under_review")}),
        # "Not a total ban" is a measure, a partial one.
        ("Czech regulator: 'This is not an outright ban' on Huawei", {("CZ", "restricted")}),
        # A ban announced is upheld; "no ban" announced is none.
        ("Vienna announces a ban on Huawei in 5G", {("AT", "banned")}),
        ("Vienna places a de facto ban on Huawei gear", {("AT", "banned")}),
        # A ban that takes effect, or stays, stands.
        ("Austrian ban on Huawei takes effect", {("AT", "banned")}),
        ("Norway's ban on Huawei comes into force", {("NO", "banned")}),
        ("Vienna announces no ban on Huawei in 5G", {("AT", "allowed")}),
        ("Vienna announces no restrictions on Huawei", {("AT", "allowed")}),
        # A ban avoided was never taken.
        ("Huawei avoids a 5G ban in Lisbon", {("PT", "allowed")}),
        ("Lisbon is unlikely to ban Huawei from 5G", {("PT", "allowed")}),
        # A ban defended stands; a licence refused, or Huawei kept away, is an exclusion.
        ("Ottawa defends its Huawei 5G ban", {("CA", "banned")}),
        ("Bucharest refuses to license Huawei equipment for 5G", {("RO", "banned")}),
        ("Brasília moves to keep Huawei away from its 5G networks", {("BR", "banned")}),
        # Bucking another country's attempt to block Huawei lets it in.
        ("Thailand bucks an attempt by the US to block Huawei", {("TH", "allowed")}),
        # Backing for a ban is not backing for Huawei; a proposal is under review.
        ("London proposes statutory backing for Huawei 5G ban", {("GB", "under_review")}),
        # Headlines in Title Case: a demonym with its institution still acts.
        ("Peruvian Regulator Refuses to Ban Huawei From 5G Auction", {("PE", "allowed")}),
        # Quotes inside the words between the verb and Huawei, and "China's Huawei".
        ("Oman's sultan lauds ‘strategic partnership’ with China’s Huawei", {("OM", "partnered")}),
        ("Lima not ruling out China’s Huawei for its 5G network", {("PE", "allowed")}),
        ("Accra contracts Huawei for its national 5G backbone", {("GH", "partnered")}),
        ("Canberra designates Huawei, ZTE national security threats", {("AU", "banned")}),
        ("Canberra names Huawei, ZTE national security threats", {("AU", "banned")}),
        ("Canberra designates Huawei, ZTE as risks to national security", {("AU", "banned")}),
        ("Canberra classifies Huawei and ZTE as national security threats", {("AU", "banned")}),
        # Huawei's own request or authorisation refused is Huawei kept out.
        ("Canberra refuses Huawei's request for 5G authorisation", {("AU", "banned")}),
        ("Beijing deplores Canberra's rejection of Huawei's 5G authorization", {("AU", "banned")}),
        # A decision not made yet: under review, not a ban refused.
        (
            "Canberra likely won't make a decision on banning Huawei until after the election",
            {("AU", "under_review")},
        ),
        # "Completely" is no completed launch; praise for a ban is no backing for Huawei.
        ("Canberra to completely remove China's Huawei from its 5G network", {("AU", "banned")}),
        ("Canberra praises British ban on China's Huawei", set()),
        # No vendor restricted as such: allowed.
        ("Canberra will not restrict any vendor from the 5G race", {("AU", "allowed")}),
        ("Ottawa's decision on Huawei to wait until after the vote", {("CA", "under_review")}),
        # Waiting for a report before deciding: under review.
        (
            "Malta will wait for the regulator's report before deciding on Huawei",
            {("MT", "under_review")},
        ),
        (
            "Huawei and ZTE officially designated ‘national security threats’ by Canberra",
            {("AU", "banned")},
        ),
        # Left out of trials only: restricted.
        ("New Delhi excludes Huawei from 5G trials", {("IN", "restricted")}),
        ("Riyadh has no issues with using Huawei 5G equipment", {("SA", "allowed")}),
        # A trade war is the background, not the subject: the partnership still counts.
        ("Pretoria backs Huawei amid US-China trade tussle", {("ZA", "partnered")}),
        ("Hanoi says no to Huawei for its 5G network", {("VN", "banned")}),
        ("Downing Street ditches Huawei", {("GB", "banned")}),
        ("Riyadh welcomes China's contentious tech giant Huawei", {("SA", "partnered")}),
        ("Manila: Huawei is not a security threat, says minister", {("PH", "allowed")}),
        ("Huawei gets New Delhi's approval to join 5G trials", {("IN", "allowed")}),
        ("Israel refuses Chinese bids for its 5G network", {("IL", "banned")}),
        ("Pretoria wants Huawei to bring 5G to the country", {("ZA", "partnered")}),
        ("Port Moresby to honour its 5G deal with Huawei", {("PG", "partnered")}),
        # Operators in Title Case are operators: their choice is not a government's.
        ("Danish Telcos Shun Huawei, Pick European Vendors For 5G", set()),
        # Lobbying whatever the length of the lobbied country's name.
        ("US Wants South Korea to Ban Huawei, Too", set()),
        ("Washington Forcing the UAE to Abandon Huawei", set()),
    ],
)
def test_passives_idioms_and_upheld_measures(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "'We will not exclude any supplier,' Chilean minister says of Huawei",
            {("CL", "allowed")},
        ),
        ("Operators must not buy Huawei kit, Finnish regulator says", {("FI", "banned")}),
        # "backed by Thai officials": a preposition, not a speaker.
        ("Huawei launches 5G lab, backed by Thai officials who said little", set()),
    ],
)
def test_a_fronted_report_belongs_to_its_speaker(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Washington offers loans to countries that rip out Huawei", set()),
        ("Tokyo courts allies that drop Huawei from their networks", set()),
        ("Chile will not follow Washington in banning Huawei", {("CL", "allowed")}),
    ],
)
def test_generic_subjects_and_models_are_not_actors(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


def test_a_name_inside_a_closed_relative_clause_does_not_act(analyser: Analyser) -> None:
    summary = (
        "The rules admit only vendors from countries that signed the treaty, which China has "
        "not, effectively excluding Huawei."
    )
    assert {("PE", "banned")} == read(analyser, "Peru decree keeps Huawei out of 5G", summary)


def test_a_demonym_reaches_its_head_noun_only_across_modifiers(analyser: Analyser) -> None:
    summary = "The Dutch government said operators must not use Huawei gear in the core."
    assert {("NL", "restricted")} == read(analyser, "Regulator issues 5G security rules", summary)
    summary = "Austria would keep the Chinese company and that operators are free to use it."
    assert ("CN", "allowed") not in read(analyser, "Vienna welcomes Huawei", summary)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Radio equipment is not covered by the order.", {("AT", "restricted")}),
        ("The Chinese company may still supply antennas.", {("AT", "restricted")}),
        ("Operators have until 2027 to comply.", {("AT", "banned")}),
    ],
)
def test_a_carve_out_makes_a_removal_partial(
    analyser: Analyser, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, "Austria to purge Huawei from 5G networks", summary)


def test_a_carve_out_about_another_country_narrows_nothing(analyser: Analyser) -> None:
    summary = "Sweden bans Huawei. In Finland, operators may still use the vendor."
    assert ("SE", "banned") in read(analyser, "Nordic 5G rules diverge", summary)


def test_a_generic_agency_name_belongs_to_the_country_of_the_item(analyser: Analyser) -> None:
    summary = (
        "The National Cyber Security Centre is reviewing Huawei gear in the country's networks."
    )
    assert {("NL", "under_review")} == read(analyser, "Dutch officials weigh Huawei risk", summary)
    summary = "Britain's National Cyber Security Centre is reviewing Huawei gear."
    assert {("GB", "under_review")} == read(analyser, "UK weighs Huawei risk", summary)


def test_a_review_that_led_to_a_decision_is_not_pending(analyser: Analyser) -> None:
    title = "Estonia bans Huawei from 5G after consulting security services"
    assert {("EE", "banned")} == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A verb's reach stops where a clause of its own opens.
        ("Carriers face rip-and-replace as Slovakia bans Huawei", {("SK", "banned")}),
        # A quoted verb is still the verb.
        ("Fiji 'to honour' cable deal with Huawei", {("FJ", "partnered")}),
    ],
)
def test_clause_reach_and_quoted_verbs(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)
