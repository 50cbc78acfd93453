"""The rules read the commonest headline of the other languages: a verb with Huawei as its
object, its negation and its scope. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from bot.core.analysis.lexicon import Lexicon
from tests.core.analysis.conftest import Signals, read


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Suecia prohíbe a Huawei en su red 5G", {("SE", "banned")}),
        ("El Gobierno español estudia vetar a Huawei en el 5G", {("ES", "under_review")}),
        ("Venezuela firma un acuerdo con Huawei para el 5G", {("VE", "partnered")}),
        ("La France n'interdira pas Huawei, selon le ministre", {("FR", "allowed")}),
        ("Il governo italiano esclude Huawei dalla rete 5G", {("IT", "banned")}),
        ("Portugal não vai proibir a Huawei no 5G", {("PT", "allowed")}),
        ("Deutschland verbietet Huawei-Komponenten im 5G-Kernnetz", {("DE", "restricted")}),
        ("Österreich schließt Huawei beim 5G-Ausbau nicht aus", {("AT", "allowed")}),
        ("Polska wyklucza Huawei z budowy sieci 5G", {("PL", "banned")}),
        ("Rumänien erlaubt Huawei den Aufbau des 5G-Netzes", {("RO", "allowed")}),
        ("Ruotsi kielsi Huawein 5G-verkoista", {("SE", "banned")}),
        ("Norge stänger ute Huawei från 5G", {("NO", "banned")}),
        # Huawei as the subject of a passive, in the only country's headline.
        ("Huawei será liberada para o leilão do 5G no Brasil", {("BR", "allowed")}),
        ("Huawei não será excluída do 5G no Brasil", {("BR", "allowed")}),
        ("Huawei excluida del 5G en Chile", {("CL", "banned")}),
        # A deal blocked is one deal: restricted.
        ("Il Governo italiano blocca l'accordo di Wind con Huawei", {("IT", "restricted")}),
        # No measure, or one rejected; a door shut.
        ("El Gobierno de Chile rechaza el veto a Huawei", {("CL", "allowed")}),
        ("Portugal: não há decisão de exclusão da Huawei", {("PT", "allowed")}),
        ("Il governo italiano: nessun blocco per il 5G a Huawei", {("IT", "allowed")}),
        ("La Belgique ferme la porte à Huawei", {("BE", "banned")}),
        ("Argentina expulsa a Huawei de sus redes 5G", {("AR", "banned")}),
    ],
)
def test_a_verb_with_huawei_as_its_object(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


def test_an_exclusive_is_not_an_exclusion(analyser: Analyser) -> None:
    assert set() == read(analyser, "Huawei exclusive interview: Chile welcomes all vendors")


def test_esclude_alone_is_not_an_exclusion(analyser: Analyser) -> None:
    # "rules out a ban": the verb's object is not the vendor, so it says nothing by itself.
    assert ("IT", "banned") not in read(analyser, "Il governo esclude il bando a Huawei")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Huawei's kit as the object.
        (
            "Deutschland verbietet kritische Komponenten von Huawei im 5G-Netz",
            {("DE", "restricted")},
        ),
        ("La France va démanteler 3000 antennes Huawei d'ici 2028", {("FR", "banned")}),
        ("El Reino Unido expulsa a la china Huawei de las redes 5G", {("GB", "banned")}),
        # A measure ruled out, a blacklist dropped.
        ("El Gobierno de España descarta vetar a Huawei", {("ES", "allowed")}),
        # A ban upheld by a court, or said to stand; a law against Huawei confirmed restricts.
        ("Sverige: förvaltningsrätten avslår Huaweis överklagan", {("SE", "banned")}),
        ("Sverige: Förbudet mot Huawei står fast", {("SE", "banned")}),
        ("La France valide la loi anti-Huawei", {("FR", "restricted")}),
        # Hedged, or pledged with the US: under review.
        ("Bruselas pide a España avances en el posible veto a Huawei", {("ES", "under_review")}),
        ("Governo do Brasil admite rever veto à Huawei", {("BR", "under_review")}),
        (
            "O Brasil endossa iniciativa americana sobre 5G e veta a Huawei",
            {("BR", "under_review")},
        ),
    ],
)
def test_kit_courts_and_hedges(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)


def test_a_country_pressed_to_exclude_decides_nothing(analyser: Analyser) -> None:
    title = "Les Etats-Unis exercent des pressions sur le Maroc pour écarter Huawei de la 5G"
    assert ("MA", "banned") not in read(analyser, title)


def test_a_word_starting_with_an_accent_is_read() -> None:
    assert [(0, 7, "ban")] == [
        tuple(h) for h in Lexicon([("ban", r"écarte\w*")]).scan("écarter Huawei")
    ]
