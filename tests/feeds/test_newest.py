"""A long feed is cut to its newest entries before it is parsed, whatever order it lists them in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from email.utils import format_datetime

from bot.feeds.newest import Lost, NewestScan, Trimmed, Whole, newest_entries, rough_count
from bot.feeds.parse import parse_feed
from tests.samples import NOW

# Hours before NOW of each entry, in document order: not sorted, as some feeds are.
AGES = [5, 1, 9, 0, 7, 3]


def rss_of(ages: Sequence[int | None]) -> bytes:
    items = "".join(
        f"<item><title>Entry {n}</title><link>https://news.example/{n}</link>"
        + (
            f"<pubDate>{format_datetime(NOW - timedelta(hours=age))}</pubDate>"
            if age is not None
            else ""
        )
        + "</item>"
        for n, age in enumerate(ages)
    )
    return f"<rss version='2.0'><channel><title>Long</title>{items}</channel></rss>".encode()


def atom_of(ages: list[int]) -> bytes:
    entries = "".join(
        f"<atom:entry><atom:id>urn:e{n}</atom:id><atom:title>Entry {n}</atom:title>"
        f"<atom:updated>{(NOW - timedelta(hours=age)).isoformat()}</atom:updated></atom:entry>"
        for n, age in enumerate(ages)
    )
    return (
        "<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'><atom:title>Long</atom:title>"
        f"{entries}</atom:feed>"
    ).encode()


def titles(body: bytes, limit: int) -> tuple[list[str], int]:
    parsed = parse_feed(body, fetched_at=NOW, max_items=limit)
    return [item.title for item in parsed.items], parsed.dropped


def test_the_newest_entries_are_kept_in_their_order() -> None:
    assert (["Entry 1", "Entry 3", "Entry 5"], 3) == titles(rss_of(AGES), 3)


def test_atom_with_a_namespace_prefix_is_cut_the_same_way() -> None:
    trimmed = newest_entries(atom_of(AGES), 3)
    assert trimmed is not None
    assert (6, 3) == (trimmed.entries, trimmed.kept)
    assert (["Entry 1", "Entry 3", "Entry 5"], 3) == titles(atom_of(AGES), 3)


def test_undated_entries_rank_after_dated_ones_earliest_first() -> None:
    assert (["Entry 0", "Entry 1", "Entry 3"], 2) == titles(rss_of([None, 4, None, 2, None]), 3)


def test_a_feed_within_the_cap_is_read_whole() -> None:
    assert (None, ["Entry 0", "Entry 1"], 0) == (
        newest_entries(rss_of([1, 2]), 2),
        *titles(rss_of([1, 2]), 2),
    )


def test_a_document_the_scan_cannot_cut_is_capped_after_parsing() -> None:
    wide = rss_of(AGES).decode().replace("<rss", "<?xml version='1.0' encoding='utf-16'?><rss")
    body = wide.encode("utf-16")
    assert (None, (["Entry 1", "Entry 3", "Entry 5"], 3)) == (
        newest_entries(body, 3),
        titles(body, 3),
    )


def test_the_rough_count_never_counts_fewer_than_there_are() -> None:
    assert rough_count(rss_of(AGES)) >= len(AGES)
    assert rough_count(atom_of(AGES)) >= len(AGES)


def test_a_document_whose_entry_does_not_close_is_left_whole() -> None:
    body = rss_of(AGES).replace(b"</channel>", b"<item><title>Cut short</title></channel>")
    assert None is newest_entries(body, 3)


def scanned_in_pieces(body: bytes, limit: int, size: int) -> Trimmed | Whole | Lost:
    scan = NewestScan(limit)
    for start in range(0, len(body), size):
        scan.feed(body[start : start + size])
    return scan.finish()


def test_a_document_scanned_in_pieces_is_cut_as_if_it_were_whole() -> None:
    documents = [rss_of(AGES), atom_of(AGES), rss_of([None, 4, None, 2, None]), rss_of(AGES * 9)]
    for body in documents:
        for size in (1, 2, 7, 64, len(body)):
            assert newest_entries(body, 3) == scanned_in_pieces(body, 3, size), (body, size)


def test_a_document_within_the_cap_is_given_back_whole_when_scanned_in_pieces() -> None:
    body = rss_of(AGES)
    assert Whole(body) == scanned_in_pieces(body, 6, 5)


def test_an_entry_that_does_not_close_after_the_cap_asks_for_the_whole_document() -> None:
    body = rss_of(AGES).replace(b"</channel></rss>", b"<item><title>cut off")
    assert (None, Lost()) == (newest_entries(body, 3), scanned_in_pieces(body, 3, 16))
