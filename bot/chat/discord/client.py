"""The Discord client and its lifecycle: log in, sync commands, connect as an owned task, stop.

Default intents only: slash commands and buttons arrive as interactions, so the bot needs no
privileged intent (no message content, no member list).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands

from bot.chat.discord.buttons import DYNAMIC_ITEMS
from bot.chat.discord.config import Endpoints, apply_endpoints, restore_endpoints
from bot.chat.discord.interactions import NO_MENTIONS, Handle, Runner
from bot.chat.discord.redact import hide_interaction_tokens
from bot.chat.discord.render import reply_pages
from bot.chat.discord.roots import tree_commands
from bot.chat.discord.sender import DiscordAdminBell, DiscordSender
from bot.chat.discord.tree import Completer, add_commands, sync_if_changed
from bot.core.commands import CommandSpec
from bot.core.countries import CountryIndex
from bot.core.errors import DiscordError
from bot.core.ports import EventBook, Notepad
from bot.core.replies import error_reply
from bot.logs import event
from bot.settings import DiscordSettings

log = logging.getLogger(__name__)

MAX_RATELIMIT_WAIT = 30.0  # longer 429 waits become RetryLaterError for the outbox to schedule
STALE_COMMAND = "This command has changed. Discord will show the new version in a moment."


def _no_voice_warnings() -> None:
    """The bot never joins voice: discord.py's warnings about voice libraries are noise."""
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False


LOGIN_TIMEOUT = 20.0  # seconds to ask Discord for the application id


class StanceTree(app_commands.CommandTree[Any]):
    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Errors outside our commands' own handling: stale commands, failed conversions."""
        name = interaction.command.qualified_name if interaction.command else "?"
        stale = isinstance(
            error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch
        )
        if stale:
            event(log, "discord.command_stale", command=name)
        else:
            log.error("discord.interaction_failed command=%s", name, exc_info=error)
        if interaction.type is discord.InteractionType.autocomplete:
            return
        if not interaction.response.is_done():
            reply = error_reply(STALE_COMMAND if stale else "That did not work. Please try again.")
            await interaction.response.send_message(embed=reply_pages(reply)[0], ephemeral=True)


@dataclass(frozen=True)
class DiscordDesk:
    """What the Discord adapter needs from the bot: the commands and who are operators, the
    countries and pending events autocomplete offers, and a notepad for the last command sync."""

    handle: Handle
    commands: tuple[CommandSpec, ...]  # the table's entries the dispatcher serves
    operators: frozenset[str]
    countries: CountryIndex
    events: EventBook
    notepad: Notepad


class StanceClient(discord.Client):
    """Built from settings alone, so alerts have their sender before the commands are served."""

    def __init__(
        self, settings: DiscordSettings, *, guild_ready_timeout: float = 2.0, **shards: Any
    ) -> None:
        _no_voice_warnings()
        super().__init__(
            intents=discord.Intents.default(),
            allowed_mentions=NO_MENTIONS,
            guild_ready_timeout=guild_ready_timeout,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
            **shards,
        )
        self.tree = StanceTree(self)
        self.runner: Runner | None = None  # set by `serve`
        self._settings = settings
        self._notepad: Notepad | None = None

    def serve(self, desk: DiscordDesk) -> None:
        """The slash commands of `desk` (once: a client that stopped is not started again)."""
        completer = Completer(desk.countries, desk.events)
        self.runner = Runner(desk.handle, desk.operators)  # the alert buttons run through it too
        add_commands(self.tree, tree_commands(desk.commands), self.runner, completer)
        self._notepad = desk.notepad

    async def setup_hook(self) -> None:
        """After login, before the gateway: buttons of earlier alerts work, commands are synced
        before any interaction for them can arrive."""
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        if self._notepad is None:  # not serving commands: nothing to sync
            return
        try:
            await sync_if_changed(self.tree, self._notepad, self._settings.guild_id)
        except discord.HTTPException as exc:  # the commands synced before still work
            event(log, "discord.sync_failed", logging.WARNING, status=exc.status, error=exc.text)

    async def on_ready(self) -> None:
        if self._settings.gateway_url and self.ws is not None:
            # Resume through the configured gateway (a proxy) too, not the URL READY named.
            self.ws.gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        user = self.user.id if self.user else "?"
        shards = self._settings.shards or "all"
        event(log, "discord.ready", user=user, guilds=len(self.guilds), shards=shards)


class ShardedStanceClient(StanceClient, discord.AutoShardedClient):
    """The client of a process that runs some of the bot's shards (DISCORD_SHARDS): Discord
    sends it the events and interactions of those shards' servers alone."""

    def __init__(self, settings: DiscordSettings, *, guild_ready_timeout: float = 2.0) -> None:
        assert settings.shards is not None
        super().__init__(
            settings,
            guild_ready_timeout=guild_ready_timeout,
            shard_ids=settings.shards.ids,
            shard_count=settings.shards.count,
        )


@dataclass(frozen=True)
class DiscordClients:
    """The client and what speaks through it: the alert sender and the admins' bell."""

    client: StanceClient
    sender: DiscordSender
    bell: DiscordAdminBell


def discord_clients(
    settings: DiscordSettings, *, guild_ready_timeout: float = 2.0
) -> DiscordClients:
    hide_interaction_tokens()
    kind = StanceClient if settings.shards is None else ShardedStanceClient
    client = kind(settings, guild_ready_timeout=guild_ready_timeout)
    return DiscordClients(client, DiscordSender(client), DiscordAdminBell(client))


class DiscordBot:
    """What `stancebot run` starts: `await bot.start()`, and `await bot.stop()` on the way out.

    `on_failure` is called if the gateway connection ends with an error it cannot recover from
    (a revoked token, say); `run` uses it to stop the whole bot rather than idle unreachable.
    """

    name = "discord"

    def __init__(
        self,
        clients: DiscordClients,
        settings: DiscordSettings,
        desk: DiscordDesk,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.client = clients.client
        self.sender = clients.sender
        self.client.serve(desk)
        self.failure: BaseException | None = None
        self._settings = settings
        self._on_failure = on_failure
        self._task: asyncio.Task[None] | None = None
        self._endpoints: Endpoints | None = None

    async def start(self) -> None:
        """Log in (REST), sync commands and connect to the gateway in the background. Raises
        DiscordError when the token is refused."""
        settings = self._settings
        if settings.token is None:
            raise DiscordError("DISCORD_TOKEN is not set.")
        self._endpoints = apply_endpoints(settings)
        await self._login(settings)
        self._task = asyncio.create_task(self._connect(), name="discord-gateway")
        event(log, "discord.started", application=self.client.application_id, api=host_of(settings))

    async def _login(self, settings: DiscordSettings) -> None:
        assert settings.token is not None
        try:
            await self.client.login(settings.token.value)
        except discord.LoginFailure as exc:
            await self._close()
            raise DiscordError("Discord refused the token: check DISCORD_TOKEN.") from exc
        except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
            await self._close()
            raise DiscordError(f"Cannot reach Discord at {host_of(settings)}: {exc}") from exc

    async def _connect(self) -> None:
        try:
            await self.client.connect(reconnect=True)
        except Exception as exc:  # the task's edge: log it and tell the owner
            self.failure = exc
            event(
                log,
                "discord.connection_failed",
                logging.ERROR,
                error=f"{type(exc).__name__}: {exc}",
            )
            if self._on_failure is not None:
                self._on_failure(exc)

    async def connected(self) -> bool:
        """Whether the gateway is connected and READY (for /readyz)."""
        return self.client.is_ready() and not self.client.is_closed()

    async def wait_ready(self) -> None:
        """Until the gateway said READY and the servers arrived (tests; `start` need not wait)."""
        await self.client.wait_until_ready()

    async def stop(self) -> None:
        """Close the gateway and the HTTP session; no traceback. (Deliveries stopped before.)"""
        await self._close()
        if self._task is not None:
            await self._task
            self._task = None
        event(log, "discord.stopped")

    async def _close(self) -> None:
        await self.client.close()
        if self._endpoints is not None:
            restore_endpoints(self._endpoints)
            self._endpoints = None


async def application_id(settings: DiscordSettings) -> int:
    """The bot's application id, asked of Discord with the token (for the invite link)."""
    if settings.token is None:
        raise DiscordError(
            "DISCORD_TOKEN is not set: set it, or give the application's id with "
            "--application-id (Developer Portal → your application → General Information)."
        )
    before = apply_endpoints(settings)
    _no_voice_warnings()
    client = discord.Client(intents=discord.Intents.default())
    try:
        await asyncio.wait_for(client.login(settings.token.value), LOGIN_TIMEOUT)
        if client.application_id is None:
            raise DiscordError("Discord did not say which application this token belongs to.")
        return client.application_id
    except discord.LoginFailure as exc:
        raise DiscordError(
            "Discord refused the token: check DISCORD_TOKEN, or give the application's id "
            "with --application-id."
        ) from exc
    except (OSError, TimeoutError, aiohttp.ClientError, discord.HTTPException) as exc:
        raise DiscordError(
            f"Discord could not be reached at {host_of(settings)} ({type(exc).__name__}): "
            "try again, "
            "or pass --application-id."
        ) from exc
    finally:
        await client.close()
        restore_endpoints(before)


def host_of(settings: DiscordSettings) -> str:
    """Where the bot talks to Discord, for messages and logs: the host alone, since a token
    pasted into DISCORD_API_BASE (a path, a query, a user) must never be printed."""
    return yarl.URL(settings.api_base).host or "the address in DISCORD_API_BASE"
