"""Feed lists as OPML, the format feed readers import and export.

Reading is strict and all or nothing: every problem of a document is listed and none of its
feeds is taken. Documents that declare a DOCTYPE or entities are refused outright, as feeds are.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

from bot.core.errors import ImportDataError

MAX_FEEDS = 200
MAX_URL_LENGTH = 2000
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str = ""


def dump_opml(feeds: Sequence[OpmlFeed], title: str, now: datetime) -> bytes:
    """An OPML 2.0 document listing the feeds, oldest first, as feed readers expect it."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        label = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=label, title=label, xmlUrl=feed.url)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds of an OPML document, in order, each URL once; ImportDataError listing every
    problem otherwise."""
    root = _root(data)
    problems: list[str] = []
    feeds: dict[str, OpmlFeed] = {}
    for number, outline in enumerate(root.iter("outline"), start=1):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue  # a folder, or a plain note: only outlines with an xmlUrl are feeds
        title = (outline.get("title") or outline.get("text") or "").strip()
        problem = _url_problem(url)
        if problem:
            problems.append(f"outline {number} ({title or 'untitled'}): {problem}")
        else:
            feeds.setdefault(url, OpmlFeed(url, title))
    if not feeds and not problems:
        problems.append("it lists no feed (no outline has an xmlUrl)")
    if len(feeds) > MAX_FEEDS:
        problems.append(f"it lists {len(feeds)} feeds; at most {MAX_FEEDS} at a time")
    if problems:
        raise ImportDataError("The OPML file was not imported; nothing changed:", problems)
    return list(feeds.values())


def _root(data: bytes) -> ET.Element:
    if _DECLARATION.search(data[:4096]):
        raise ImportDataError(
            "The OPML file was not imported:", ["it declares a DOCTYPE or entities, refused"]
        )
    try:
        root = ET.fromstring(data)  # noqa: S314 - no DOCTYPE or entity can reach the parser
    except ET.ParseError as exc:
        raise ImportDataError(
            "The OPML file was not imported:", [f"it is not well-formed XML ({exc})"]
        ) from exc
    if root.tag != "opml" or root.find("body") is None:
        raise ImportDataError(
            "The OPML file was not imported:", ["it is not OPML (no <opml> with a <body>)"]
        )
    return root


def _url_problem(url: str) -> str:
    if len(url) > MAX_URL_LENGTH:
        return f"its xmlUrl is longer than {MAX_URL_LENGTH} characters"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"“{url}” is not an http(s) URL"
    return ""
