"""The candidates an item offers, and the features of each: one view for training and reading.

A candidate is every country the item names (by name, demonym, seat, regulator, leader or
operator) and, where the text names none, the country its outlet's domain or its language
points to: "Bakslag för Huawei i 5G-tvisten" is Swedish news about Sweden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.analysis.learned.features import (
    Candidate,
    Features,
    RuleView,
    Windows,
    candidate_features,
    item_features,
)
from bot.core.analysis.mentions import Entity
from bot.core.items import Item, outlet_of
from bot.core.models import Stance

# The country a language is mostly news of (German is also Austria's and Switzerland's, but
# an Austrian story names Austria far more often than a German one names Germany).
LANGUAGE_COUNTRY = {
    "de": "DE",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "pt": "PT",
    "nl": "NL",
    "pl": "PL",
    "sv": "SE",
    "fi": "FI",
    "cs": "CZ",
    "ro": "RO",
    "da": "DK",
    "no": "NO",
    "sk": "SK",
    "sl": "SI",
    "et": "EE",
    "lt": "LT",
    "hu": "HU",
}
# Country domains sold to the world as brands: they say nothing of the outlet's country.
_BRAND_DOMAINS = frozenset({"co", "io", "tv", "me", "ai", "fm", "ly", "cc", "ws", "to", "la", "gg"})


@dataclass(frozen=True)
class Observation:
    """Everything the learned stage decides from."""

    features: Features
    candidates: tuple[Candidate, ...]
    candidate_features: tuple[Features, ...]
    # Each candidate's stance on record the day before the story ("" where none is known).
    recorded: tuple[str, ...]


def observe(
    item: Item,
    entities: list[Entity],
    rules: RuleView,
    *,
    language: str,
    known: frozenset[str],
    standing: Callable[[str], Stance],
) -> Observation:
    """`standing` gives a country's stance on record the day before the story."""
    candidates = _candidates(entities, item.link, language, known)
    stances = [standing(c.code) for c in candidates]  # each looked up once
    windows = Windows(item.text, len(item.title), entities)
    codes = [c.code for c in candidates]
    per_candidate = tuple(
        _with_record(
            candidate_features(windows, len(item.title), c, rules=rules, codes=codes),
            c.code,
            stance,
            rules,
        )
        for c, stance in zip(candidates, stances, strict=True)
    )
    features = item_features(
        windows, item.title, item.summary, entities, rules=rules, language=language
    )
    if stances:
        features[f"prior:{stances[0]}"] = 1.0
    recorded = tuple("" if stance is Stance.UNKNOWN else str(stance) for stance in stances)
    return Observation(features, candidates, per_candidate, recorded)


def _candidates(
    entities: list[Entity], link: str, language: str, known: frozenset[str]
) -> tuple[Candidate, ...]:
    mentions: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.code:
            mentions.setdefault(entity.code, []).append(entity)
    implied: dict[str, list[str]] = {}
    for via, code in (
        ("tld", domain_country(link, known)),
        ("language", LANGUAGE_COUNTRY.get(language, "")),
    ):
        if code:
            implied.setdefault(code, []).append(via)
    codes = list(mentions) + [code for code in implied if code not in mentions]
    return tuple(
        Candidate(code, tuple(mentions.get(code, ())), tuple(implied.get(code, ())))
        for code in codes
    )


def domain_country(link: str, known: frozenset[str]) -> str:
    """The country of a link's country-code domain ("www.svd.se" → SE, "bbc.co.uk" → GB)."""
    try:
        suffix = outlet_of(link).rsplit(".", 1)[-1].upper()
    except ValueError:
        return ""
    if suffix == "UK":
        return "GB"
    if len(suffix) != 2 or suffix.lower() in _BRAND_DOMAINS or suffix not in known:
        return ""
    return suffix


def _with_record(features: Features, code: str, recorded: Stance, rules: RuleView) -> Features:
    """A candidate's features, and its stance on record and whether the rules repeat it."""
    features[f"prior:{recorded}"] = 1.0
    features.update(against_record(code, recorded, rules))
    return features


def against_record(code: str, recorded: Stance, rules: RuleView) -> dict[str, float]:
    """Whether the rules' stance for a country repeats the one on record or changes it."""
    read = rules.stances.get(code)
    if read is None or recorded is Stance.UNKNOWN:
        return {}
    return {"rule~prior:same" if read == str(recorded) else "rule~prior:differs": 1.0}
