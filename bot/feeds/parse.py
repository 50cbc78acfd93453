"""Parsing feed documents: feedparser on bytes in, frozen `Item`s out; feedparser dicts stop here.

feedparser only ever gets the bytes, wrapped in a BytesIO: given a str or bytes it may treat the
value as a URL or a file name and open it. It never fetches, sanitises or rewrites HTML for us:
summaries become plain text here, and links are resolved and made canonical here.

Entity bombs: a document that declares entities (`<!ENTITY` anywhere, after decoding UTF-16/32)
is refused as "unsafe_xml" before feedparser sees it. feedparser strips most entity
declarations itself and expat ≥ 2.4 limits amplification, but a comment in the DTD slips past
feedparser's regex, and expat's limit still lets a document grow a hundredfold in memory. Real
feeds do not declare entities, so refusing is cheap and leaves nothing to chance.
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin
from xml.sax import SAXException

import feedparser

from bot.core.items import Item, canonical_link, not_after, outlet_of, visible_text
from bot.feeds.errors import FeedError
from bot.feeds.newest import newest_entries, newest_items, rough_count
from bot.feeds.parsed import ParsedFeed, Seen, Skipped
from bot.feeds.unseen import cut_unseen

__all__ = ["ParsedFeed", "Skipped", "parse_document", "parse_feed"]

TITLE_LIMIT = 300
OPENING_BYTES = 4096  # where an HTML page served as a feed gives itself away
SUMMARY_LIMIT = 1000
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_ENTITY_DECLARATION_BYTES = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_MARK = re.compile(rb"<html[\s>]|<!doctype\s+html", re.IGNORECASE)
# XML 1.0 appendix F: how a document's first bytes give away a non-ASCII-compatible encoding.
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),
)


def parse_feed(
    body: bytes,
    *,
    fetched_at: datetime,
    base_url: str = "",
    max_items: int | None = None,
    previous: Seen | None = None,
) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom bytes; with `max_items`, only that many of the newest
    entries; with `previous`, only the entries the feed's previous document did not have.
    Raises FeedError: "empty", "unsafe_xml", "not_a_feed" or "malformed"."""
    if not body or body.isspace():
        raise FeedError("empty", "the document is empty")
    if _declares_entities(body):
        raise unsafe_xml()
    document, dropped = body, 0
    if max_items is not None and rough_count(body) > max_items:
        trimmed = newest_entries(body, max_items)
        if trimmed is not None:
            document, dropped = trimmed.body, trimmed.entries - trimmed.kept
    return parse_document(
        document,
        opening=body[:OPENING_BYTES],
        dropped=dropped,
        fetched_at=fetched_at,
        base_url=base_url,
        max_items=max_items,
        previous=previous,
    )


def parse_document(
    document: bytes,
    *,
    opening: bytes,
    dropped: int,
    fetched_at: datetime,
    base_url: str,
    max_items: int | None,
    previous: Seen | None = None,
) -> ParsedFeed:
    """`parse_feed` once the document is known to be safe and cut to the newest entries
    (`dropped` older ones left out); `opening` is the start of the document as it came."""
    cut = cut_unseen(document, base_url, previous)
    parsed = _read(
        cut.body if cut else document,
        opening=opening,
        dropped=dropped,
        fetched_at=fetched_at,
        base_url=base_url,
        max_items=max_items,
    )
    if cut is None:
        return parsed
    # A document read with warnings may have been read by feedparser's forgiving parser: the
    # next one is read whole, so its entries cannot read differently for being alone.
    return replace(parsed, unchanged=cut.unchanged, seen=None if parsed.warnings else cut.seen)


def _read(
    document: bytes,
    *,
    opening: bytes,
    dropped: int,
    fetched_at: datetime,
    base_url: str,
    max_items: int | None,
) -> ParsedFeed:
    parsed = feedparser.parse(
        io.BytesIO(document), sanitize_html=False, resolve_relative_uris=False
    )
    warnings = _check(parsed, opening)
    feed = parsed.get("feed", {})
    link = urljoin(base_url, feed.get("link", "")) if feed.get("link") else base_url
    items, skipped = [], []
    for index, entry in enumerate(parsed.get("entries", [])):
        # A plain dict: FeedParserDict's key aliases warn and guess (updated → published).
        item = _item(dict(entry), base=base_url or link, fetched_at=fetched_at)
        if item is None:
            skipped.append(Skipped("no_identity", f"entry {index + 1} has no guid, link or title"))
        else:
            items.append(item)
    if max_items is not None and len(items) > max_items:  # a document the scan could not cut
        dropped += len(items) - max_items
        items = newest_items(items, max_items)
    return ParsedFeed(
        title=_text(feed, "title", TITLE_LIMIT),
        link=link,
        items=tuple(items),
        skipped=tuple(skipped),
        warnings=tuple(warnings),
        dropped=dropped,
    )


def unsafe_xml() -> FeedError:
    return FeedError("unsafe_xml", "the document declares XML entities (a possible bomb)")


def _declares_entities(body: bytes) -> bool:
    for prefix, encoding in _WIDE_ENCODINGS:
        if body.startswith(prefix):
            return bool(_ENTITY_DECLARATION.search(body.decode(encoding, "replace")))
    return declares_entities_ascii(body)


def is_wide(body: bytes) -> bool:
    """Whether the document's first bytes give away an encoding that is not ASCII-compatible."""
    return any(body.startswith(prefix) for prefix, _ in _WIDE_ENCODINGS)


def declares_entities_ascii(body: bytes | bytearray) -> bool:
    """`<!ENTITY` in a document of an ASCII-compatible encoding."""
    return _ENTITY_DECLARATION_BYTES.search(body) is not None


def _check(parsed: Mapping[str, Any], opening: bytes) -> list[str]:
    """The warnings of a usable document; FeedError for one that yields nothing."""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    has_entries = bool(parsed.get("entries"))
    if not parsed.get("version") and not has_entries:
        if _HTML_MARK.search(opening):
            raise FeedError("not_a_feed", "the document is an HTML page, not RSS or Atom")
        detail = f"{type(problem).__name__}: {problem}" if problem else "no RSS or Atom found"
        raise FeedError("not_a_feed", detail)
    if isinstance(problem, SAXException) and not has_entries:  # broken XML, nothing salvaged
        raise FeedError("malformed", f"{type(problem).__name__}: {problem}")
    return [f"{type(problem).__name__}: {problem}"] if problem is not None else []


def _item(entry: Mapping[str, Any], *, base: str, fetched_at: datetime) -> Item | None:
    guid = str(entry.get("id") or "").strip()
    link = canonical_link(urljoin(base, entry.get("link", ""))) if entry.get("link") else ""
    title = _text(entry, "title", TITLE_LIMIT)
    if not (guid or link or title):
        return None
    given = _published(entry)
    published = not_after(given, fetched_at) if given else None
    source = entry.get("source") or {}
    return Item(
        title=title,
        summary=_summary(entry),
        link=link,
        published=published or fetched_at,
        guid=guid,
        published_estimated=published is None or published is not given,
        outlet=_fold(str(source.get("title") or "")) or outlet_of(link or base),
    )


def _summary(entry: Mapping[str, Any]) -> str:
    """The summary, else the first content; feedparser may copy content into `summary` without
    its type, so the type comes from whichever detail is present."""
    detail = entry.get("summary_detail") or {}
    if detail.get("value"):
        return _plain(str(detail["value"]), str(detail.get("type", "")), SUMMARY_LIMIT)
    for content in entry.get("content") or ():
        if content.get("value"):
            return _plain(str(content["value"]), str(content.get("type", "")), SUMMARY_LIMIT)
    return _plain(str(entry.get("summary") or ""), "text/html", SUMMARY_LIMIT)


def _published(entry: Mapping[str, Any]) -> datetime | None:
    """The first of published, updated, created that parses; feedparser gives UTC tuples."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parts = entry.get(key)
        if parts:
            try:
                return datetime.fromtimestamp(calendar.timegm(parts), UTC)
            except (TypeError, ValueError, OverflowError, OSError):
                continue
    return None


def _text(element: Mapping[str, Any], key: str, limit: int) -> str:
    detail = element.get(f"{key}_detail") or {}
    return _plain(str(element.get(key) or ""), str(detail.get("type", "")), limit)


def _plain(value: str, content_type: str, limit: int) -> str:
    """Plain text: HTML (by its declared type) stripped, entities decoded, spaces folded."""
    text = html_to_text(value) if "html" in content_type else value
    return cap(_fold(text), limit)


def _fold(text: str) -> str:
    return " ".join(visible_text(text).split())


def cap(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with "…" when it was longer."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


class _TextCollector(HTMLParser):
    """Text of an HTML fragment: scripts and styles dropped, block ends turned into spaces."""

    SILENT = frozenset({"script", "style", "template", "noscript", "head"})
    BREAKS = frozenset(
        {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "blockquote", "hr"}
        | {"h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "figcaption"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._silent = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SILENT:
            self._silent += 1
        elif tag in self.BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SILENT:
            self._silent = max(0, self._silent - 1)
        elif tag in self.BREAKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._silent:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return "".join(collector.parts)
