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
from collections.abc import Iterator, Sequence
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


def newest_entries(body: bytes, limit: int) -> Trimmed | None:
    """The document with only its `limit` newest entries, or None when it cannot be cut (or
    need not be: `limit` entries or fewer). Only the newest so far are kept while scanning, so
    a document of 100,000 entries costs no list of 100,000 spans."""
    newest: list[tuple[float, int, int, int]] = []  # a heap of (stamp, -position, start, end)
    first, last, entries = 0, 0, 0
    try:
        for position, (start, end) in enumerate(_entry_spans(body)):
            ranked = (_stamp(body, start, end), -position, start, end)
            if len(newest) < limit:
                heapq.heappush(newest, ranked)
            elif ranked > newest[0]:
                heapq.heapreplace(newest, ranked)
            first, last, entries = first if position else start, end, position + 1
    except _UnclosedEntryError:
        return None
    if entries <= limit:
        return None
    kept = sorted((start, end) for _, _, start, end in newest)
    parts = [body[:first], *(body[start:end] for start, end in kept), body[last:]]
    return Trimmed(b"\n".join(parts), entries, len(kept))


def newest_items(items: Sequence[Item], limit: int) -> list[Item]:
    """The `limit` newest items in their order: dated before undated, then the earlier ones."""

    def rank(index: int) -> tuple[bool, float, int]:
        item = items[index]
        return (item.published_estimated, -item.published.timestamp(), index)

    return [items[index] for index in sorted(sorted(range(len(items)), key=rank)[:limit])]


class _UnclosedEntryError(Exception):
    """An entry does not close where the scan expects: the document is parsed whole instead."""


def _entry_spans(body: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of every entry, in order."""
    position = 0
    while match := _OPENING.search(body, position):
        closing = body.find(b"</" + match.group(1), match.end())
        end = body.find(b">", closing) + 1 if closing >= 0 else 0
        if end <= 0:
            raise _UnclosedEntryError
        yield match.start(), end
        position = end


def _stamp(body: bytes, start: int, end: int) -> float:
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
