"""Every fixed text a channel reads, in each language the bot speaks: one catalogue.

A message is a text with named placeholders (`{place}`), or, when it counts something, its
plural forms (`one`, `other`) with `{count}`. English is complete and the fallback: a key a
language lacks is said in English. `tests/core/test_catalogue.py` fails when a language lacks a
key English has, or a message's placeholders differ from English's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from string import Formatter
from types import MappingProxyType

from bot.core.catalogue.de import GERMAN
from bot.core.catalogue.en import ENGLISH
from bot.core.catalogue.es import SPANISH
from bot.core.catalogue.fr import FRENCH
from bot.core.catalogue.kinds import Message, Messages
from bot.core.errors import UsageError
from bot.core.models import Country, Stance

ENGLISH_CODE = "en"
MESSAGES: Mapping[str, Messages] = MappingProxyType(
    {ENGLISH_CODE: ENGLISH, "de": GERMAN, "fr": FRENCH, "es": SPANISH}
)
LANGUAGES = tuple(MESSAGES)
LANGUAGE_NAMES = MappingProxyType(
    {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
)


@dataclass(frozen=True)
class Phrase:
    """A catalogue message as another's placeholder value, said in the same language: a
    refusal raised where the language is unknown ("Usage: {usage}") is said again whole."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


def say(language: str, key: str, count: int | None = None, /, **values: object) -> str:
    """The message `key` in `language` (English where it has none), its placeholders filled;
    `count` picks the plural form and fills `{count}`; a Phrase value is said in `language`."""
    message = MESSAGES.get(language, ENGLISH).get(key) or ENGLISH[key]
    if not isinstance(message, str):
        message = message[_plural_form(language, count or 0)]
    if count is not None:
        values["count"] = count
    return message.format(**{name: _said(language, value) for name, value in values.items()})


def _said(language: str, value: object) -> object:
    if isinstance(value, Phrase):
        return say(language, value.key, **value.values)
    return value


def refusal(key: str, /, **values: object) -> UsageError:
    """A UsageError the channel reads in its language: the English text, and the key and
    values to say it again in the channel's."""
    return UsageError(say(ENGLISH_CODE, key, **values), key, values)


def _plural_form(language: str, count: int) -> str:
    """French says "0 source" and "1 source"; English, German and Spanish "0 sources"."""
    if language == "fr":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


def placeholders(message: Message) -> frozenset[str]:
    """The names a message fills, over all its plural forms."""
    texts = [message] if isinstance(message, str) else list(message.values())
    return frozenset(
        name for text in texts for _, name, _, _ in Formatter().parse(text) if name is not None
    )


def language_word(text: str) -> str | None:
    """A language as typed (`de`, `Deutsch`, `german`): its code, or None."""
    typed = text.strip().casefold()
    for code, name in LANGUAGE_NAMES.items():
        if typed in (code, name.casefold(), _ENGLISH_NAMES[code]):
            return code
    return None


_ENGLISH_NAMES = {"en": "english", "de": "german", "fr": "french", "es": "spanish"}


def stance_name(language: str, stance: Stance, *, inline: bool = False) -> str:
    """ "Restricted" as a label, "restricted" inside a sentence, in the reader's language."""
    return say(language, f"stance.{stance.value}" + (".inline" if inline else ""))


def place_name(language: str, country: Country) -> str:
    """Flag and name, as alerts and digests show a country: "🇦🇹 Österreich"."""
    return f"{country.flag} {country.name_in(language)}"


def month_date(language: str, moment: datetime) -> str:
    """ "04 Dec 2026 15:30" with the month in the reader's language."""
    month = say(language, "date.months").split()[moment.month - 1]
    return f"{moment:%d} {month} {moment:%Y %H:%M}"


class Style(StrEnum):
    """How a channel's alerts look: the whole story, or one line each."""

    FULL = "full"
    COMPACT = "compact"


@dataclass(frozen=True)
class Look:
    """A channel's choice of alert style and language."""

    style: Style = Style.FULL
    language: str = ENGLISH_CODE


DEFAULT_LOOK = Look()  # full alerts in English: a channel that chose nothing
