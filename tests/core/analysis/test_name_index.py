"""The name index finds what one regular expression of the same names would find."""

from __future__ import annotations

import re

import pytest

from bot.core.analysis.name_index import NameIndex
from bot.core.analysis.trie import trie_pattern

NAMES = [
    "Niger",
    "Nigeria",
    "New Zealand",
    "New Zealand Telecom",
    "Guinea",
    "Guinea-Bissau",
    "U.S.",
    "US",
    "AT&T",
    "T",
    "Côte d'Ivoire",
    "österreichische",
    "1&1",
    "1&1 Drillisch",
]


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.name) for m in NameIndex(NAMES).finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria and Niger", [(0, 7, "Nigeria"), (12, 17, "Niger")]),
        # the longest name that ends a word wins; a shorter one where the longer does not
        ("New Zealand Telecom bans", [(0, 19, "New Zealand Telecom")]),
        ("New Zealand Telecoms bans", [(0, 11, "New Zealand")]),
        ("Guinea-Bissau, Guinea-Conakry", [(0, 13, "Guinea-Bissau"), (15, 21, "Guinea")]),
        # a space in a name is any run of whitespace
        ("New  Zealand\nand New\nZealand", [(0, 12, "New Zealand"), (17, 28, "New Zealand")]),
        # never inside a word, nor after "&"
        ("Nigerian firms", []),
        ("AT&T and T", [(0, 4, "AT&T"), (9, 10, "T")]),
        ("the U.S. and US-based", [(4, 8, "U.S."), (13, 15, "US")]),
        ("die österreichische Regierung", [(4, 19, "österreichische")]),
        ("Côte d'Ivoire's", [(0, 13, "Côte d'Ivoire")]),
        ("1&1 Drillisch", [(0, 13, "1&1 Drillisch")]),
        ("Niger_Delta", []),
        ("", []),
    ],
)
def test_matches(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert expected == spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria and Niger, New  Zealand Telecom; AT&T, U.S.-led, Guinea-Bissau's",
        "österreichische1 Côte d'Ivoire New Zealander 1&1 Drillischs T-Mobile",
    ],
)
def test_same_as_one_regular_expression(text: str) -> None:
    pattern = re.compile(r"(?<![\w&])(?:" + trie_pattern(NAMES) + r")(?![\w])")
    expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
    assert expected == [(start, end) for start, end, _ in spans(text)]


def test_a_name_must_start_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="must start"):
        NameIndex(["(UK)"])
