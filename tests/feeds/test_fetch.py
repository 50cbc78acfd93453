from __future__ import annotations

import asyncio
import dataclasses
import socket
import time
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.feeds.errors import FeedError
from bot.feeds.fetch import Fetcher, FetchResult
from tests.feeds.conftest import NOW, TEST_SETTINGS
from tests.feeds.server import FeedServer

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
MB = 1_000_000


async def failure(fetcher: Fetcher, url: str, *, from_settings: bool = False) -> FeedError:
    with pytest.raises(FeedError) as caught:
        await fetcher.fetch(url, from_settings=from_settings)
    return caught.value


async def test_a_feed_is_fetched_with_its_validators(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.serve("/feed", RSS, etag='"v1"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT")

    result = await fetcher.fetch(url)

    expected = FetchResult(
        url=url,
        final_url=url,
        status=200,
        body=RSS,
        etag='"v1"',
        last_modified="Sun, 01 Mar 2026 10:00:00 GMT",
        not_modified=False,
        permanent_redirect=None,
        retry_after=None,
        elapsed=result.elapsed,
    )
    assert expected == result


async def test_every_request_names_the_bot_and_asks_for_feeds_compressed(
    server: FeedServer, fetcher: Fetcher
) -> None:
    await fetcher.fetch(server.serve("/feed", RSS))

    headers = server.requests("/feed")[0].headers
    assert TEST_SETTINGS.user_agent == headers["User-Agent"]
    assert "gzip, deflate" == headers["Accept-Encoding"]
    assert "application/rss+xml" in headers["Accept"]


async def test_a_second_fetch_is_conditional_and_an_unchanged_feed_comes_back_empty(
    server: FeedServer, fetcher: Fetcher
) -> None:
    stamp = "Sun, 01 Mar 2026 10:00:00 GMT"
    url = server.serve("/feed", RSS, etag='"v1"', last_modified=stamp)
    first = await fetcher.fetch(url)

    second = await fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)

    sent = server.requests("/feed")[1].headers
    assert ('"v1"', stamp) == (sent["If-None-Match"], sent["If-Modified-Since"])
    assert (True, 304, b"") == (second.not_modified, second.status, second.body)
    assert ('"v1"', stamp) == (second.etag, second.last_modified)


async def test_a_gzipped_body_arrives_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.serve("/feed", RSS, gzip=True))

    assert RSS == result.body


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "streamed"])
async def test_a_body_over_the_size_cap_is_refused(
    server: FeedServer, fetcher: Fetcher, chunked: bool
) -> None:
    url = server.serve("/huge", b"<rss>" + b"x" * (6 * MB), chunked=chunked)

    assert "too_large" == (await failure(fetcher, url)).reason


async def test_a_gzip_bomb_is_cut_off_at_the_cap_of_its_decoded_size(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.serve("/bomb", b"\0" * (20 * MB), gzip=True)  # about 20 KB on the wire

    assert "too_large" == (await failure(fetcher, url)).reason


@pytest.mark.parametrize(
    "misbehaviour", [{"hang": True}, {"drip": 0.2}, {"delay": 0.3, "drip": 0.05}]
)
async def test_a_server_that_never_finishes_answering_fails_within_the_deadline(
    server: FeedServer, fetcher: Fetcher, misbehaviour: dict[str, object]
) -> None:
    url = server.serve("/slow", RSS * 10, **misbehaviour)
    started = time.monotonic()

    error = await failure(fetcher, url)

    assert "timeout" == error.reason
    assert time.monotonic() - started < TEST_SETTINGS.total_timeout + 0.5


async def test_a_chain_of_permanent_redirects_reports_the_new_url(
    server: FeedServer, fetcher: Fetcher
) -> None:
    start = server.redirect("/old", "/older", status=301)
    server.redirect("/older", server.url("/new"), status=308)
    new = server.serve("/new", RSS)

    result = await fetcher.fetch(start)

    assert (start, new, new, RSS) == (
        result.url,
        result.final_url,
        result.permanent_redirect,
        result.body,
    )


@pytest.mark.parametrize("statuses", [(302,), (301, 302), (307, 301), (303,)])
async def test_a_temporary_redirect_anywhere_in_the_chain_keeps_the_stored_url(
    server: FeedServer, fetcher: Fetcher, statuses: tuple[int, ...]
) -> None:
    for hop, status in enumerate(statuses):
        server.redirect(f"/hop{hop}", f"/hop{hop + 1}", status=status)
    final = server.serve(f"/hop{len(statuses)}", RSS)

    result = await fetcher.fetch(server.url("/hop0"))

    assert (final, None) == (result.final_url, result.permanent_redirect)


async def test_five_redirects_are_followed_and_a_sixth_is_refused(
    server: FeedServer, fetcher: Fetcher
) -> None:
    for hop in range(6):
        server.redirect(f"/r{hop}", f"/r{hop + 1}", status=302)
    server.serve("/r6", RSS)

    followed = await fetcher.fetch(server.url("/r1"))
    error = await failure(fetcher, server.url("/r0"))

    assert (server.url("/r6"), "too_many_redirects") == (followed.final_url, error.reason)


async def test_a_redirect_loop_is_detected(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")

    error = await failure(fetcher, server.url("/a"))

    assert ("redirect_loop", 1) == (error.reason, len(server.requests("/a")))


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://10.0.0.1/feed", "blocked_address"),
        ("http://169.254.169.254/latest/meta-data/", "blocked_address"),
        ("http://[::1]/feed", "blocked_address"),
        ("file:///etc/passwd", "blocked_scheme"),
        ("ftp://example.org/feed", "blocked_scheme"),
    ],
)
async def test_a_redirect_is_checked_by_the_guard_before_it_is_followed(
    server: FeedServer, fetcher: Fetcher, target: str, reason: str
) -> None:
    url = server.redirect("/away", target, status=302)

    assert reason == (await failure(fetcher, url)).reason


async def test_a_redirect_without_a_location_is_a_bad_redirect(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.serve("/nowhere", status=302)

    assert "bad_redirect" == (await failure(fetcher, url)).reason


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 500, 502])
async def test_an_error_status_fails_with_the_status_as_reason(
    server: FeedServer, fetcher: Fetcher, status: int
) -> None:
    url = server.serve("/broken", b"nope", status=status)

    assert f"http_{status}" == (await failure(fetcher, url)).reason


async def test_429_reports_how_many_seconds_to_wait(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.serve("/busy", status=429, headers={"Retry-After": "120"})

    error = await failure(fetcher, url)

    assert ("http_429", 120.0) == (error.reason, error.retry_after)


async def test_503_with_a_retry_date_reports_the_seconds_until_then(
    server: FeedServer, fetcher: Fetcher
) -> None:
    later = format_datetime(NOW.replace(hour=13), usegmt=True)
    url = server.serve("/down", status=503, headers={"Retry-After": later})

    error = await failure(fetcher, url)

    assert ("http_503", 3600.0) == (error.reason, error.retry_after)


async def test_an_unparseable_retry_after_is_ignored(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.serve("/busy", status=429, headers={"Retry-After": "soon"})

    error = await failure(fetcher, url)

    assert ("http_429", None) == (error.reason, error.retry_after)


async def test_loopback_is_refused_unless_allowed_and_nothing_is_sent(
    server: FeedServer,
) -> None:
    url = server.serve("/feed", RSS)
    async with Fetcher(dataclasses.replace(TEST_SETTINGS, allow_addresses=())) as strict:
        by_address = await failure(strict, url)
        by_name = await failure(strict, f"http://localhost:{server.port}/feed")

    assert ("blocked_address", "blocked_address") == (by_address.reason, by_name.reason)
    assert [] == server.requests("/feed")


async def test_a_host_name_is_fetched_through_the_allowed_address_it_resolves_to(
    server: FeedServer, fetcher: Fetcher
) -> None:
    server.serve("/feed", RSS)

    result = await fetcher.fetch(f"http://localhost:{server.port}/feed")

    assert (RSS, 1) == (result.body, len(server.requests("/feed")))


async def test_a_closed_port_fails_to_connect(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    error = await failure(fetcher, f"http://127.0.0.1:{port}/feed")

    assert "connect_failed" == error.reason


@pytest.mark.parametrize(
    ("url", "reason"),
    [("http://", "bad_url"), ("http:///feed", "bad_url"), ("feed.xml", "blocked_scheme")],
)
async def test_a_url_that_names_no_web_host_is_refused(
    fetcher: Fetcher, url: str, reason: str
) -> None:
    assert reason == (await failure(fetcher, url)).reason


async def test_file_urls_are_read_only_when_they_come_from_settings(
    fetcher: Fetcher, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xml"
    path.write_bytes(RSS)

    refused = await failure(fetcher, path.as_uri())
    read = await fetcher.fetch(path.as_uri(), from_settings=True)
    again = await fetcher.fetch(path.as_uri(), last_modified=read.last_modified, from_settings=True)

    assert "blocked_scheme" == refused.reason
    assert (RSS, False) == (read.body, read.not_modified)
    assert (b"", True) == (again.body, again.not_modified)


async def test_a_file_feed_has_the_same_size_cap_and_a_missing_one_is_not_found(
    fetcher: Fetcher, tmp_path: Path
) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * (6 * MB))

    too_large = await failure(fetcher, big.as_uri(), from_settings=True)
    missing = await failure(fetcher, (tmp_path / "gone.xml").as_uri(), from_settings=True)

    assert ("too_large", "not_found") == (too_large.reason, missing.reason)


async def test_no_more_requests_reach_one_host_at_once_than_its_cap(server: FeedServer) -> None:
    url = server.serve("/feed", RSS, delay=0.1)
    settings = dataclasses.replace(TEST_SETTINGS, max_per_host=2, max_concurrent=10)
    async with Fetcher(settings) as capped:
        await asyncio.gather(*(capped.fetch(url) for _ in range(6)))

    assert (6, 2) == (len(server.requests("/feed")), server.peak)


async def test_no_more_requests_run_at_once_than_the_global_cap(server: FeedServer) -> None:
    url = server.serve("/feed", RSS, delay=0.05)
    settings = dataclasses.replace(TEST_SETTINGS, max_per_host=10, max_concurrent=1)
    async with Fetcher(settings) as capped:
        await asyncio.gather(*(capped.fetch(url) for _ in range(4)))

    assert 1 == server.peak


async def test_the_deadline_covers_every_redirect_hop(server: FeedServer, fetcher: Fetcher) -> None:
    for hop in range(3):  # each hop alone is well within the idle timeout
        server.serve(f"/h{hop}", status=302, headers={"Location": f"/h{hop + 1}"}, delay=0.3)
    server.serve("/h3", RSS, delay=0.3)

    error = await failure(fetcher, server.url("/h0"))

    assert ("timeout", 4) == (error.reason, len(server.seen))
