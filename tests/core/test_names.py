from __future__ import annotations

import pytest

from bot.core.names import edit_distance, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.K.", "uk"),
        ("Côte d'Ivoire", "cote divoire"),
        ("The Netherlands", "netherlands"),
        ("  Guinea-Bissau ", "guinea bissau"),
        ("TÜRKIYE", "turkiye"),
        ("the", "the"),
    ],
)
def test_normalise_folds_case_accents_and_punctuation(text: str, expected: str) -> None:
    assert expected == normalise(text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("germnay", "germany", 1),  # a swap of neighbours is one edit
        ("germany", "germany", 0),
        ("swedn", "sweden", 1),
        ("narnia", "armenia", 3),
    ],
)
def test_edit_distance_counts_swaps_once(a: str, b: str, expected: int) -> None:
    assert expected == edit_distance(a, b, limit=5)


def test_edit_distance_stops_past_the_limit() -> None:
    assert 3 == edit_distance("abcdefgh", "zzzzzzzz", limit=2)
