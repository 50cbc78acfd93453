"""A real HTTP server on 127.0.0.1 for feed tests: serve bytes per path, misbehave on request.

    async with running_server() as server:
        url = server.serve("/feed.xml", RSS, etag='"v1"')
        server.redirect("/old", "/feed.xml", status=301)
        server.serve("/slow", RSS, drip=1.0)          # one byte a second
        ...
        server.requests("/feed.xml")[0].headers["User-Agent"]

Every path is answered by the `Reply` registered for it (404 otherwise). The server records every
request (path and headers) and the peak number of requests in flight at once.
"""

from __future__ import annotations

import asyncio
import gzip as gzip_module
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Reply:
    """How to answer one path."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    gzip: bool = False  # send the body gzip-compressed, with Content-Encoding: gzip
    chunked: bool = False  # no Content-Length: the client cannot know the size in advance
    delay: float = 0.0  # seconds before answering
    drip: float | None = None  # send the body one byte per `drip` seconds
    hang: bool = False  # take the request and never answer
    etag: str | None = None  # answer 304 when If-None-Match matches
    last_modified: str | None = None  # answer 304 when If-Modified-Since matches
    handler: Handler | None = None  # anything else


@dataclass(frozen=True)
class Seen:
    path: str
    headers: CIMultiDict[str]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.seen: list[Seen] = []
        self.in_flight = 0
        self.peak = 0
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes = b"", **options: Any) -> str:
        """Register what `path` answers (see `Reply` for the options); returns its URL."""
        self.routes[path] = Reply(body, **options)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        return self.serve(path, status=status, headers={"Location": to})

    def requests(self, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.path == path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(Seen(request.path_qs, CIMultiDict(request.headers)))
        reply = self.routes.get(request.path_qs) or self.routes.get(request.path)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if reply is None:
                return web.Response(status=404, text="no such path")
            return await self._answer(request, reply)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request, reply: Reply) -> web.StreamResponse:
        if reply.delay:
            await self._sleep(reply.delay)
        if reply.hang:
            await self._closing.wait()
            return web.Response(status=503)
        if reply.handler is not None:
            return await reply.handler(request)
        headers = dict(reply.headers)
        if reply.etag:
            headers["ETag"] = reply.etag
        if reply.last_modified:
            headers["Last-Modified"] = reply.last_modified
        if _unchanged(request, reply):
            return web.Response(status=304, headers=headers)
        body = gzip_module.compress(reply.body) if reply.gzip else reply.body
        if reply.gzip:
            headers["Content-Encoding"] = "gzip"
        if reply.drip is not None or reply.chunked:
            return await self._stream(request, reply, body, headers)
        return web.Response(status=reply.status, body=body, headers=headers)

    async def _stream(
        self, request: web.Request, reply: Reply, body: bytes, headers: dict[str, str]
    ) -> web.StreamResponse:
        response = web.StreamResponse(status=reply.status, headers=headers)
        if reply.drip is None:
            response.enable_chunked_encoding()
        else:
            response.content_length = len(body)
        await response.prepare(request)
        step = 1 if reply.drip is not None else 64 * 1024
        with suppress(ConnectionError):
            for start in range(0, len(body), step):
                if self._closing.is_set():
                    break
                await response.write(body[start : start + step])
                if reply.drip is not None:
                    await self._sleep(reply.drip)
            await response.write_eof()
        return response

    async def _sleep(self, seconds: float) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)


def _unchanged(request: web.Request, reply: Reply) -> bool:
    if reply.etag and request.headers.get("If-None-Match") == reply.etag:
        return True
    since = request.headers.get("If-Modified-Since")
    return bool(reply.last_modified) and since == reply.last_modified


@asynccontextmanager
async def running_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
