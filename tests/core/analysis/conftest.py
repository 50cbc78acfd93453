from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.catalog import load_analyser
from bot.core.analysis import Analyser, Analysis
from bot.core.analysis.lexicon import Hit, Lexicon, Lexicons
from bot.core.countries import CountryIndex
from bot.core.items import Item
from tests.conftest import CONFIG

PUBLISHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def analyser(countries: CountryIndex) -> Analyser:
    """The rules alone (no trained model, no record history), with the configured actors."""
    return load_analyser(CONFIG / "countries.toml", countries)


def item(title: str, summary: str = "") -> Item:
    return Item(title=title, summary=summary, link="https://example.com/a", published=PUBLISHED)


def stances(analysis: Analysis) -> set[tuple[str, str | None]]:
    """(country, stance) for every finding; None for a finding without a stance."""
    return {(f.country, f.stance and str(f.stance)) for f in analysis.findings}


Signals = set[tuple[str, str]]


def signals(analysis: Analysis) -> Signals:
    """(country, stance) for the findings that carry a stance."""
    return {(f.country, str(f.stance)) for f in analysis.signals}


def read(analyser: Analyser, title: str, summary: str = "") -> Signals:
    """The stance signals the rules read in one headline and its summary."""
    return signals(analyser.analyse(item(title, summary)))


def hits(lexicon: Lexicon, text: str) -> list[Hit]:
    """One lexicon's hits in `text`, as a pass over it alone finds them."""
    return Lexicons(lexicon).scan(text)[0]
