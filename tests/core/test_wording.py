"""Counts and order as a reader expects them."""

from __future__ import annotations

import pytest

from bot.core.wording import count_places, name_key, plural


@pytest.mark.parametrize(
    ("count", "word", "expected"),
    [(1, "source", "1 source"), (2, "source", "2 sources"), (0, "feed", "0 feeds")],
)
def test_plural_agrees_with_the_count(count: int, word: str, expected: str) -> None:
    assert expected == plural(count, word)


def test_plural_knows_countries() -> None:
    assert ("1 country", "3 countries") == (plural(1, "country"), plural(3, "country"))


def test_names_sort_with_accents_and_a_leading_the_folded() -> None:
    names = ["Cuba", "Croatia", "Côte d'Ivoire", "Austria", "Åland Islands", "The Bahamas"]
    expected = ["Åland Islands", "Austria", "The Bahamas", "Côte d'Ivoire", "Croatia", "Cuba"]
    assert expected == sorted(names, key=name_key)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ({"DE", "FR", "EU", "AQ"}, "2 countries, the EU and Antarctica"),
        ({"DE", "EU"}, "1 country and the EU"),
        ({"DE", "FR"}, "2 countries"),
    ],
)
def test_counts_say_countries_only_for_countries(codes: set[str], expected: str) -> None:
    assert expected == count_places(codes)
