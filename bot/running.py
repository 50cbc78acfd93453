"""`stancebot run` and `stancebot poll --once`: what the composition root built, started.

`run` starts the HTTP listener, the chat platforms, the scheduler and the workers in that order
and stops them in the reverse one. The listener comes first so /healthz answers while the
platforms connect (/readyz says 503 until they have). It is bound in every mode; when its port
is taken, the terminal demo goes on without it (a warning), while a bot serving chat platforms
refuses to start. Deliveries start after the platforms and stop before them, so no send goes
through a platform that is not serving.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.app import App, Outlet, open_app, workers_running
from bot.chat.console import ConsoleChat, ConsoleSender, announce
from bot.core.access import Role
from bot.core.errors import StanceBotError
from bot.core.feeds import Health
from bot.listener import HttpListener
from bot.logs import event
from bot.platforms import Link, Platform, links, outlets
from bot.polling import PollReport
from bot.settings import Settings
from bot.storage.instance import sole_instance

log = logging.getLogger(__name__)


def images_folder(app: App) -> Path:
    """Pictures the terminal is shown are saved next to the database: ./data/images/."""
    return app.settings.database.parent / "images"


async def run(settings: Settings, console: bool) -> int:
    """Serve every platform whose token is set (none, or `console`: the terminal) until a
    signal, `quit` or a platform's failure; alone on the database."""
    in_terminal = console or not settings.has_platform_token
    platforms = [] if in_terminal else links(settings)
    terminal = ConsoleSender(announce)
    async with opened_alone(settings, outlets(platforms, terminal)) as app:
        return await _run(app, platforms, in_terminal=in_terminal)


@asynccontextmanager
async def opened_alone(settings: Settings, senders: Mapping[str, Outlet]) -> AsyncIterator[App]:
    """The app, delivering from its database: on SQLite alone (a lock file taken before the
    database opens; lookups, `ask` and `db export`, may run beside it); on PostgreSQL beside
    any other bots on it, sharing the work (feed leases, claimed outbox rows)."""
    if settings.database_url is None:
        with sole_instance(settings.database):
            async with open_app(settings, outlets=senders) as app:
                yield app
        return
    async with open_app(settings, outlets=senders) as app:
        yield app


async def _run(app: App, platforms: list[Link], *, in_terminal: bool) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    chat = ConsoleChat(
        app.dispatcher.handle, app.console_caller(Role.OPERATOR), images=images_folder(app)
    )
    failures: list[BaseException] = []

    def failed(exc: BaseException) -> None:  # a platform failed for good: stop the whole bot
        failures.append(exc)
        stop.set()

    async with listening(app, required=not in_terminal) as listener:
        serving = [p.serve(app, on_failure=failed, listener=listener) for p in platforms]
        if listener is not None:
            listener.platforms = serving
        await prepare(app, poll_now=app.demo)
        await _serve_platforms(app, chat, serving, stop, in_terminal=in_terminal)
    for failure in failures:
        print(f"stancebot: a chat platform failed: {failure}", file=sys.stderr)
    chat.show("stancebot stopped.")
    return 1 if failures else 0


async def _serve_platforms(
    app: App,
    chat: ConsoleChat,
    platforms: list[Platform],
    stop: asyncio.Event,
    *,
    in_terminal: bool,
) -> None:
    started: list[Platform] = []
    try:
        for platform in platforms:
            await platform.start()
            started.append(platform)
        await _serve(app, chat, stop, in_terminal=in_terminal)
    finally:
        for platform in reversed(started):
            await platform.stop()  # after delivery stopped: no send is cut off midway


@asynccontextmanager
async def listening(app: App, *, required: bool) -> AsyncIterator[HttpListener | None]:
    """The HTTP listener while the bot runs; None when its port is 0, or taken in the terminal."""
    settings = app.settings
    if settings.http_port == 0:
        yield None
        return
    listener = HttpListener(app, settings.http_host, settings.http_port)
    try:
        await listener.start()
    except StanceBotError as exc:
        if required:
            raise
        event(log, "http.not_listening", logging.WARNING, error=exc)
        yield None
        return
    try:
        yield listener
    finally:
        await listener.stop()


async def _serve(app: App, chat: ConsoleChat, stop: asyncio.Event, *, in_terminal: bool) -> None:
    async with workers_running(app, stop):
        if in_terminal:
            await chat.serve(stop)
        else:
            chat.show("stancebot is serving its chat platforms; Ctrl-C stops it.")
            await stop.wait()


@dataclass(frozen=True)
class PollRound:
    """What `stancebot poll --once` did: each feed's poll, and the alerts delivered."""

    reports: list[PollReport]
    delivered: int


async def poll_once(settings: Settings, show: Callable[[str], None]) -> PollRound:
    """Every feed polled once, what is new analysed and delivered (terminal alerts to `show`);
    alone on the database."""
    async with opened_alone(settings, outlets([], ConsoleSender(show))) as app:
        reports = await prepare(app, poll_now=True)
        await app.pipeline.drain()
        sent = await app.delivery.run_once()
        return PollRound(reports, sent.sent)


async def prepare(app: App, *, poll_now: bool) -> list[PollReport]:
    """The feeds settings name, the terminal's subscription in the demo, the items a previous
    run left, and a first poll right away when asked (the demo shows its news at once, not after
    the first interval)."""
    await app.sync_feeds()
    if app.demo:
        await app.subscribe_console()
    await app.pipeline.drain()
    return await poll_all(app) if poll_now else []


async def poll_all(app: App) -> list[PollReport]:
    feeds = [f for f in await app.feeds.listed() if f.health != Health.DISABLED]
    return list(await asyncio.gather(*(app.poller.poll(feed) for feed in feeds)))
