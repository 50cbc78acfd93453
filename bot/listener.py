"""The bot's HTTP listener: health, readiness and metrics whenever the bot runs, and the routes
a platform mounts on it (Slack HTTP mode's /slack/events).

    GET  /healthz   200 "ok" while the process serves requests at all
    GET  /readyz    200 "ready", or 503 with one reason a line: the database does not answer,
                    a chat platform is not connected, the scheduler is not running
    GET  /metrics   Prometheus text format (bot/metrics.py)
    POST <mounted>  a platform's handler; 404 until one is mounted there

    listener = HttpListener(app, "127.0.0.1", 3000)
    await listener.start()       # raises StanceBotError when the address cannot be bound
    listener.platforms = [...]   # what /readyz asks `connected()`
    ...
    await listener.stop()
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from aiohttp import web

from bot.core.errors import StanceBotError
from bot.logs import event
from bot.metrics import CONTENT_TYPE

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
DATABASE_WAIT = 2.0  # seconds /readyz waits for the database before calling it unreachable


class Connected(Protocol):
    """A chat platform as readiness sees it."""

    name: str

    async def connected(self) -> bool: ...


class HttpListener:
    def __init__(self, app: App, host: str, port: int) -> None:
        self.app = app
        self.host, self.port = host, port
        self.platforms: Sequence[Connected] = ()
        self._mounted: dict[str, Handler] = {}
        self._runner: web.AppRunner | None = None

    def mount(self, path: str, handler: Handler) -> None:
        self._mounted[path] = handler

    def unmount(self, path: str) -> None:
        self._mounted.pop(path, None)

    async def start(self) -> None:
        server = web.Application()
        server.add_routes(
            [
                web.get("/healthz", self._healthz),
                web.get("/readyz", self._readyz),
                web.get("/metrics", self._metrics),
                web.post("/{path:.*}", self._post),
            ]
        )
        runner = web.AppRunner(server, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except OSError as exc:
            await runner.cleanup()
            raise StanceBotError(
                f"cannot listen on {self.host}:{self.port} ({exc.strerror or exc}); set "
                "STANCEBOT_HTTP_PORT to a free port, or 0 for no health, metrics or Slack HTTP"
            ) from exc
        self._runner = runner
        event(log, "http.listening", host=self.host, port=self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def not_ready(self) -> list[str]:
        """Why the bot is not ready, one reason each; empty when it is."""
        reasons = [await self._database_problem()]
        reasons += [
            f"{platform.name}: not connected"
            for platform in self.platforms
            if not await platform.connected()
        ]
        if not self.app.scheduler.running:
            reasons.append("scheduler: not running")
        return [reason for reason in reasons if reason]

    async def _database_problem(self) -> str:
        try:
            async with asyncio.timeout(DATABASE_WAIT):
                await self.app.database.fetch_one("SELECT 1")
        except TimeoutError:
            return f"database: no answer within {DATABASE_WAIT:.0f} s"
        except Exception as exc:  # the probe's edge: any failure is the reason reported
            return f"database: {type(exc).__name__}: {exc}"
        return ""

    async def _healthz(self, _: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, _: web.Request) -> web.Response:
        reasons = await self.not_ready()
        if reasons:
            return web.Response(status=503, text="".join(f"{r}\n" for r in reasons))
        return web.Response(text="ready\n")

    async def _metrics(self, _: web.Request) -> web.Response:
        app = self.app
        feeds = await app.feeds.listed()
        stats = await app.outbox.stats()
        app.metrics.state(
            [feed.health for feed in feeds],
            {status.value: count for status, count in stats.items()},
            await app.outbox.oldest_pending(),
            datetime.now(UTC),
        )
        body = app.metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    async def _post(self, request: web.Request) -> web.StreamResponse:
        handler = self._mounted.get(request.path)
        if handler is None:
            raise web.HTTPNotFound()
        return await handler(request)
