"""`stancebot run`: the HTTP listener, the chat platforms, the scheduler and the workers, started
in that order and stopped in the reverse one.

The listener comes first so /healthz answers while the platforms connect (/readyz says 503
until they have). It is bound in every mode; when its port is taken, the terminal demo goes on
without it (a warning), while a bot serving chat platforms refuses to start.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Protocol

from bot.app import App, workers_running
from bot.chat.console import ConsoleChat, ConsoleSender
from bot.core.access import Role
from bot.core.errors import StanceBotError
from bot.core.feeds import Health
from bot.listener import HttpListener
from bot.logs import event
from bot.polling import PollReport

log = logging.getLogger(__name__)


class Platform(Protocol):
    """A chat platform's lifecycle (SlackBot, DiscordBot)."""

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def connected(self) -> bool: ...


def images_folder(app: App) -> Path:
    """Pictures the terminal is shown are saved next to the database: ./data/images/."""
    return app.settings.database.parent / "images"


async def run(app: App, console: bool) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    chat = ConsoleChat(
        app.dispatcher.handle, app.console_caller(Role.OPERATOR), images=images_folder(app)
    )
    failures: list[BaseException] = []
    in_terminal = console or not app.settings.has_platform_token
    async with listening(app, required=not in_terminal) as listener:
        platforms = [] if in_terminal else _platforms(app, stop, failures, listener)
        if listener is not None:
            listener.platforms = platforms
        await prepare(app, chat.announce, poll_now=app.demo)
        started: list[Platform] = []
        try:
            for platform in platforms:
                await platform.start()
                started.append(platform)
            await _serve(app, chat, stop, in_terminal=in_terminal)
        finally:
            for platform in reversed(started):
                await platform.stop()  # after delivery stopped: no send is cut off midway
    for failure in failures:
        print(f"stancebot: a chat platform failed: {failure}", file=sys.stderr)
    chat.show("stancebot stopped.")
    return 1 if failures else 0


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


def _platforms(
    app: App, stop: asyncio.Event, failures: list[BaseException], listener: HttpListener | None
) -> list[Platform]:
    """Every platform whose token is set; one that fails for good stops the whole bot."""

    def failed(exc: BaseException) -> None:
        failures.append(exc)
        stop.set()

    # Each platform's client library is imported only when its token is set: together they
    # cost the bot's process about 16 MB.
    found: list[Platform] = []
    if app.settings.slack.bot_token is not None:
        from bot.chat.slack import SlackBot  # noqa: PLC0415

        found.append(SlackBot(app, on_failure=failed, listener=listener))
    if app.settings.discord.token is not None:
        from bot.chat.discord import DiscordBot  # noqa: PLC0415

        found.append(DiscordBot(app, on_failure=failed))
    return found


async def _serve(app: App, chat: ConsoleChat, stop: asyncio.Event, *, in_terminal: bool) -> None:
    async with workers_running(app, stop):
        if in_terminal:
            await chat.serve(stop)
        else:
            chat.show("stancebot is serving its chat platforms; Ctrl-C stops it.")
            await stop.wait()


async def prepare(app: App, show: Callable[[str], None], *, poll_now: bool) -> list[PollReport]:
    """Terminal alerts, the feeds settings name, the items a previous run left, and a first
    poll right away when asked (the demo shows its news at once, not after the first interval).
    """
    app.senders["console"] = app.bells["console"] = ConsoleSender(show)
    await app.sync_feeds()
    if app.demo:
        await app.subscribe_console()
    await app.pipeline.drain()
    return await poll_all(app) if poll_now else []


async def poll_all(app: App) -> list[PollReport]:
    feeds = [f for f in await app.feeds.listed() if f.health != Health.DISABLED]
    return list(await asyncio.gather(*(app.poller.poll(feed) for feed in feeds)))
