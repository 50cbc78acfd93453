"""Small text helpers shared by handlers: dates, country labels, history lines, source links."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.core.catalogue import ENGLISH_CODE, say, stance_name
from bot.core.items import outlet_of
from bot.core.models import Change, Country, Origin, Stance
from bot.core.replies import Link

ORIGIN_LABELS = {
    Origin.SEED: "the bundled record",
    Origin.NEWS: "the news",
    Origin.OPERATOR: "an operator",
}


def country_label(country: Country) -> str:
    return f"{country.flag} {country.name}"


def change_line(change: Change, language: str = ENGLISH_CODE) -> str:
    """One dated change; its reason is the record's own text (English)."""
    was = ""
    if change.previous:
        was = say(
            language, "change.was", stance=stance_name(language, change.previous, inline=True)
        )
    stance = stance_name(language, change.stance)
    return f"{change.on.isoformat()} · {stance}{was}: {change.reason}"


def stance_word(text: str) -> Stance | None:
    """A stance from what people type: "banned", "under review", "under-review", "review"."""
    key = text.casefold().replace("-", "_").replace(" ", "_")
    aliases = {"review": "under_review", "ban": "banned", "partner": "partnered"}
    key = aliases.get(key, key)
    return Stance(key) if key in Stance._value2member_map_ else None


def moment(value: datetime | None, language: str = ENGLISH_CODE) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else say(language, "time.never")


def source_links(urls: Iterable[str]) -> tuple[Link, ...]:
    """Each source once, labelled by its site: bbc.co.uk, reuters.com."""
    return tuple(Link(outlet_of(url), url) for url in dict.fromkeys(urls))
