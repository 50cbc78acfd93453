"""A changed feed read by its new entries only.

A changed feed usually differs from its previous document by a few entries at the top, and
parsing all of it again (about 0.2 ms an entry) to find them was most of a poll's cost. Each
entry's raw bytes, as `entry_spans` delimits them, get a digest; a feed's previous digests come
with the parse (`Seen`), and feedparser reads the document's head, only the entries whose
digest is new (an entry whose bytes changed has a new one) and its tail: still bytes, still
the whole parser.

The cut gives exactly the items the whole document would give for those entries, because it
is only made when nothing outside an entry can change how the entry reads:

- the markup around the entries (the root's and channel's tags: namespaces, `xml:base`,
  `xml:lang`) and the URL the document came from are the same as last time. The text between
  those tags (a new `lastBuildDate`, a new title) is read from the new head anyway; RSS 1.0's
  table of contents (`rdf:li`), which feedparser ignores, does not count;
- the document is UTF-8 (declared so, or declaring nothing) and decodes as such: feedparser
  decodes the whole document otherwise when one byte anywhere is not, which would read the
  new entries differently;
- every entry closes and only whitespace lies between them (no comment or feed element that
  the cut would lose or that betrays an `<item>` inside text).

Anything else is parsed whole (`cut_unseen` gives None, and nothing is kept for next time).
The digests are kept only when a parse had no warnings (`bot.feeds.parse`): a document that
feedparser read with its forgiving parser is read whole the next time too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from hashlib import blake2b
from itertools import pairwise

from bot.feeds.newest import entry_spans
from bot.feeds.parsed import DIGEST_SIZE, Seen

_DECLARED_ENCODING = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']"
)
_UTF8_NAMES = frozenset({b"utf-8", b"utf8"})
_TAG = re.compile(rb"<[^>]*>")
_TABLE_OF_CONTENTS = re.compile(rb"</?(?:[A-Za-z_][\w.-]*:)?li[\s/>]")


@dataclass(frozen=True)
class Cut:
    body: bytes  # the document's head, the entries not seen before, its tail
    seen: Seen  # what the whole document holds, for the next one
    unchanged: int  # entries left out: 0 when `body` is the whole document


def cut_unseen(document: bytes, base_url: str, previous: Seen | None) -> Cut | None:
    """The document without the entries `previous` had, byte for byte; the whole of it (and
    its digests) when none can be left out; None when it cannot be cut at all."""
    if not base_url or not _utf8(document):
        return None
    spans = entry_spans(document)
    if not spans or not _only_space_between(document, spans):
        return None
    head, tail = document[: spans[0][0]], document[spans[-1][1] :]
    view = memoryview(document)
    digests = [_digest(view[start:end]) for start, end in spans]
    seen = Seen(_frame(base_url, head, tail), b"".join(digests))
    if previous is None or previous.frame != seen.frame:
        return Cut(document, seen, 0)
    known = previous.entry_digests()
    new = [
        view[start:end]
        for (start, end), digest in zip(spans, digests, strict=True)
        if digest not in known
    ]
    if len(new) == len(spans):
        return Cut(document, seen, 0)
    return Cut(b"\n".join([head, *new, tail]), seen, len(spans) - len(new))


def _utf8(document: bytes) -> bool:
    declared = _DECLARED_ENCODING.match(document)
    if declared is not None and declared.group(1).lower() not in _UTF8_NAMES:
        return False
    if document.isascii():
        return True
    try:
        document.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _only_space_between(document: bytes, spans: list[tuple[int, int]]) -> bool:
    return all(not document[end:start].strip() for (_, end), (start, _) in pairwise(spans))


def _digest(entry: memoryview) -> bytes:
    return blake2b(entry, digest_size=DIGEST_SIZE).digest()


def _frame(base_url: str, head: bytes, tail: bytes) -> bytes:
    """A digest of the URL and of the tags around the entries, without the text between."""
    frame = blake2b(base_url.encode(), digest_size=DIGEST_SIZE)
    for part in (head, tail):
        frame.update(b"\0")
        for tag in _TAG.findall(part):
            if _TABLE_OF_CONTENTS.match(tag) is None:
                frame.update(tag)
    return frame.digest()
