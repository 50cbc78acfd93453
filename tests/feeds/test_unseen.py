"""A changed feed read by its new entries only: the same items as the whole document gives."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.feeds.newest import entry_spans
from bot.feeds.parse import ParsedFeed, parse_feed
from bot.feeds.parsed import Seen

FETCHED = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
BASE = "https://feeds.example/feed.xml"
DOCUMENTS = Path(__file__).parent / "documents"
FORMATS = ["rss20.xml", "atom.xml", "rdf.xml"]


def parse(body: bytes, previous: Seen | None = None, base_url: str = BASE) -> ParsedFeed:
    return parse_feed(body, fetched_at=FETCHED, base_url=base_url, previous=previous)


def entries_of(document: bytes) -> tuple[bytes, list[bytes], bytes]:
    spans = entry_spans(document)
    assert spans
    entries = [document[start:end] for start, end in spans]
    return document[: spans[0][0]], entries, document[spans[-1][1] :]


def earlier(document: bytes) -> bytes:
    """The feed as it was before: without its two newest entries, with the fourth's title
    different (edited since), and other text in its head (build time, RSS 1.0's contents)."""
    head, entries, tail = entries_of(document)
    edited = entries[3].replace(b"</title>", b" (draft)</title>", 1)
    assert edited != entries[3]
    head = re.sub(rb"(<(?:lastBuildDate|updated|dc:date)>)[^<]*", rb"\g<1>yesterday", head)
    head = re.sub(rb'\s*<rdf:li rdf:resource="[^"]*/700[01]"/>', b"", head)
    return head + b"\n".join([*entries[2:3], edited, *entries[4:]]) + tail


def seen_of(document: bytes) -> Seen:
    seen = parse(document).seen
    assert seen is not None
    return seen


@pytest.mark.parametrize("name", FORMATS)
def test_a_changed_feed_gives_the_whole_documents_items_for_its_new_and_changed_entries(
    name: str,
) -> None:
    document = (DOCUMENTS / name).read_bytes()
    whole = parse(document)

    partial = parse(document, seen_of(earlier(document)))

    expected_items = (whole.items[0], whole.items[1], whole.items[3])
    assert (expected_items, len(whole.items) - 3) == (partial.items, partial.unchanged)
    assert (whole.title, whole.link, whole.seen) == (partial.title, partial.link, partial.seen)
    assert ((), (), len(whole.items)) == (partial.warnings, partial.skipped, partial.entries)


@pytest.mark.parametrize("name", FORMATS)
def test_an_unchanged_feed_gives_no_items_and_its_title(name: str) -> None:
    document = (DOCUMENTS / name).read_bytes()
    whole = parse(document)

    again = parse(document, whole.seen)

    assert ((), len(whole.items), whole.title) == (again.items, again.unchanged, again.title)


def test_the_fixtures_hold_what_they_are_meant_to() -> None:
    rss, atom, rdf = (parse((DOCUMENTS / name).read_bytes()) for name in FORMATS)

    assert "Telecom Policy Wire – Huawei & 5G" == rss.title
    assert "Anna Schröder" not in rss.items[0].summary  # the creator is not the summary
    assert rss.items[0].summary.startswith("Operators must remove Huawei components")
    assert "https://veille-telecom.example/articles/2026/12/arcep-refus-bouygues" == (
        atom.items[0].link
    )
    assert "Le Soir" == atom.items[1].outlet
    assert "Budapest sieht keinen Anlass für Beschränkungen." == rdf.items[2].summary


def test_new_markup_around_the_entries_has_the_feed_read_whole() -> None:
    document = (DOCUMENTS / "atom.xml").read_bytes()
    seen = seen_of(earlier(document))
    moved = document.replace(b'xml:base="https://veille-telecom.example/articles/"', b"", 1)

    partial = parse(moved, seen)

    assert (parse(moved).items, 0) == (partial.items, partial.unchanged)
    assert partial.items[0].link.startswith(BASE.rsplit("/", 1)[0] + "/2026/12/")


def test_a_document_from_another_address_is_read_whole() -> None:
    document = (DOCUMENTS / "rss20.xml").read_bytes()

    moved = parse(document, seen_of(document), base_url="https://elsewhere.example/feed")

    assert (7, 0) == (len(moved.items), moved.unchanged)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ((b'encoding="UTF-8"', b'encoding="ISO-8859-1"'), "declares another encoding"),
        ((b"Anatel says", b"Anatel \xe9 says"), "is not UTF-8 throughout"),
        ((b"</item>\n  <item>", b"</item>\n  <!-- ad -->\n  <item>"), "has more between entries"),
    ],
)
def test_a_document_that_cannot_be_cut_is_read_whole_every_time(
    change: tuple[bytes, bytes], why: str
) -> None:
    original = (DOCUMENTS / "rss20.xml").read_bytes()
    document = original.replace(*change)
    assert document != original, why

    first, second = parse(document), parse(document, seen_of(original))

    assert (None, None, 7, 0) == (first.seen, second.seen, len(second.items), second.unchanged)


def test_a_document_read_with_warnings_has_the_next_one_read_whole() -> None:
    original = (DOCUMENTS / "rss20.xml").read_bytes()
    document = original.replace(b"Sweden&#8217;s", b"Sweden&rsquo;s")  # undefined in XML

    whole, partial = parse(document), parse(document, seen_of(original))

    assert (whole.items[-1:], 6) == (partial.items, partial.unchanged)
    assert (None, None) == (whole.seen, partial.seen)
    assert (True, True) == (bool(whole.warnings), bool(partial.warnings))


def test_an_entry_that_does_not_close_is_read_whole() -> None:
    document = b"<rss><channel><title>T</title><item><title>A</title></channel></rss>"

    assert (None, 0) == (parse(document).seen, parse(document).unchanged)
