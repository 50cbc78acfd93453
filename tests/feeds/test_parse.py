from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.items import Item
from bot.feeds.errors import FeedError
from bot.feeds.parse import ParsedFeed, Skipped, parse_feed

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

RSS_20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Telecom Policy Wire</title><link>https://wire.example/</link>
  <item>
    <title>UK orders removal of Huawei kit by 2027</title>
    <link>https://www.wire.example/uk-huawei/?utm_source=rss&amp;id=7#top</link>
    <guid isPermaLink="false">wire-7</guid>
    <description>&lt;p&gt;The &lt;b&gt;UK&lt;/b&gt; government said&amp;nbsp;operators must strip
      Huawei equipment.&lt;/p&gt;</description>
    <pubDate>Tue, 14 Jul 2020 14:30:00 +0100</pubDate>
    <source url="https://reuters.example/rss">Reuters</source>
  </item>
  <item>
    <title>Sweden upholds ban</title>
    <link>https://wire.example/sweden</link>
    <pubDate>Mon, 22 Jun 2020 09:00:00 GMT</pubDate>
  </item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF News</title>
    <link>https://rdf.example/</link><description>d</description></channel>
  <item rdf:about="https://rdf.example/de-5g">
    <title>Germany tightens 5G rules</title><link>https://rdf.example/de-5g</link>
    <description>Berlin passes the IT security law.</description>
    <dc:date>2021-04-23T10:00:00+02:00</dc:date>
  </item>
</rdf:RDF>"""

RSS_091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old School</title><link>http://old.example/</link>
  <description>d</description><language>en</language>
  <item><title>Canada reviews Huawei</title><link>http://old.example/ca</link>
    <description>A review begins.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/">
  <title type="html">Atom &amp;amp; Co</title>
  <link href="https://atom.example/"/><id>urn:feed</id><updated>2020-01-01T00:00:00Z</updated>
  <entry>
    <title>France limits Huawei licences</title>
    <link rel="alternate" href="fr-licences"/>
    <id>urn:entry:fr</id>
    <published>2020-07-22T08:00:00-04:00</published>
    <updated>2020-07-23T00:00:00Z</updated>
    <summary type="html">&lt;p&gt;ANSSI &amp;amp; operators&lt;/p&gt;</summary>
    <source><title>Le Monde</title></source>
  </entry>
  <entry>
    <title>Only updated</title><link href="https://atom.example/updated"/>
    <id>urn:entry:u</id><updated>2020-08-01T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Body <em>text</em></p></div></content>
  </entry>
</feed>"""


def rss(items: str, head: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (
        f'{head}<rss version="2.0"><channel><title>F</title><link>https://f.example/</link>'
        f"{items}</channel></rss>"
    ).encode()


def parse(body: bytes, base_url: str = "https://f.example/feed.xml") -> ParsedFeed:
    return parse_feed(body, fetched_at=FETCHED, base_url=base_url)


def failure(body: bytes) -> FeedError:
    with pytest.raises(FeedError) as caught:
        parse(body)
    return caught.value


def test_rss_20_items_become_plain_canonical_dated_items() -> None:
    feed = parse(RSS_20)

    expected = Item(
        title="UK orders removal of Huawei kit by 2027",
        summary="The UK government said operators must strip Huawei equipment.",
        link="https://www.wire.example/uk-huawei?id=7",
        published=datetime(2020, 7, 14, 13, 30, tzinfo=UTC),
        guid="wire-7",
        outlet="Reuters",
    )
    assert ("Telecom Policy Wire", "https://wire.example/") == (feed.title, feed.link)
    assert expected == feed.items[0]
    assert ("", "wire.example") == (feed.items[1].guid, feed.items[1].outlet)
    assert ((), ()) == (feed.skipped, feed.warnings)


def test_rss_10_rdf_items_use_their_about_as_guid_and_dc_date() -> None:
    item = parse(RSS_10).items[0]

    assert ("https://rdf.example/de-5g", datetime(2021, 4, 23, 8, 0, tzinfo=UTC)) == (
        item.guid,
        item.published,
    )
    assert "Berlin passes the IT security law." == item.summary


def test_rss_091_is_read() -> None:
    feed = parse(RSS_091)

    assert ["Canada reviews Huawei"] == [item.title for item in feed.items]
    assert ("http://old.example/ca", "A review begins.") == (
        feed.items[0].link,
        feed.items[0].summary,
    )


def test_atom_entries_prefer_published_and_resolve_links_against_xml_base() -> None:
    feed = parse(ATOM)
    first, second = feed.items

    assert "Atom & Co" == feed.title
    assert (
        Item(
            title="France limits Huawei licences",
            summary="ANSSI & operators",
            link="https://atom.example/news/fr-licences",
            published=datetime(2020, 7, 22, 12, 0, tzinfo=UTC),
            guid="urn:entry:fr",
            outlet="Le Monde",
        )
        == first
    )
    assert (datetime(2020, 8, 1, tzinfo=UTC), "Body text") == (second.published, second.summary)


def test_a_relative_link_is_resolved_against_the_feed_url() -> None:
    feed = parse(rss("<item><title>t</title><link>/news/1?fbclid=x</link></item>"))

    assert "https://f.example/news/1" == feed.items[0].link


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
        b"<html><body><a href='/feed'>our feed</a></body></html>",
        b'{"items": []}',
        b"plain words, not markup",
    ],
)
def test_a_document_that_is_not_a_feed_is_refused(body: bytes) -> None:
    assert "not_a_feed" == failure(body).reason


@pytest.mark.parametrize("body", [b"", b"  \n\t "])
def test_an_empty_body_is_refused(body: bytes) -> None:
    assert "empty" == failure(body).reason


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off',
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T &bogus;</title></channel>',
    ],
)
def test_malformed_xml_that_yields_no_entries_is_refused(body: bytes) -> None:
    assert "malformed" == failure(body).reason


def test_malformed_xml_whose_entries_survive_is_kept_with_a_warning() -> None:
    feed = parse(rss("<item><title>Kept</title><link>https://f.example/k</link></titl></item>"))

    assert ["Kept"] == [item.title for item in feed.items]
    assert 1 == len(feed.warnings)
    assert feed.warnings[0].startswith("SAXParseException")


def test_a_valid_feed_without_entries_parses_to_no_items() -> None:
    feed = parse(rss(""))

    assert ("F", (), ()) == (feed.title, feed.items, feed.warnings)


def billion_laughs(levels: int = 10, trick: str = "") -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, levels)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{trick}\n' + "\n".join(entities) + "]>\n"
        f'<rss version="2.0"><channel><title>&lol{levels - 1};</title>'
        f"<item><title>&lol{levels - 1};</title></item></channel></rss>"
    )


@pytest.mark.parametrize(
    "body",
    [
        billion_laughs().encode(),
        billion_laughs(trick="<!-- <a -->").encode(),  # slips past feedparser's own filter
        billion_laughs().encode("utf-16"),
        rss("<item><title>&a;&a;&a;</title></item>", head='<!DOCTYPE rss [<!ENTITY a "aaaa">]>'),
    ],
    ids=["10x10", "comment-trick", "utf-16", "quadratic"],
)
def test_a_document_declaring_entities_is_refused_before_parsing(body: bytes) -> None:
    started = time.monotonic()

    error = failure(body)

    assert "unsafe_xml" == error.reason
    assert time.monotonic() - started < 0.5


def test_latin_1_bytes_declared_utf_8_still_read_as_text_with_a_warning() -> None:
    body = rss("<item><title>Café über Huawei</title></item>").decode().encode("latin-1")

    feed = parse(body)

    assert "Café über Huawei" == feed.items[0].title
    assert "CharacterEncodingOverride" in feed.warnings[0]


def test_an_empty_feed_with_a_wrong_encoding_is_empty_not_malformed() -> None:
    feed = parse(rss("").replace(b"<title>F</title>", "<title>Café</title>".encode("latin-1")))

    assert ("Café", ()) == (feed.title, feed.items)
    assert "CharacterEncodingOverride" in feed.warnings[0]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8", "utf-16"])
def test_a_feed_without_an_encoding_declaration_is_read(encoding: str) -> None:
    body = rss("<item><title>Café über Huawei</title></item>", head="").decode().encode(encoding)

    assert "Café über Huawei" == parse(body).items[0].title


def test_entries_lacking_guid_and_link_are_kept_by_title_and_skipped_without_one() -> None:
    feed = parse(
        rss(
            "<item><title>Title only</title><description>d</description></item>"
            "<item><description>Neither guid, link nor title</description></item>"
        )
    )

    assert [("Title only", "", "")] == [(i.title, i.guid, i.link) for i in feed.items]
    assert (Skipped("no_identity", "entry 2 has no guid, link or title"),) == feed.skipped


def test_html_summaries_become_plain_text() -> None:
    html = (
        "&lt;div&gt;&lt;h2&gt;Ban&lt;/h2&gt;&lt;p&gt;AT&amp;amp;T &amp;amp; Verizon&lt;br/&gt;"
        "say&amp;nbsp;&amp;#8220;no&amp;#8221;&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;"
        "&lt;style&gt;p{}&lt;/style&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;li&gt;two&lt;/li&gt;"
        "&lt;/ul&gt;&lt;/div&gt;"
    )
    feed = parse(rss(f"<item><title>t</title><description>{html}</description></item>"))

    assert "Ban AT&T & Verizon say “no” one two" == feed.items[0].summary


def test_plain_text_summaries_keep_their_angle_brackets() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>x</id><title type="text">5G &lt; 6G</title>
      <summary type="text">a &lt;b&gt; is not bold</summary></entry></feed>"""

    item = parse(body).items[0]

    assert ("5G < 6G", "a <b> is not bold") == (item.title, item.summary)


def test_long_summaries_and_titles_are_cut_at_a_word_boundary() -> None:
    words = " ".join(["Huawei"] * 400)
    feed = parse(rss(f"<item><title>{words}</title><description>{words}</description></item>"))
    item = feed.items[0]

    assert (True, True) == (len(item.summary) <= 1000, len(item.title) <= 300)
    assert "Huawei…" == item.summary[-7:]
    assert "Huawei…" == item.title[-7:]


def test_a_missing_date_becomes_the_fetch_time_and_is_flagged() -> None:
    feed = parse(rss("<item><title>Undated</title><link>https://f.example/u</link></item>"))

    assert (FETCHED, True) == (feed.items[0].published, feed.items[0].published_estimated)


def test_an_unreadable_date_counts_as_missing() -> None:
    body = rss("<item><title>t</title><pubDate>the day after tomorrow</pubDate></item>")

    assert (FETCHED, True) == (
        parse(body).items[0].published,
        parse(body).items[0].published_estimated,
    )


def test_the_body_is_never_taken_for_a_file_name(tmp_path: Path) -> None:
    local = tmp_path / "local.xml"
    local.write_bytes(RSS_20)

    assert "not_a_feed" == failure(str(local).encode()).reason


def test_an_item_dated_in_the_future_is_dated_at_the_fetch_and_marked_estimated() -> None:
    items = rss(
        "<item><title>Far</title><link>https://f.example/far</link>"
        "<pubDate>Fri, 31 Dec 9999 12:00:00 GMT</pubDate></item>"
        "<item><title>Near</title><link>https://f.example/near</link>"
        "<pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate></item>"
    )
    far, near = parse(items).items
    assert (FETCHED, True) == (far.published, far.published_estimated)
    assert (datetime(2026, 3, 1, 8, tzinfo=UTC), False) == (
        near.published,
        near.published_estimated,
    )
