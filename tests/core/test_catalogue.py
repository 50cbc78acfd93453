"""The message catalogue: every language complete, placeholders as English has them."""

from __future__ import annotations

import pytest

from bot.core.catalogue import (
    ENGLISH_CODE,
    LANGUAGE_NAMES,
    LANGUAGES,
    MESSAGES,
    language_word,
    placeholders,
    say,
    stance_name,
)
from bot.core.catalogue.en import ENGLISH
from bot.core.models import Stance

OTHERS = [code for code in LANGUAGES if code != ENGLISH_CODE]


@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_every_key_english_has(language: str) -> None:
    assert [] == sorted(set(ENGLISH) - set(MESSAGES[language]))
    assert [] == sorted(set(MESSAGES[language]) - set(ENGLISH))


@pytest.mark.parametrize("language", OTHERS)
def test_every_message_fills_the_placeholders_english_fills(language: str) -> None:
    differ = [
        key
        for key, message in MESSAGES[language].items()
        if placeholders(message) != placeholders(ENGLISH[key])
    ]
    assert [] == differ


@pytest.mark.parametrize("language", LANGUAGES)
def test_counted_messages_have_the_same_plural_forms_as_english(language: str) -> None:
    forms = {
        key: sorted(message) if not isinstance(message, str) else None
        for key, message in MESSAGES[language].items()
    }
    english = {key: sorted(m) if not isinstance(m, str) else None for key, m in ENGLISH.items()}
    assert english == forms


def test_plurals_follow_each_language() -> None:
    assert ["1 source", "2 sources", "0 sources"] == [
        say("en", "alert.sources", n) for n in (1, 2, 0)
    ]
    assert ["0 source", "1 source", "2 sources"] == [
        say("fr", "alert.sources", n) for n in (0, 1, 2)
    ]
    assert (
        "1 Quelle, 3 Quellen" == f"{say('de', 'alert.sources', 1)}, {say('de', 'alert.sources', 3)}"
    )


def test_a_language_without_a_key_says_it_in_english() -> None:
    assert "Sorry" == say("xx", "reply.sorry")


def test_stance_names_in_every_language() -> None:
    assert ["Banned", "Verboten", "Interdit", "Prohibido"] == [
        stance_name(language, Stance.BANNED) for language in LANGUAGES
    ]
    assert "in Prüfung" == stance_name("de", Stance.UNDER_REVIEW, inline=True)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("de", "de"), ("Deutsch", "de"), ("german", "de"), ("FR", "fr"), ("Español", "es")],
)
def test_languages_as_people_type_them(typed: str, code: str) -> None:
    assert code == language_word(typed)


def test_an_unknown_language_is_none_and_every_code_has_a_name() -> None:
    assert (None, set(LANGUAGES)) == (language_word("klingon"), set(LANGUAGE_NAMES))
