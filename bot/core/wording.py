"""Small rules of wording shared by replies, alerts and the command line: counts and order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.core.names import normalise

# In the record but not countries: a bloc and a continent under a treaty.
NOT_COUNTRIES = {"EU": "the EU", "AQ": "Antarctica"}
_IRREGULAR = {"country": "countries", "family": "families", "reply": "replies"}


def plural(count: int, word: str) -> str:
    """ "1 source", "2 sources", "0 countries"."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {_IRREGULAR.get(word, word + 's')}"


def count_places(codes: Iterable[str]) -> str:
    """How many countries a set of record codes holds, the EU and Antarctica named apart:
    "249 countries, the EU and Antarctica", "27 countries"."""
    unique = set(codes)
    others = [name for code, name in NOT_COUNTRIES.items() if code in unique]
    countries = plural(len(unique) - len(others), "country")
    if len(others) == 2:
        return f"{countries}, {others[0]} and {others[1]}"
    return f"{countries} and {others[0]}" if others else countries


def name_key(name: str) -> str:
    """Sorts names as a reader expects: accents and case folded, a leading "The" ignored
    ("Åland" with the A's, "Côte d'Ivoire" before "Croatia")."""
    return normalise(name)


def day(value: date | None) -> str:
    """A date as replies and pictures show it: "14 Jul 2020", or a dash when there is none."""
    return f"{value.day} {value:%b %Y}" if value else "—"
