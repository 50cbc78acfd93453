"""The fast lexicon scan gives what one big case-insensitive regex would."""

from __future__ import annotations

import re

import pytest

from bench.scoring import load_cases
from bot.core.analysis.cue_lexicon import FAMILIES
from bot.core.analysis.cues import cue_lexicon
from bot.core.analysis.lexicon import Lexicon, Lexicons, guarded, prefixes
from bot.core.analysis.markers import marker_lexicon
from tests.core.analysis.conftest import hits


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"ban(?:s|ned)?\b", {"ban"}),
        (r"(?:lift\w*|scrap\w*)\s+ban", {"lift", "scrap"}),
        (r"bans?", {"ban"}),
        (r"\d+\s*%", set("0123456789")),
        (r"(?:a|b)?c", {"a", "b", "c"}),
        (r"(?:china['’]s\s+)?(?:huawei|zte)\s+is", {"china", "huawe", "zte"}),
        (r"(?:ab)*?c", None),
        (r"(?:ab){0,2}c", None),
        (r"\s+x", None),
        (r"(?<![a-z0-9])5\s?g|fifth", {"5", "fifth"}),
        (r"[ÉE]tats|US", {"É", "E", "US"}),
        (r"[ab]?c", None),
        (r"['’]s", None),
    ],
)
def test_prefixes(pattern: str, expected: set[str] | None) -> None:
    assert expected == prefixes(pattern)


def test_every_cue_and_marker_starts_with_a_literal_word() -> None:
    # A pattern with no literal start is tried at every word of every relevant item (one such
    # pattern cost the full reading about 5%).
    assert ((), ()) == (cue_lexicon().everywhere, marker_lexicon().everywhere)


def test_a_guarded_pattern_finds_what_the_pattern_finds() -> None:
    pattern = re.compile(r"\b(?:chin(?!a\s+mobile)|trusted|bans?)|(?<![a-z])5\s?g|[ÉE]tats")
    fast = guarded(pattern)
    assert fast.pattern != pattern.pattern  # the look-ahead is there
    for case in load_cases():
        text = case.item.text.lower() + " china mobile, 5g, x5g, États, Etats, bans, trusted"
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in fast.finditer(text)
        ], text


def test_a_pattern_that_ignores_case_is_left_unguarded() -> None:
    pattern = re.compile(r"\bbans?\b|\bveto(?:es|ed)?\b", re.IGNORECASE)
    assert pattern is guarded(pattern)


def test_the_scan_matches_one_big_regex_on_real_news() -> None:
    grouped = "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(FAMILIES))
    slow = re.compile(rf"\b(?:{grouped})", re.IGNORECASE)
    for case in load_cases():
        text = case.item.text
        expected = [
            (m.start(), m.end(), FAMILIES[int((m.lastgroup or "g0")[1:])][0])
            for m in slow.finditer(text)
        ]
        assert expected == [tuple(hit) for hit in hits(cue_lexicon(), text)], text


def test_earlier_patterns_win_at_the_same_place() -> None:
    lexicon = Lexicon([("lift", r"drops?\s+(?:its\s+)?ban"), ("ban", r"drops?")])
    assert [(0, 13, "lift"), (20, 25, "ban")] == [
        tuple(h) for h in hits(lexicon, "Drops its ban, then drops X")
    ]


def test_offsets_survive_characters_that_lowercase_to_two() -> None:
    lexicon = Lexicon([("ban", r"bans")])
    assert [(8, 12, "ban")] == [tuple(h) for h in hits(lexicon, "İstanbu bans")]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        # the window's words need not give back letters: the same match, found faster
        (r"huawei\s+(?:[\w'’-]+\s+){0,3}?banned", "Huawei is now banned", (0, 20)),
        # whitespace that may be missing: the run must be free to give letters back
        (r"\w+\s*ban", "xban", (0, 4)),
        (r"\w+\s?ban", "pre ban", (0, 7)),
    ],
)
def test_word_runs_before_whitespace_find_what_the_pattern_finds(
    pattern: str, text: str, expected: tuple[int, int]
) -> None:
    assert re.match(pattern, text, re.IGNORECASE)
    assert [(*expected, "x")] == [tuple(h) for h in hits(Lexicon([("x", pattern)]), text)]


def test_lexicons_read_together_find_what_each_finds_alone() -> None:
    together = Lexicons(cue_lexicon(), marker_lexicon())
    for case in load_cases():
        text = case.item.text
        assert [hits(cue_lexicon(), text), hits(marker_lexicon(), text)] == together.scan(text)


def test_each_lexicon_of_a_pass_keeps_its_own_longest_trigger() -> None:
    # "not" starts a word for both; the first lexicon knows only "no", the second "not"
    first = Lexicon([("neg", r"no\w*\s+ban")])
    second = Lexicon([("not", r"not\s+yet"), ("n", r"nota")])
    text = "not ban, not yet"
    assert [hits(first, text), hits(second, text)] == Lexicons(first, second).scan(text)
    assert [(0, 7, "neg")] == [tuple(h) for h in hits(first, text)]
    assert [(9, 16, "not")] == [tuple(h) for h in hits(second, text)]
