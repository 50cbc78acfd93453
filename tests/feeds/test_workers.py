"""Parsing in worker processes gives what parsing in-process gives, errors and the cap included,
and the workers load only the parser."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.feeds.errors import FeedError
from bot.feeds.parse import parse_feed
from bot.feeds.parse_worker import STREAM_ABOVE
from bot.feeds.workers import FeedParser
from tests.samples import NOW, STORIES, rss


@pytest.fixture
async def pooled() -> AsyncIterator[FeedParser]:
    parser = FeedParser(workers=1, max_items=2)
    yield parser
    await parser.close()


async def test_a_worker_parses_like_the_event_loop_would(pooled: FeedParser) -> None:
    body = rss(*STORIES)
    expected = parse_feed(body, fetched_at=NOW, base_url="https://news.example/rss", max_items=2)
    actual = await pooled.parse(body, fetched_at=NOW, base_url="https://news.example/rss")
    assert expected == actual


async def test_a_worker_reads_only_the_newest_entries(pooled: FeedParser) -> None:
    parsed = await pooled.parse(rss(*STORIES), fetched_at=NOW, base_url="")
    assert (["Story 0", "Story 1"], 1) == ([i.title for i in parsed.items], parsed.dropped)


async def test_a_parse_failure_crosses_back_with_its_reason(pooled: FeedParser) -> None:
    with pytest.raises(FeedError) as caught:
        await pooled.parse(b"<html><body>no feed</body></html>", fetched_at=NOW, base_url="")
    assert "not_a_feed" == caught.value.reason


async def test_an_empty_document_crosses_to_a_worker_and_back(pooled: FeedParser) -> None:
    with pytest.raises(FeedError) as caught:
        await pooled.parse(b"", fetched_at=NOW, base_url="")
    assert "empty" == caught.value.reason


def test_a_feed_error_pickles_whole() -> None:
    error = FeedError("http_429", "slow down", retry_after=30.0)
    copy = pickle.loads(pickle.dumps(error))
    assert ("http_429", "slow down", 30.0, str(error)) == (
        copy.reason,
        copy.detail,
        copy.retry_after,
        str(copy),
    )


async def test_ctrl_c_does_not_kill_a_worker(pooled: FeedParser) -> None:
    body = rss(*STORIES)
    await pooled.parse(body, fetched_at=NOW, base_url="")
    for pid in pooled.pids:
        os.kill(pid, signal.SIGINT)  # what a terminal's Ctrl-C sends to every process
    await asyncio.sleep(0.2)
    parsed = await pooled.parse(body, fetched_at=NOW, base_url="")
    assert 2 == len(parsed.items)


async def test_a_worker_that_dies_fails_its_feed_and_is_replaced(pooled: FeedParser) -> None:
    body = rss(*STORIES)
    await pooled.parse(body, fetched_at=NOW, base_url="")
    (first,) = pooled.pids
    os.kill(first, signal.SIGKILL)
    with pytest.raises(FeedError) as caught:
        await pooled.parse(body, fetched_at=NOW, base_url="")
    parsed = await pooled.parse(body, fetched_at=NOW, base_url="")
    assert ("parse_failed", 2, True) == (
        caught.value.reason,
        len(parsed.items),
        first not in pooled.pids,
    )


async def test_a_worker_loads_the_parser_and_not_the_bot(pooled: FeedParser) -> None:
    await pooled.parse(rss(*STORIES), fetched_at=NOW, base_url="")
    (pid,) = pooled.pids
    mapped = await asyncio.to_thread(Path(f"/proc/{pid}/maps").read_text)
    # The bot's compiled dependencies show in a process's memory map once imported.
    left_out = ("aiohttp", "yarl", "numpy", "_sqlite3", "_ssl", "_hashlib")
    assert [] == [name for name in left_out if name in mapped]


def test_a_worker_defers_the_fetching_modules_until_something_uses_them() -> None:
    code = (
        "import sys, datetime\n"
        "from bot.feeds.parse_worker import lean_imports\n"
        "lean_imports()\n"
        "from bot.feeds.parse import parse_feed\n"
        "body = sys.stdin.buffer.read()\n"
        "now = datetime.datetime.now(datetime.UTC)\n"
        "print(len(parse_feed(body, fetched_at=now).items), 'http.client' in sys.modules)\n"
        "import urllib.request, feedparser\n"
        "print(callable(urllib.request.urlopen), callable(feedparser.api.http.get))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=rss(*STORIES), capture_output=True, timeout=60,
        check=True,
    )  # fmt: skip
    assert [f"{len(STORIES)} False", "True True"] == done.stdout.decode().split("\n")[:2]


# Past STREAM_ABOVE, so a worker scans it as it arrives: few entries (parsing a document the
# scan cannot cut reads every one), each padded to about 4 KB.
LONG = [(f"Long story {n}", f"https://news.example/long/{n}") for n in range(300)]
PADDING = "<description>" + "words " * 700 + "</description></item>"


def long_document(ending: bytes = b"") -> bytes:
    body = rss(*LONG).replace(b"</item>", PADDING.encode())
    body = body.replace(b"</channel>", ending + b"</channel>")
    assert len(body) > STREAM_ABOVE
    return body


def in_process(body: bytes) -> tuple[list[str], int]:
    parsed = parse_feed(body, fetched_at=NOW, base_url="", max_items=2)
    return [item.title for item in parsed.items], parsed.dropped


async def test_a_long_document_is_cut_as_it_arrives_like_in_process(pooled: FeedParser) -> None:
    body = long_document()
    parsed = await pooled.parse(body, fetched_at=NOW, base_url="")
    assert (["Long story 0", "Long story 1"], 298) == in_process(body)
    assert in_process(body) == ([item.title for item in parsed.items], parsed.dropped)


async def test_a_long_document_that_cannot_be_cut_is_sent_again_and_read_whole(
    pooled: FeedParser,
) -> None:
    body = long_document(b"<item><title>Never closes")
    parsed = await pooled.parse(body, fetched_at=NOW, base_url="")
    assert in_process(body) == ([item.title for item in parsed.items], parsed.dropped)


async def test_a_long_document_declaring_entities_is_refused(pooled: FeedParser) -> None:
    body = long_document(b"<!ENTITY lol 'lol'>")
    with pytest.raises(FeedError) as caught:
        await pooled.parse(body, fetched_at=NOW, base_url="")
    assert "unsafe_xml" == caught.value.reason


async def test_a_worker_reads_only_the_entries_the_last_document_did_not_have() -> None:
    documents = Path(__file__).parent / "documents"
    document = (documents / "atom.xml").read_bytes()
    previous = parse_feed(document, fetched_at=NOW, base_url="https://veille.example/").seen
    changed = document.replace(b"Espagne : aucune", b"Espagne : toujours aucune")
    expected = parse_feed(
        changed, fetched_at=NOW, base_url="https://veille.example/", previous=previous
    )
    parser = FeedParser(workers=1)
    try:
        actual = await parser.parse(
            changed, fetched_at=NOW, base_url="https://veille.example/", previous=previous
        )
    finally:
        await parser.close()
    assert (expected, 5) == (actual, actual.unchanged)


async def test_a_long_document_cut_as_it_arrives_is_read_by_its_new_entries(
    pooled: FeedParser,
) -> None:
    body = long_document()
    base = "https://news.example/rss"
    first = await pooled.parse(body, fetched_at=NOW, base_url=base)
    again = await pooled.parse(body, fetched_at=NOW, base_url=base, previous=first.seen)
    assert (2, (), 2, 298) == (len(first.items), again.items, again.unchanged, again.dropped)
