"""What parsing a feed gives: plain values, so the bot's process, which only receives them from
its parser workers, never imports feedparser (`bot.feeds.parse` does the parsing)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.items import Item


@dataclass(frozen=True)
class Skipped:
    """An entry left out, and why (reason is a slug, detail says which entry)."""

    reason: str
    detail: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    items: tuple[Item, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]  # survivable problems: the items are still good
    dropped: int = 0  # older entries left out beyond the cap (`max_items`)
