"""Small rules of wording shared by replies, alerts and the command line: counts and order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.names import normalise

# In the record but not countries: a bloc and a continent under a treaty.
NOT_COUNTRIES = {"EU": "places.eu", "AQ": "places.aq"}
_IRREGULAR = {"country": "countries", "family": "families", "reply": "replies"}


def plural(count: int, word: str) -> str:
    """ "1 source", "2 sources", "0 countries"."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {_IRREGULAR.get(word, word + 's')}"


def count_places(codes: Iterable[str], language: str = ENGLISH_CODE) -> str:
    """How many countries a set of record codes holds, the EU and Antarctica named apart:
    "249 countries, the EU and Antarctica", "27 countries"."""
    unique = set(codes)
    others = [say(language, key) for code, key in NOT_COUNTRIES.items() if code in unique]
    countries = say(language, "places.countries", len(unique) - len(others))
    if len(others) == 2:
        first = say(language, "places.list", first=countries, second=others[0])
        return say(language, "places.and", first=first, second=others[1])
    if others:
        return say(language, "places.and", first=countries, second=others[0])
    return countries


def name_key(name: str) -> str:
    """Sorts names as a reader expects: accents and case folded, a leading "The" ignored
    ("Åland" with the A's, "Côte d'Ivoire" before "Croatia")."""
    return normalise(name)


def day(value: date | None, language: str = ENGLISH_CODE) -> str:
    """A date as replies and pictures show it: "14 Jul 2020" ("14 juil. 2020"), or a dash
    when there is none."""
    if value is None:
        return "—"
    month = say(language, "date.months").split()[value.month - 1]
    return f"{value.day} {month} {value.year}"
