"""A long feed cut to its newest entries before feedparser reads it.

feedparser costs about 0.2 ms per entry and keeps the whole document's entries in memory, so a
feed of 100,000 entries would cost seconds and hundreds of MB for items the bot then throws
away. `newest_entries` finds the entries' byte spans with a scan of the raw document (C-speed
regular expressions; one Python step per entry), reads only each entry's date, keeps the
`limit` newest in a bounded heap, and returns the document rebuilt from its head, those entries
(in their order) and its tail. Entries without a readable date rank after dated ones, earlier
before later (feeds list the newest first).

The scan only cuts documents in an ASCII-compatible encoding whose entries close as
`</item>` / `</entry>` (with any namespace prefix); anything else is left whole, and
`parse_feed` caps the parsed items instead, slower but the same result.
"""

from __future__ import annotations

import contextlib
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import mktime_tz, parsedate_tz

from bot.core.items import Item

_OPENING = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))[\s>]")
_DATE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(pubDate|published|updated|date|issued|modified)[^>]*>"
    rb"\s*([^<]{6,64}?)\s*</"
)
_UNDATED = float("-inf")
# "Fri, 04 Dec 2026 07:00:00 GMT" or "+0100": what nearly every RSS feed writes.
_COMMON_RFC822 = re.compile(
    rb"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    rb"\s*(?:GMT|UTC?|Z|([+-])(\d{2})(\d{2}))?"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            b"jan",
            b"feb",
            b"mar",
            b"apr",
            b"may",
            b"jun",
            b"jul",
            b"aug",
            b"sep",
            b"oct",
            b"nov",
            b"dec",
        ),
        start=1,
    )
}
_EPOCH = datetime(1970, 1, 1)  # noqa: DTZ001 (naive on purpose: compared with naive UTC times)


@dataclass(frozen=True)
class Trimmed:
    body: bytes
    entries: int  # in the whole document
    kept: int


def rough_count(body: bytes) -> int:
    """At least as many as the document's entries (it counts `<item` and `<entry` openings,
    including longer names), in microseconds: most feeds are far below any cap."""
    return (
        body.count(b"<item") + body.count(b"<entry") + body.count(b":item") + body.count(b":entry")
    )


def entry_spans(body: bytes) -> list[tuple[int, int]] | None:
    """Each entry's (start, end) in the document, delimited as `NewestScan` delimits them;
    None when an entry does not close."""
    spans, position = [], 0
    while (match := _OPENING.search(body, position)) is not None:
        closing = body.find(b"</" + match.group(1), match.end())
        end = body.find(b">", closing) + 1 if closing >= 0 else 0
        if end <= 0:
            return None
        spans.append((match.start(), end))
        position = end
    return spans


def newest_entries(body: bytes, limit: int) -> Trimmed | None:
    """The document with only its `limit` newest entries, or None when it cannot be cut (or
    need not be: `limit` entries or fewer). Only the newest so far are kept while scanning, so
    a document of 100,000 entries costs no list of 100,000 spans."""
    scan = NewestScan(limit)
    scan.feed(body)
    result = scan.finish()
    return result if isinstance(result, Trimmed) else None


class NewestScan:
    """`newest_entries` for a document that arrives in pieces, holding no more of it than it
    must: everything until more than `limit` entries were seen (it may yet have to be read
    whole), then only the document's head, the newest `limit` entries so far and the piece
    being scanned. `finish()` gives the same `Trimmed` as `newest_entries` of the whole
    document; else the whole document while it is still held (`Whole`), or `Lost` when an
    entry that does not close is found after the document's start was let go."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._buffer = bytearray()  # the document from offset `_base` on
        self._base = 0
        self._resume = 0  # where to look for the next entry (an offset in the document)
        self._open: tuple[int, bytes, int] | None = None  # start, closing tag, where to look
        self._newest: list[tuple[float, int, bytes]] = []  # a heap of (stamp, -position, entry)
        self._head: bytes | None = None  # once more than `limit` entries were seen
        self._first = self._last = self._entries = 0

    def feed(self, piece: bytes) -> None:
        self._buffer += piece
        self._scan()
        if self._head is not None:  # only the tail from the last entry on need be held
            del self._buffer[: self._last - self._base]
            self._base = self._last

    def finish(self) -> Trimmed | Whole | Lost:
        if self._head is None:
            return Whole(bytes(self._buffer))
        if self._open is not None:
            return Lost()
        kept = [entry for _, _, entry in sorted(self._newest, key=lambda e: -e[1])]
        tail = bytes(self._buffer[self._last - self._base :])
        return Trimmed(b"\n".join([self._head, *kept, tail]), self._entries, len(kept))

    def _scan(self) -> None:
        buffer, base = self._buffer, self._base
        while True:
            if self._open is None:
                match = _OPENING.search(buffer, self._resume - base)
                if match is None:  # an opening may yet begin at the last "<"
                    last = buffer.rfind(b"<", self._resume - base)
                    self._resume = base + (last if last >= 0 else len(buffer))
                    return
                closing_tag = b"</" + match.group(1)
                self._open = (base + match.start(), closing_tag, base + match.end())
            start, closing_tag, look_from = self._open
            closing = buffer.find(closing_tag, look_from - base)
            end = buffer.find(b">", closing) + 1 if closing >= 0 else 0
            if end <= 0:  # not closed yet: look again where a closing tag may still begin
                seen = len(buffer) - len(closing_tag) + 1 if closing < 0 else closing
                self._open = (start, closing_tag, base + max(look_from - base, seen))
                return
            self._entry(start - base, end)
            self._open, self._resume = None, base + end

    def _entry(self, start: int, end: int) -> None:
        """An entry at buffer[start:end]: among the newest so far, or not."""
        position, newest = self._entries, self._newest
        ranked = (_stamp(self._buffer, start, end), -position)
        if len(newest) < self._limit:
            heapq.heappush(newest, (*ranked, bytes(self._buffer[start:end])))
        elif ranked > newest[0][:2]:
            heapq.heapreplace(newest, (*ranked, bytes(self._buffer[start:end])))
        if not position:
            self._first = self._base + start
        self._last, self._entries = self._base + end, position + 1
        if self._entries > self._limit and self._head is None:
            self._head = bytes(self._buffer[: self._first - self._base])


@dataclass(frozen=True)
class Whole:
    """The document could not be cut, or need not be: here it is, whole."""

    body: bytes


@dataclass(frozen=True)
class Lost:
    """The document could not be cut after all, and its start was let go: read it again whole."""


def newest_items(items: Sequence[Item], limit: int) -> list[Item]:
    """The `limit` newest items in their order: dated before undated, then the earlier ones."""

    def rank(index: int) -> tuple[bool, float, int]:
        item = items[index]
        return (item.published_estimated, -item.published.timestamp(), index)

    return [items[index] for index in sorted(sorted(range(len(items)), key=rank)[:limit])]


def _stamp(body: bytes | bytearray, start: int, end: int) -> float:
    """The entry's first date as a POSIX timestamp (RFC 822 or ISO 8601), else -inf."""
    match = _DATE.search(body, start, end)
    if match is None:
        return _UNDATED
    common = _COMMON_RFC822.fullmatch(match.group(2))
    if common is not None:  # most entries: done without the general parsers
        return _rfc822_seconds(common)
    text = match.group(2).decode("ascii", "replace")
    if text[:1].isdigit():
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    parts = parsedate_tz(text)
    try:
        return float(mktime_tz(parts)) if parts is not None else _UNDATED
    except (ValueError, OverflowError):
        return _UNDATED


def _rfc822_seconds(match: re.Match[bytes]) -> float:
    day, month, year, hour, minute, second, sign, hours, minutes = match.groups()
    try:
        # Naive, then made UTC by the offset below.
        when = datetime(  # noqa: DTZ001
            int(year), _MONTHS[month.lower()], int(day), int(hour), int(minute), int(second or 0)
        )
    except (KeyError, ValueError):
        return _UNDATED
    offset = (int(hours) * 3600 + int(minutes) * 60) * (-1 if sign == b"-" else 1) if sign else 0
    return (when - _EPOCH).total_seconds() - offset
