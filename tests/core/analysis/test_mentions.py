"""Finding countries in text: one pass, longest match, case where it matters, traps skipped."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser, Mention
from tests.core.analysis.conftest import item


def found(analyser: Analyser, title: str, summary: str = "") -> list[tuple[str, str]]:
    """The countries named in a story about Huawei (only those are looked for countries)."""
    about_huawei = item(title, f"{summary} Huawei".strip())
    return [(m.country, m.surface) for m in analyser.analyse(about_huawei).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Papua New Guinea and Guinea sign deals", [("PG", "Papua New Guinea"), ("GN", "Guinea")]),
        ("Niger and Nigeria talk", [("NE", "Niger"), ("NG", "Nigeria")]),
        ("Nigerien and Nigerian officials", [("NE", "Nigerien"), ("NG", "Nigerian")]),
        ("Guinea-Bissau votes", [("GW", "Guinea-Bissau")]),
        ("South Sudan and Sudan", [("SS", "South Sudan"), ("SD", "Sudan")]),
        ("Dominica and the Dominican Republic", [("DM", "Dominica"), ("DO", "Dominican Republic")]),
        # a space in a name matches any run of whitespace, in every script
        ("New  Zealand", [("NZ", "New  Zealand")]),
        ("Босна и\nХерцеговина", [("BA", "Босна и\nХерцеговина")]),
    ],
)
def test_the_longest_name_wins(analyser: Analyser, text: str, expected: list[object]) -> None:
    assert expected == found(analyser, text)


@pytest.mark.parametrize(
    "text",
    [
        "New Mexico awards $123 million for rural broadband",
        "Storms hit New South Wales",
        "A guinea pig and a Guinea pig",
        "Indiana approves new towers",
        "Let us know how fast your broadband is",
        "IT teams say NO to the plan IN time",
        "The South China Sea dispute",
    ],
)
def test_names_inside_other_names_and_plain_words_are_not_countries(
    analyser: Analyser, text: str
) -> None:
    assert [] == found(analyser, text)


def test_us_is_found_in_capitals_only(analyser: Analyser) -> None:
    assert [("US", "US"), ("US", "U.S."), ("US", "USA")] == found(
        analyser, "US firms, U.S. carriers and USA Today told us"
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("HUAWEI STILL STUCK IN LIMBO IN CANADA", "", [("CA", "CANADA")]),
        ("REINO UNIDO EXCLUI A HUAWEI", "", [("GB", "REINO UNIDO")]),
        # capitals that are a name themselves stay as written
        ("USA AND UAE TALK 5G", "", [("US", "USA"), ("AE", "UAE")]),
        # a dateline says where the story was filed, not who acts
        ("SoftBank picks Nokia", "TOKYO (Reuters) - SoftBank chose Nokia.", []),
        ("SoftBank picks Nokia", "TOKYO • SoftBank chose Nokia.", []),
    ],
)
def test_names_in_capitals_are_found(
    analyser: Analyser, title: str, summary: str, expected: list[object]
) -> None:
    assert expected == found(analyser, title, summary)


def test_aliases_demonyms_and_seats_are_found_with_their_kind(analyser: Analyser) -> None:
    title = "Downing Street and British officials meet the UK's EU envoy"
    analysis = analyser.analyse(item(title, "Huawei"))
    expected = [
        Mention("GB", "Downing Street", 0, "seat"),
        Mention("GB", "British", 19, "demonym"),
        Mention("GB", "UK", 46, "alias"),
        Mention("EU", "EU", 51, "alias"),
    ]
    assert expected == list(analysis.mentions)


def test_offsets_point_into_title_and_summary(analyser: Analyser) -> None:
    news = item("Huawei news", "Sweden acts.")
    [mention] = analyser.analyse(news).mentions
    assert "Sweden" == news.text[mention.start : mention.start + len(mention.surface)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michael Jordan's jersey sells for $10 million", []),
        ("Jordan Peterson criticises Huawei", []),
        ("Jordan's Orange picks Huawei for 5G", [("JO", "Jordan")]),
        ("Orange in Jordan selects Huawei", [("JO", "Jordan")]),
        ("Chad Hurley backs a video startup", []),
        ("Chad signs deal with Huawei", [("TD", "Chad")]),
        ("Chad Signs Deal With Huawei", [("TD", "Chad")]),
        ("Turkey prices fall ahead of Thanksgiving", []),
        ("Turkey reviews 5G vendor rules", [("TR", "Turkey")]),
        ("A conference in Atlanta, Georgia, on telecom rules", []),
        ("Protests in Tbilisi as Georgia debates a law", [("GE", "Tbilisi"), ("GE", "Georgia")]),
    ],
)
def test_traps(analyser: Analyser, text: str, expected: list[object]) -> None:
    assert expected == found(analyser, text)


def test_georgia_next_to_atlanta_is_the_us_state_even_in_the_summary(analyser: Analyser) -> None:
    assert [] == found(
        analyser,
        "Georgia lawmakers approve broadband money",
        "The General Assembly in Atlanta passed the bill.",
    )


def test_the_vocabulary_holds_every_name(analyser: Analyser) -> None:
    finder = analyser._finder
    assert len(finder.vocabulary) > 1000
    assert "Papua New Guinea" in finder.vocabulary
