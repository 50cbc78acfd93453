"""The product's stance conventions (corpus/README.md) applied by the rules."""

from __future__ import annotations

from datetime import date

import pytest

from bot.catalog import load_actors
from bot.core.analysis import Analyser
from bot.core.analysis.history import StanceHistory
from bot.core.countries import CountryIndex
from bot.core.models import Change, Origin, Stance
from tests.conftest import CONFIG
from tests.core.analysis.conftest import item, read, signals


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Drafts, bills and measures that may come are under review, however worded.
        (
            "Romania bars China and Huawei from 5G networks",
            "The government approved a bill that effectively bars Huawei; parliament votes next.",
            {("RO", "under_review")},
        ),
        ("Norway may ban Huawei from 5G network deals", "", {("NO", "under_review")}),
        (
            "Estonia's president signs into law a bill that bars Huawei from 5G",
            "",
            {("EE", "banned")},
        ),
        (
            "Bulgaria's president signs law on telecom security",
            "Rumen Radev signed a bill into law which bars Huawei from 5G networks.",
            {("BG", "banned")},
        ),
        # Core only, some components, one deal: restricted. Core and radio: banned.
        ("Germany to ban Huawei components from 5G networks by 2026", "", {("DE", "restricted")}),
        (
            "Italian government blocks Fastweb's 5G core deal with Huawei",
            "",
            {("IT", "restricted")},
        ),
        ("Belgium orders Huawei out of its 5G core and radio networks", "", {("BE", "banned")}),
        # Background in the summary is not this story's news.
        (
            "Huawei to launch 5G at Africa Cup of Nations",
            "Last year, Australia and Japan banned the Chinese company from their networks.",
            set(),
        ),
        # The reacting country decides nothing; the country whose decision is stated does.
        ("China warns Sweden after it bans Huawei from 5G", "", {("SE", "banned")}),
        # A possible ban, or one a government "needs to" impose, is not decided.
        ("Oslo weighs potential Huawei 5G ban", "", {("NO", "under_review")}),
        ("Lisbon needs to ban Huawei from 5G, says minister", "", {("PT", "under_review")}),
        # ... nor one a country may "potentially" impose, or seeks the power to.
        ("Latvia approves law to potentially exclude Huawei from 5G", "", {("LV", "under_review")}),
        ("Danish government seeks power to bar Huawei from networks", "", {("DK", "under_review")}),
        # ... nor one a country is "set to" impose, "can" impose or "looks for" ways to impose.
        ("Norway set to exclude Huawei from its 5G networks", "", {("NO", "under_review")}),
        ("Canadá pode banir equipamentos da Huawei do 5G", "", {("CA", "under_review")}),
        ("Chile busca vías legales para vetar a Huawei en el 5G", "", {("CL", "under_review")}),
        # ... or "wants" to impose, or explores ways to.
        ("La Belgique veut bannir Huawei de ses réseaux 5G", "", {("BE", "under_review")}),
        ("Brazil exploring legal routes to ban Huawei from 5G", "", {("BR", "under_review")}),
        # An admission that may come is not made either; a refusal that may come is.
        (
            "Huawei back in the 5G race in Australia",
            "Australia's telcos may be allowed to use Huawei's equipment after all.",
            {("AU", "under_review")},
        ),
        ("Malaysia does not plan to ban Huawei from 5G", "", {("MY", "allowed")}),
        # An operator's plan to use Huawei turned down keeps Huawei out of that network.
        (
            "New Zealand agency rejects Spark's plan to use Huawei 5G equipment",
            "",
            {("NZ", "restricted")},
        ),
        # A power to exclude names no one excluded, even once it is law ...
        (
            "Sweden adopts law banning risky telecom gear",
            "The act allows the regulator to ban equipment from vendors such as Huawei.",
            {("SE", "under_review")},
        ),
        (
            "Cabinet backs Latvia's cyber bill",
            "It gives the security service more power to exclude suppliers of 5G kit like Huawei.",
            {("LV", "under_review")},
        ),
        # ... using it is an exclusion, and so is a law that excludes by itself.
        ("Denmark uses its new powers to ban Huawei from 5G", "", {("DK", "banned")}),
        (
            "Norway bans Huawei from 5G networks",
            "A law allows operators to replace the kit until 2027.",
            {("NO", "banned")},
        ),
        # A court suspending a ban leaves the question pending; lifting it admits.
        ("Danish court suspends Huawei ban", "", {("DK", "under_review")}),
        ("Danish court lifts Huawei ban", "", {("DK", "allowed")}),
        # Admitted in part, or not excluded in full: restricted.
        ("Huawei partiellement autorisé en Belgique", "", {("BE", "restricted")}),
        ("Huawei pas totalement banni du Luxembourg", "", {("LU", "restricted")}),
        ("Huawei pas banni mais fortement limité en France", "", {("FR", "restricted")}),
        ("Österreich will Huawei nicht komplett ausschließen", "", {("AT", "restricted")}),
        # ... while a plain "won't ban" admits.
        ("Austria will not ban Huawei from its networks", "", {("AT", "allowed")}),
        # A US-promoted declaration is not binding: under review, whatever it pledges.
        (
            "Bulgaria signs a declaration with the US to exclude untrusted vendors from 5G",
            "",
            {("BG", "under_review")},
        ),
        (
            "Israel and US close to signing deal to keep Chinese firms out of 5G",
            "",
            {("IL", "under_review")},
        ),
        # ... and so is the declaration itself, with no stance verb.
        ("Malta and the US sign a 5G security declaration", "", {("MT", "under_review")}),
        ("US signs 5G memorandum with Lithuania", "", {("LT", "under_review")}),
        ("Croatia joins the US Clean Network", "", {("HR", "under_review")}),
        ("Malta and US plan close cooperation on 5G networks", "", {("MT", "under_review")}),
        # A deal signed with Huawei is a partnership, even where the US is named beside it.
        (
            "Cambodia signs Agreement with Huawei for 5G Network",
            "Cambodia and Huawei signed an agreement on Sunday, which the United States has "
            "urged its allies not to use.",
            {("KH", "partnered")},
        ),
        (
            "Saudi Arabia signs Huawei deal during Xi's visit",
            "The 5G deal has raised US security concerns.",
            {("SA", "partnered")},
        ),
        (
            "Riyadh inks deal with Huawei despite US fears",
            "Saudi Arabia signed a memorandum of understanding with tech giant Huawei on 5G.",
            {("SA", "partnered")},
        ),
        # A pact with the US on something else is no 5G stance.
        ("Malta and the US sign a memorandum on tourism", "Huawei was not mentioned.", set()),
        # A bill or a motion the headline names, with no stance verb: before the lawmakers.
        (
            "Third reading of so-called Huawei bill postponed over technical error",
            "Estonia's parliament delayed the vote.",
            {("EE", "under_review")},
        ),
        (
            "Parliament passes motion to demand government decision on Huawei",
            "Canada's House of Commons voted for the Conservative motion.",
            {("CA", "under_review")},
        ),
        (
            "Bundestag vertagt Gesetzentwurf zur IT-Sicherheit",
            "Es geht auch um Huawei.",
            {("DE", "under_review")},
        ),
        (
            "Nowelizacja ustawy o KSC przyjęta w Sejmie",
            "Huawei może zostać uznany za dostawcę wysokiego ryzyka.",
            {("PL", "under_review")},
        ),
        # ... but not when two countries could be the one acting.
        ("Huawei bill debated as Norway and Sweden compare notes", "", set()),
        # A country's own authority warning against Huawei has kept it out in practice.
        ("NÚKIB warns against Huawei and ZTE", "", {("CZ", "restricted")}),
        (
            "Úřad pro kybernetickou bezpečnost varuje před produkty od Huawei a ZTE",
            "",
            {("CZ", "restricted")},
        ),
        # ... not Huawei warning, an operator warning, or a warning given to a leader.
        ("Budeme se bránit soudy, varuje Huawei. Žádá rušit varování NÚKIB", "", set()),
        ("Vodafone and BT warn it may take five years to scrap Huawei", "", set()),
        ("Request help from China on 5G, Fani-Kayode warns Buhari", "Huawei", set()),
        # Huawei suing a state is a lawsuit, a mention: the ban it contests is only its cause.
        ("Huawei takes Malta to court", "Malta banned Huawei from its 5G networks in 2020.", set()),
        ("Huawei verklagt Malta wegen Ausschluss", "Malta verbietet Huawei seit 2020.", set()),
        # China excludes none of its own vendors: an exclusion it speaks of is another's.
        (
            "Beijing fumes over efforts to exclude Chinese companies",
            "China's ambassador said the push to exclude Huawei from 5G would hurt trade.",
            set(),
        ),
        # ... nor a warning against the measure rather than against Huawei.
        ("Altmaier warnt vor Huawei-Ausschluss bei 5G-Netz", "", set()),
        ("German minister warns against a ban on Huawei in 5G networks", "", set()),
    ],
)
def test_the_conventions(
    analyser: Analyser, title: str, summary: str, expected: set[object]
) -> None:
    assert expected == read(analyser, title, summary)


def test_a_negation_keeps_the_restriction_in_force(countries: CountryIndex) -> None:
    restricted = Change(
        "FR", Stance.RESTRICTED, date(2020, 7, 1), "r", ("https://a.b",), Origin.SEED, "s"
    )
    history = StanceHistory({"FR": [restricted]})
    actors = load_actors(CONFIG / "countries.toml", countries)
    reading = Analyser(countries, actors, history=history)
    won_t = item("France won't ban Huawei from its 5G networks, Macron says")
    assert {("FR", "restricted")} == signals(reading.analyse(won_t))
    assert {("FR", "allowed")} == signals(Analyser(countries, actors).analyse(won_t))
