"""What parsing a feed gives: plain values, so the bot's process, which only receives them from
its parser workers, never imports feedparser (`bot.feeds.parse` does the parsing)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.items import Item

DIGEST_SIZE = 16  # bytes of an entry's digest


@dataclass(frozen=True)
class Skipped:
    """An entry left out, and why (reason is a slug, detail says which entry)."""

    reason: str
    detail: str


@dataclass(frozen=True)
class Seen:
    """What a feed's document held, for its next one to be read by its new entries only
    (`bot.feeds.unseen`): a digest of everything around the entries (with the URL it came
    from), and each entry's digest, `DIGEST_SIZE` bytes each, end to end (a few hundred bytes
    a feed, one object)."""

    frame: bytes
    entries: bytes

    def entry_digests(self) -> set[bytes]:
        size = DIGEST_SIZE
        return {self.entries[start : start + size] for start in range(0, len(self.entries), size)}


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    items: tuple[Item, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]  # survivable problems: the items are still good
    dropped: int = 0  # older entries left out beyond the cap (`max_items`)
    unchanged: int = 0  # entries left out because the previous document had them, byte for byte
    seen: Seen | None = None  # for the next document's parse; None: read the next one whole

    @property
    def entries(self) -> int:
        """The document's items within the cap: those parsed and the unchanged ones left out."""
        return len(self.items) + self.unchanged
