"""A parser worker process: `python -m bot.feeds.parse_worker`, started by `FeedParser`.

A fresh interpreter that imports the parser and nothing else of the bot (no reading model, no
chat clients, no HTTP client), so each worker costs what feedparser costs. It serves one job at
a time over its stdin and stdout:

    request:  frame(pickle(Job))  then  job.size raw bytes of the document
    answer:   frame(pickle(ParsedFeed, FeedError or Lost))

A long document (over `STREAM_ABOVE` bytes, to be cut to its newest entries) is scanned as it
arrives (`bot.feeds.newest.NewestScan`), so the worker never holds it whole: a feed of 100,000
entries costs it the newest entries, not 21 MB. In the rare case the scan cannot cut it after
all (an entry that never closes, found after the document's start was let go), the worker
answers `Lost` and the bot sends it again with `whole` set, to be parsed as it is.

A job may carry what the feed's previous document held (`Job.previous`, a few hundred bytes
of digests): only the entries that document did not have are then parsed (`bot.feeds.unseen`),
and the answer carries the digests of this one. The worker itself remembers nothing between
jobs.

A frame is a 4-byte big-endian length and that many bytes. The document travels raw, in
chunks, so neither side makes a pickled copy of a large body. Both ends are this program's own
processes: the pickles never come from elsewhere.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import struct
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

from bot.feeds.errors import FeedError

if TYPE_CHECKING:
    from bot.feeds.newest import Lost, Trimmed
    from bot.feeds.parsed import ParsedFeed, Seen

_LENGTH = struct.Struct(">I")
# What the parser's imports would load and a worker never uses: TLS (feedparser imports
# urllib.request, which imports ssl) and OpenSSL's hashes (hashlib falls back to Python's own,
# which give the same digests). Left out, libssl and libcrypto stay out: about 5 MB a worker.
_LEFT_OUT = ("ssl", "_ssl", "_hashlib")
# Imported by the parser's modules but only used to fetch URLs, which a worker never does
# (feedparser's own fetching code, and urllib.request that it and xml.sax name): loaded only if
# something uses them. Left out, http.client and the email parser stay out too.
_ON_FIRST_USE = ("urllib.request", "feedparser.http")


STREAM_ABOVE = 1 << 20  # bytes: a longer document to be cut is scanned as it arrives
_PIECE = 256 * 1024  # bytes read at a time while scanning
_ENTITY_OVERLAP = len(b"<!ENTITY") - 1  # a declaration may straddle two pieces


@dataclass(frozen=True)
class Job:
    size: int  # bytes of the document that follow the frame
    fetched_at: datetime
    base_url: str
    max_items: int | None
    whole: bool = False  # read it whole, however long: a scan as it arrived could not cut it
    previous: Seen | None = None  # what the feed's previous document held: parse only the new

    @property
    def streamed(self) -> bool:
        return self.max_items is not None and not self.whole and self.size > STREAM_ABOVE


def frame(payload: bytes) -> bytes:
    return _LENGTH.pack(len(payload)) + payload


def frame_length(header: bytes) -> int:
    (length,) = _LENGTH.unpack(header)
    return int(length)


def answer(job: Job, body: bytes) -> ParsedFeed | FeedError:
    """The parse, or why it failed: a parser bug becomes the feed's failure, not the worker's."""
    from bot.feeds.parse import parse_feed  # noqa: PLC0415 (after main() left modules out)

    return _guarded(
        lambda: parse_feed(
            body,
            fetched_at=job.fetched_at,
            base_url=job.base_url,
            max_items=job.max_items,
            previous=job.previous,
        )
    )


def _guarded(parse: Callable[[], ParsedFeed]) -> ParsedFeed | FeedError:
    try:
        return parse()
    except FeedError as error:
        return error
    except Exception as error:  # the worker's edge: report it, keep serving
        return FeedError("parse_failed", f"{type(error).__name__}: {error}")


def answer_streamed(job: Job, source: BinaryIO) -> ParsedFeed | FeedError | Lost | None:
    """`answer` for a long document read from `source` a piece at a time and cut as it comes;
    the same result as `answer` of the whole document. None: the input ended mid-document."""
    from bot.feeds.newest import NewestScan, Trimmed, Whole  # noqa: PLC0415
    from bot.feeds.parse import OPENING_BYTES, declares_entities_ascii, is_wide  # noqa: PLC0415

    assert job.max_items is not None
    first = source.read(min(_PIECE, job.size))
    if is_wide(first):  # not ASCII-compatible: nothing to cut by bytes
        body = first + _read_exactly(source, job.size - len(first))
        return answer(job, body) if len(body) == job.size else None
    scan, left, entities, tail = NewestScan(job.max_items), job.size, False, b""
    piece = first
    while piece:
        scan.feed(piece)
        entities = entities or declares_entities_ascii(tail + piece)
        tail, left = piece[-_ENTITY_OVERLAP:], left - len(piece)
        piece = source.read(min(_PIECE, left)) if left else b""
    if left:
        return None
    result = scan.finish()
    if isinstance(result, Whole):  # within the cap, or not cut: parsed as it is
        return answer(job, result.body)
    if not isinstance(result, Trimmed):
        return result  # Lost: the bot sends it again, to be read whole
    return _guarded(lambda: _trimmed(job, result, first[:OPENING_BYTES], entities))


def _trimmed(job: Job, trimmed: Trimmed, opening: bytes, entities: bool) -> ParsedFeed:
    from bot.feeds.parse import parse_document, unsafe_xml  # noqa: PLC0415

    if entities:
        raise unsafe_xml()
    return parse_document(
        trimmed.body,
        opening=opening,
        dropped=trimmed.entries - trimmed.kept,
        fetched_at=job.fetched_at,
        base_url=job.base_url,
        max_items=job.max_items,
        previous=job.previous,
    )


def serve(source: BinaryIO, sink: BinaryIO) -> None:
    """Answer jobs until the bot closes our stdin."""
    while header := _read_exactly(source, _LENGTH.size):
        job = pickle.loads(_read_exactly(source, frame_length(header)))  # noqa: S301 (our parent)
        result = _answer_job(job, source)
        if result is None:  # the bot went away mid-job
            return
        sink.write(frame(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
        sink.flush()


def _answer_job(job: Job, source: BinaryIO) -> ParsedFeed | FeedError | Lost | None:
    if job.streamed:
        return answer_streamed(job, source)
    body = _read_exactly(source, job.size) if job.size else b""
    return answer(job, body) if len(body) == job.size else None


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    """`size` bytes (a buffered read fills one bytes object: a large body is held once), or
    b"" at the end of input."""
    data = source.read(size)
    if data and len(data) < size:
        raise EOFError(f"input ended after {len(data)} of {size} bytes")
    return data


class _OnFirstUse(types.ModuleType):
    """A stand-in for a module that imports the real one when one of its names is used."""

    def __getattr__(self, attribute: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attribute)


def _defer(name: str) -> None:
    stand_in = _OnFirstUse(name)
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:  # `import urllib.request` then finds `urllib.request`
        setattr(sys.modules[parent], child, stand_in)


def lean_imports() -> None:
    """Load the parser, leaving out or deferring what parsing bytes never needs."""
    for name in _LEFT_OUT:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    importlib.import_module("urllib")
    for name in _ON_FIRST_USE:
        _defer(name)
    importlib.import_module("bot.feeds.parse")  # loaded once, before the first job


def main() -> None:
    # Ctrl-C reaches every process of the terminal: the bot decides when its workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lean_imports()

    sink = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # a stray print must not corrupt the answers
    serve(sys.stdin.buffer, sink)


if __name__ == "__main__":
    main()
