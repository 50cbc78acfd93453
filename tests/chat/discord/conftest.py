from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.chat.discord import DiscordBot
from bot.platforms import DiscordLink
from bot.settings import Settings
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.support import People, discord_link, discord_settings, running_bot


@pytest.fixture
async def emulator() -> AsyncIterator[DiscordEmulator]:
    emulator = DiscordEmulator()
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.close()
    assert [] == emulator.unrouted  # the client used nothing the emulator does not serve


@pytest.fixture
def people(emulator: DiscordEmulator) -> People:
    return People.join(emulator)


@pytest.fixture
def settings(
    tmp_path: Path, emulator: DiscordEmulator, people: People, database_target: Path | DatabaseUrl
) -> Settings:
    return discord_settings(tmp_path, emulator, people.operator.id, database=database_target)


@pytest.fixture
def link(settings: Settings) -> DiscordLink:
    return discord_link(settings)


@pytest.fixture
async def app(settings: Settings, link: DiscordLink) -> AsyncIterator[App]:
    async with open_app(settings, outlets={"discord": link.outlet}) as opened:
        yield opened


@pytest.fixture
async def bot(app: App, link: DiscordLink) -> AsyncIterator[DiscordBot]:
    async with running_bot(app, link) as started:
        yield started
