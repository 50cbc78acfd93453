from __future__ import annotations

import pycountry
import pytest

from bot.core.countries import CountryIndex
from bot.core.errors import UnknownCountryError


@pytest.mark.parametrize(
    "query", ["uk", "UK", "U.K.", "Britain", "GB", "GBR", "United Kingdom", "British", "Whitehall"]
)
def test_every_way_of_naming_the_uk_finds_it(countries: CountryIndex, query: str) -> None:
    assert "GB" == countries.resolve(query).code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("U.S.", "US"),
        ("USA", "US"),
        ("America", "US"),
        ("South Korea", "KR"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Ivory Coast", "CI"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("German", "DE"),
        ("Dutch", "NL"),
        ("Berlin", "DE"),
        ("Ottawa", "CA"),
        ("Canberra", "AU"),
        ("Beijing", "CN"),
        ("the Kremlin", "RU"),
        ("Downing Street", "GB"),
        ("Brussels", "EU"),
        ("EU", "EU"),
        ("Papua New Guinea", "PG"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
    ],
)
def test_short_forms_demonyms_and_seats_resolve(
    countries: CountryIndex, query: str, code: str
) -> None:
    assert code == countries.resolve(query).code


@pytest.mark.parametrize(
    ("typo", "code"), [("Germnay", "DE"), ("Swedn", "SE"), ("Frnace", "FR"), ("Phillipines", "PH")]
)
def test_near_misses_resolve(countries: CountryIndex, typo: str, code: str) -> None:
    assert code == countries.resolve(typo).code


def test_every_iso_code_resolves_to_its_country(countries: CountryIndex) -> None:
    codes = [c.alpha_2 for c in pycountry.countries]
    assert codes == [countries.resolve(code).code for code in codes]


def test_a_made_up_place_names_no_country_and_suggests_nothing(countries: CountryIndex) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        countries.resolve("Narnia")
    assert () == caught.value.suggestions


def test_a_miss_suggests_at_most_three_close_names(countries: CountryIndex) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        countries.resolve("United")
    assert 0 < len(caught.value.suggestions) <= 3
    assert all(name.startswith("United") for name in caught.value.suggestions)


def test_groups_resolve_by_key_and_alias(countries: CountryIndex) -> None:
    eu = countries.group("eu")
    five_eyes = countries.group("Five Eyes")
    assert eu is not None
    assert five_eyes is not None
    assert 27 == len(eu.members)
    assert {"US", "GB", "CA", "AU", "NZ"} == set(five_eyes.members)


def test_flags_are_regional_indicator_pairs(countries: CountryIndex) -> None:
    assert "🇬🇧" == countries.get("GB").flag
    assert "🇪🇺" == countries.get("EU").flag
