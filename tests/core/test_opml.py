"""OPML in and out: strict, all or nothing, every problem named."""

from __future__ import annotations

import pytest

from bot.core.errors import ImportDataError
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from tests.conftest import FIXED_NOW

FEEDS = [OpmlFeed("https://a.example/rss", "A news"), OpmlFeed("http://b.example/feed", "")]


def test_an_export_reads_back_as_the_same_feeds_an_untitled_one_named_by_its_url() -> None:
    document = dump_opml(FEEDS, "stancebot feeds", FIXED_NOW)
    assert [
        OpmlFeed("https://a.example/rss", "A news"),
        OpmlFeed("http://b.example/feed", "http://b.example/feed"),
    ] == parse_opml(document)
    assert b"<title>stancebot feeds</title>" in document


def test_nested_outlines_are_read_and_a_url_listed_twice_counts_once() -> None:
    document = b"""<?xml version="1.0"?><opml version="2.0"><head/><body>
      <outline text="Telecom"><outline text="A" xmlUrl="https://a.example/rss"/></outline>
      <outline text="A again" xmlUrl="https://a.example/rss"/>
      <outline text="B" xmlUrl="https://b.example/rss"/></body></opml>"""
    assert [OpmlFeed("https://a.example/rss", "A"), OpmlFeed("https://b.example/rss", "B")] == (
        parse_opml(document)
    )


def test_every_bad_outline_is_named_and_nothing_is_taken() -> None:
    document = b"""<opml version="2.0"><body>
      <outline text="Good" xmlUrl="https://a.example/rss"/>
      <outline text="Local" xmlUrl="file:///etc/passwd"/>
      <outline text="Odd" xmlUrl="gopher://x"/></body></opml>"""
    with pytest.raises(ImportDataError) as raised:
        parse_opml(document)
    assert (
        "outline 2 (Local): “file:///etc/passwd” is not an http(s) URL",
        "outline 3 (Odd): “gopher://x” is not an http(s) URL",
    ) == raised.value.problems


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (b"<opml><body>", "it is not well-formed XML"),
        (b"<rss><channel/></rss>", "it is not OPML"),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><opml><body/></opml>', "it declares a DOCTYPE"),
        (b"<opml><body><outline text='folder'/></body></opml>", "it lists no feed"),
    ],
)
def test_documents_that_are_not_usable_opml_are_refused(document: bytes, problem: str) -> None:
    with pytest.raises(ImportDataError) as raised:
        parse_opml(document)
    assert raised.value.problems[0].startswith(problem)
