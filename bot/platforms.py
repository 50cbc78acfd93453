"""The chat platforms `stancebot run` serves, wired here once, in two steps.

First, from settings alone, each platform's clients with its alert sender and its admins' bell:
the app is opened with them (the delivery worker's sender map, built once). Then, with the app
open, the adapter serving the platform's commands, given only what it needs: the dispatcher's
`handle`, the operators, and a port or two.

Each platform's client library is imported only when its token is set: together they cost the
bot's process about 16 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from bot.app import App, Outlet
from bot.chat.console import ConsoleSender
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.chat.discord import DiscordBot, DiscordClients
    from bot.chat.slack import SlackBot, SlackClients, Waits
    from bot.listener import HttpListener

OnFailure = Callable[[BaseException], None]


class Platform(Protocol):
    """A chat platform's lifecycle (SlackBot, DiscordBot)."""

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def connected(self) -> bool: ...


class Link(Protocol):
    """A platform before the app opens: its way out, and how it comes to serve the app."""

    name: str
    outlet: Outlet

    def serve(
        self, app: App, *, on_failure: OnFailure | None, listener: HttpListener | None
    ) -> Platform: ...


class SlackLink:
    name = "slack"

    def __init__(self, settings: Settings, *, rate_limit_retries: int = 1) -> None:
        from bot.chat.slack import slack_clients  # noqa: PLC0415 (slack-bolt, when Slack runs)

        self.clients: SlackClients = slack_clients(
            settings.slack, settings.operators, rate_limit_retries
        )
        self.outlet = Outlet(self.clients.sender, self.clients.bell)

    def serve(
        self,
        app: App,
        *,
        on_failure: OnFailure | None = None,
        listener: HttpListener | None = None,
        waits: Waits | None = None,
    ) -> SlackBot:
        from bot.chat.slack import SlackBot, SlackDesk, Waits  # noqa: PLC0415

        settings = app.settings
        desk = SlackDesk(app.dispatcher.handle, settings.operators, app.views)
        return SlackBot(
            self.clients,
            settings.slack,
            desk,
            http=(settings.http_host, settings.http_port),
            on_failure=on_failure,
            listener=listener,
            waits=waits or Waits(),
        )


class DiscordLink:
    name = "discord"

    def __init__(self, settings: Settings, *, guild_ready_timeout: float = 2.0) -> None:
        from bot.chat.discord import discord_clients  # noqa: PLC0415 (discord.py, when it runs)

        self.clients: DiscordClients = discord_clients(
            settings.discord, guild_ready_timeout=guild_ready_timeout
        )
        self.outlet = Outlet(self.clients.sender, self.clients.bell)

    def serve(
        self,
        app: App,
        *,
        on_failure: OnFailure | None = None,
        listener: HttpListener | None = None,
    ) -> DiscordBot:
        from bot.chat.discord import DiscordBot, DiscordDesk  # noqa: PLC0415

        desk = DiscordDesk(
            app.dispatcher.handle,
            tuple(command.spec for command in app.dispatcher.commands),
            frozenset(app.settings.operators),
            app.countries,
            app.events,
            app.notepad,
        )
        return DiscordBot(self.clients, app.settings.discord, desk, on_failure=on_failure)


def links(settings: Settings) -> list[Link]:
    """Every platform whose token is set."""
    found: list[Link] = []
    if settings.slack.bot_token is not None:
        found.append(SlackLink(settings))
    if settings.discord.token is not None:
        found.append(DiscordLink(settings))
    return found


def outlets(platforms: Sequence[Link], terminal: ConsoleSender | None) -> Mapping[str, Outlet]:
    """The sender map: the terminal's (alerts printed), then each platform's."""
    found = {} if terminal is None else {terminal.platform: Outlet(terminal, terminal)}
    return found | {link.name: link.outlet for link in platforms}
