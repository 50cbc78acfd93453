"""People in the emulated server, settings pointing at the emulator, and stance news to alert."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import App, open_app
from bot.chat.discord import DiscordBot
from bot.core.alerts import Alert, build_alert
from bot.core.subscriptions import Channel
from bot.platforms import DiscordLink
from bot.settings import Settings, load_settings
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import TOKEN, DiscordEmulator
from tests.chat.discord.interacting import Interaction, answer
from tests.chat.discord.payloads import ADMINISTRATOR, JSON, MANAGER, Member
from tests.conftest import copy_config
from tests.postgres import on

_items = itertools.count(1)


@dataclass(frozen=True)
class People:
    member: Member  # no special permission
    manager: Member  # Manage Channels
    admin: Member  # Administrator (Discord sends every permission bit)
    operator: Member  # no special permission, but listed in settings as an operator

    @classmethod
    def join(cls, emulator: DiscordEmulator) -> People:
        return cls(
            emulator.member("member"),
            emulator.member("manager", MANAGER),
            emulator.member("admin", ADMINISTRATOR),
            emulator.member("operator"),
        )


def discord_settings(
    folder: Path,
    emulator: DiscordEmulator,
    operator: int,
    *,
    guild: bool = True,
    shards: str = "",
    database: Path | DatabaseUrl | None = None,
) -> Settings:
    """The emulator as Discord, `operator` an operator; the bot's database is `database` (a
    file or a PostgreSQL schema), else a file in `folder`."""
    old = 'operators = ["console:operator"]'
    config = copy_config(folder / "config", **{old: f'operators = ["discord:{operator}"]'})
    env = {
        "STANCEBOT_CONFIG": str(config),
        "STANCEBOT_DB": str(folder / "bot.db"),
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": emulator.api_base,
        "DISCORD_GATEWAY_URL": emulator.gateway_url,
        "DISCORD_SHARDS": shards,
    }
    loaded = load_settings(env | ({"DISCORD_GUILD_ID": str(emulator.guild_id)} if guild else {}))
    return on(loaded, database or folder / "bot.db")


def discord_link(settings: Settings) -> DiscordLink:
    return DiscordLink(settings, guild_ready_timeout=0.05)


@asynccontextmanager
async def discord_app(settings: Settings) -> AsyncIterator[tuple[App, DiscordLink]]:
    """The app with Discord's sender in its sender map, as `stancebot run` opens it."""
    link = discord_link(settings)
    async with open_app(settings, outlets={"discord": link.outlet}) as app:
        yield app, link


@asynccontextmanager
async def running_bot(app: App, link: DiscordLink) -> AsyncIterator[DiscordBot]:
    bot = link.serve(app)
    await bot.start()
    try:
        async with asyncio.timeout(5):
            await bot.wait_ready()
        yield bot
    finally:
        await bot.stop()


async def answered(emulator: DiscordEmulator, interaction: Interaction) -> JSON:
    """The message that answered the interaction."""
    await answer(interaction)
    return emulator.messages[interaction.answers[-1]]


def embed_of(message: JSON) -> dict[str, Any]:
    [embed] = message["embeds"]
    return dict(embed)


def ephemeral(message: JSON) -> bool:
    return bool(message["flags"] & 64)


def alerts_channel(emulator: DiscordEmulator) -> Channel:
    return Channel("discord", str(emulator.guild_id), str(emulator.channels["alerts"]))


async def alert_for(app: App, event_id: int) -> Alert:
    found = await app.events.get(event_id)
    assert found is not None
    return build_alert(found, app.countries.get(found.country))
