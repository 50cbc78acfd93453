"""A tenant's watched keywords: words, quoted phrases and exclusions; never a regex."""

from __future__ import annotations

import pytest

from bot.core.analysis import DEFAULT_KEYWORDS, KeywordMatch, KeywordRules
from bot.core.errors import UsageError


def test_words_match_case_insensitively_on_word_boundaries() -> None:
    rules = KeywordRules.parse(["huawei", "5g"])
    assert ("huawei", "5g") == rules.match("HUAWEI rolls out 5G").matched
    assert () == rules.match("Huaweiphone 5Gx").matched


def test_a_plural_ending_still_matches() -> None:
    assert ('"high-risk vendor"',) == KeywordRules.parse(['"high-risk vendor"']).match(
        "EU rules on high-risk vendors"
    ).matched


def test_a_phrase_matches_across_any_whitespace() -> None:
    rules = KeywordRules.parse(['"state aid"'])
    assert rules.match("new State\n aid rules").passes
    assert not rules.match("the state gave aid").passes


def test_an_exclusion_blocks_an_item_that_matches_otherwise() -> None:
    rules = KeywordRules.parse(["huawei", "-honor", '-"phone review"'])
    assert KeywordMatch(("huawei",), ("-honor",)) == rules.match("Huawei sells Honor")
    assert not rules.match("Huawei phone review").passes
    assert rules.match("Huawei 5G ban").passes


def test_rules_with_only_exclusions_pass_everything_else() -> None:
    rules = KeywordRules.parse(["-honor"])
    assert rules.match("Sweden bans Huawei").passes
    assert not rules.match("Honor phones").passes


def test_nothing_typed_is_a_regular_expression() -> None:
    rules = KeywordRules.parse(["a.b", '"c+d"', "(e)"])
    assert ("a.b", '"c+d"', "(e)") == rules.match("a.b then c+d and (e)").matched
    assert () == rules.match("axb then ccd and e").matched


def test_terms_are_kept_as_typed_and_once() -> None:
    assert ("huawei", '"high-risk vendor"', "-honor") == KeywordRules.parse(
        [" huawei ", '"high-risk  vendor"', "-honor", "huawei"]
    ).terms


@pytest.mark.parametrize("term", ["", "  ", "-", '""', '"unclosed', "two words", "--", '-""'])
def test_invalid_terms_are_refused(term: str) -> None:
    with pytest.raises(UsageError):
        KeywordRules.parse([term])


def test_the_defaults_let_huawei_news_through() -> None:
    rules = KeywordRules.parse(DEFAULT_KEYWORDS)
    assert rules.match("Sweden bans high-risk vendors").passes
    assert rules.match("ZTE wins tender").passes
    assert not rules.match("Apple unveils iPhone").passes
