"""Fetching feeds over HTTP: polite, bounded in time and size, and never somewhere private.

One `Fetcher` owns one aiohttp session. Each fetch is a conditional GET; redirects are followed
by hand so every hop passes the address guard; the body is streamed and cut off past the size
cap (measured after gzip/deflate decoding). Network time across all hops is bounded by
`total_timeout` and each read by `idle_timeout`, so a server dripping a byte a second fails
within the deadline. A global semaphore and one per host cap concurrency; a fetch holds them
only while one of its requests is on the wire (never across hops, so hops cannot deadlock).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import aiohttp
from yarl import URL

from bot.feeds.errors import AddressRefusedError, FeedError, translate_client_error
from bot.feeds.guard import AddressGuard, FetchPolicy, GuardedResolver
from bot.feeds.local import read_local
from bot.logs import event

logger = logging.getLogger(__name__)

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "stancebot/0.1 (Huawei 5G policy monitor)"
    total_timeout: float = 30.0  # network time for the whole fetch, every hop included
    connect_timeout: float = 10.0
    idle_timeout: float = 15.0  # the longest wait for the next bytes
    max_bytes: int = 5_000_000  # of the decoded body
    max_redirects: int = 5
    max_concurrent: int = 16
    max_per_host: int = 2
    allow_addresses: tuple[str, ...] = ()  # CIDRs, IPs or host names exempt from the guard


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    # Empty when not_modified. A bytearray when read from the network: grown in place as it
    # arrives, where joining the pieces held the document twice at its end.
    body: bytes | bytearray
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    permanent_redirect: str | None = None  # every hop was 301/308: store this URL instead
    retry_after: float | None = None  # seconds, when the server sent Retry-After
    elapsed: float = 0.0  # seconds of network time (waiting for a free slot not included)


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict[str, str]  # lower-case names, only the ones used below
    body: bytes | bytearray


_KEPT_HEADERS = ("etag", "last-modified", "location", "retry-after")


class Fetcher:
    """`async with Fetcher(settings) as fetcher: result = await fetcher.fetch(url)`."""

    def __init__(
        self,
        settings: FetchSettings,
        guard: AddressGuard | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.guard = guard or AddressGuard(settings.allow_addresses)
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None
        self._slots = asyncio.Semaphore(settings.max_concurrent)
        self._host_slots: dict[str, asyncio.Semaphore] = {}

    async def open(self) -> None:
        if self._session is not None:
            return
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                resolver=GuardedResolver(self.guard), limit=self.settings.max_concurrent
            ),
            cookie_jar=aiohttp.DummyCookieJar(),  # feeds share nothing, not even cookies
            headers={"User-Agent": self.settings.user_agent, "Accept": ACCEPT},
            timeout=aiohttp.ClientTimeout(
                sock_connect=self.settings.connect_timeout, sock_read=self.settings.idle_timeout
            ),
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Fetcher:
        await self.open()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        from_settings: bool = False,
    ) -> FetchResult:
        """Fetch one feed. Raises FeedError (with a reason slug) on every failure."""
        try:
            parsed = self.guard.check_url(url, FetchPolicy(allow_files=from_settings))
            if parsed.scheme == "file":
                return await read_file(url, parsed, last_modified, self.settings.max_bytes)
            result = await self._follow(url, parsed, _request_headers(etag, last_modified))
        except FeedError as error:
            event(logger, "feed_fetch_failed", logging.DEBUG, url=url, reason=error.reason)
            raise
        event(logger, "feed_fetched", logging.DEBUG, url=url, status=result.status,
              bytes=len(result.body), elapsed_ms=round(result.elapsed * 1000))  # fmt: skip
        return result

    async def _follow(self, url: str, current: URL, headers: dict[str, str]) -> FetchResult:
        budget = Budget(self.settings.total_timeout)
        hops = Hops(str(current), self.settings.max_redirects)
        while True:
            response = await self._request(current, headers, budget)
            if response.status not in REDIRECTS:
                return self._result(url, str(current), response, sent=headers,
                                    permanent=hops.permanent, elapsed=budget.spent)  # fmt: skip
            location = response.headers.get("location", "")
            try:
                target = current.join(URL(location)) if location else None
            except ValueError:
                target = None
            if target is None:
                raise FeedError("bad_redirect", f"{response.status} with Location {location!r}")
            hops.visit(str(target), response.status)
            current = self.guard.check_url(str(target), FetchPolicy(allow_files=False))

    async def _request(self, url: URL, headers: dict[str, str], budget: Budget) -> _Response:
        async with self._slot(url.host or ""):
            try:
                async with budget.spend():
                    return await self._get(url, headers)
            except TimeoutError as error:
                raise FeedError("timeout", f"no complete answer from {url.host}") from error
            except AddressRefusedError as error:
                raise FeedError("blocked_address", str(error)) from error
            except aiohttp.ClientError as error:
                raise translate_client_error(error) from error

    async def _get(self, url: URL, headers: dict[str, str]) -> _Response:
        assert self._session is not None, "Fetcher.open() was not called"
        async with self._session.get(url, headers=headers, allow_redirects=False) as reply:
            kept = {name: reply.headers[name] for name in _KEPT_HEADERS if name in reply.headers}
            ok = 200 <= reply.status < 300
            body = await read_capped(reply, self.settings.max_bytes) if ok else b""
            return _Response(reply.status, kept, body)

    @asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        per_host = self._host_slots.setdefault(host, asyncio.Semaphore(self.settings.max_per_host))
        async with per_host, self._slots:
            yield

    def _result(
        self, url: str, final_url: str, response: _Response, *, sent: dict[str, str],
        permanent: bool, elapsed: float,
    ) -> FetchResult:  # fmt: skip
        status, headers = response.status, response.headers
        retry_after = retry_after_seconds(headers.get("retry-after"), self._clock())
        if status in (429, 503):
            raise FeedError(f"http_{status}", "the server asks us to wait", retry_after=retry_after)
        if not (200 <= status < 300 or status == 304):
            raise FeedError(f"http_{status}", f"{final_url} answered {status}")
        not_modified = status == 304
        return FetchResult(
            url=url,
            final_url=final_url,
            status=status,
            body=response.body,
            etag=headers.get("etag") or (sent.get("If-None-Match") if not_modified else None),
            last_modified=headers.get("last-modified")
            or (sent.get("If-Modified-Since") if not_modified else None),
            not_modified=not_modified,
            permanent_redirect=final_url if permanent else None,
            retry_after=retry_after,
            elapsed=elapsed,
        )


def _request_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    validators = {"If-None-Match": etag, "If-Modified-Since": last_modified}
    return {"Accept-Encoding": "gzip, deflate"} | {k: v for k, v in validators.items() if v}


class Budget:
    """Network time left for one fetch: each request runs under what remains of it."""

    def __init__(self, seconds: float) -> None:
        self.left = seconds
        self.spent = 0.0

    @asynccontextmanager
    async def spend(self) -> AsyncIterator[None]:
        started = time.monotonic()
        try:
            async with asyncio.timeout(max(self.left, 0.0)):
                yield
        finally:
            used = time.monotonic() - started
            self.left -= used
            self.spent += used


class Hops:
    """The redirect chain so far: loops, too many hops, and whether every hop was permanent."""

    def __init__(self, start: str, limit: int) -> None:
        self.limit = limit
        self.seen = [start]
        self.statuses: list[int] = []

    @property
    def permanent(self) -> bool:
        return bool(self.statuses) and all(status in PERMANENT for status in self.statuses)

    def visit(self, url: str, status: int) -> None:
        if url in self.seen:
            raise FeedError("redirect_loop", " → ".join([*self.seen, url]))
        if len(self.statuses) >= self.limit:
            raise FeedError("too_many_redirects", f"more than {self.limit} redirects")
        self.seen.append(url)
        self.statuses.append(status)


async def read_capped(reply: aiohttp.ClientResponse, limit: int) -> bytearray:
    """The decoded body, or FeedError("too_large") as soon as it passes `limit` bytes."""
    declared = reply.content_length
    if declared is not None and declared > limit and "Content-Encoding" not in reply.headers:
        raise FeedError("too_large", f"{declared} bytes declared, the limit is {limit}")
    body = bytearray()
    async for chunk in reply.content.iter_chunked(CHUNK):
        if len(body) + len(chunk) > limit:
            raise FeedError("too_large", f"more than {limit} bytes")
        body += chunk
    return body


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from now: either delay-seconds or an HTTP date."""
    text = (value or "").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


async def read_file(url: str, parsed: URL, last_modified: str | None, limit: int) -> FetchResult:
    started = time.monotonic()
    local = await read_local(url, parsed, last_modified, limit)
    unchanged = local.body is None
    return FetchResult(url, url, 304 if unchanged else 200, local.body or b"",
                       last_modified=local.stamp, not_modified=unchanged,
                       elapsed=time.monotonic() - started)  # fmt: skip
