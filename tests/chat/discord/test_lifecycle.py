"""Starting and stopping: the configured endpoints, default intents, failures reported."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import discord
import pytest

from bot.app import App
from bot.chat.discord import application_id
from bot.chat.discord.config import current_endpoints
from bot.core.errors import DiscordError
from bot.platforms import DiscordLink
from bot.settings import Secret, Settings
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.support import discord_app, running_bot


async def test_the_gateway_is_the_configured_one_with_default_intents_and_compression(
    bot: object, emulator: DiscordEmulator
) -> None:
    [query] = emulator.gateway.queries
    [identify] = emulator.gateway.identified

    assert ("10", "json") == (query["v"], query["encoding"])
    assert query["compress"] in ("zlib-stream", "zstd-stream")
    assert discord.Intents.default().value == identify["intents"]
    assert [] == emulator.sent("GET", "/gateway/bot")


async def test_a_gateway_that_refuses_the_bot_is_reported_to_its_owner(
    app: App, link: DiscordLink, emulator: DiscordEmulator
) -> None:
    emulator.gateway.refuse_with = 4004  # Discord's "authentication failed"
    failed = asyncio.Event()
    bot = link.serve(app, on_failure=lambda _exc: failed.set())
    await bot.start()
    try:
        async with asyncio.timeout(5):
            await failed.wait()
    finally:
        await bot.stop()

    assert isinstance(bot.failure, discord.ConnectionClosed)
    assert 4004 == bot.failure.code


async def test_the_bot_delivers_through_the_sender_wired_at_start_and_restores_the_endpoints(
    app: App, link: DiscordLink, emulator: DiscordEmulator
) -> None:
    before = current_endpoints()
    async with running_bot(app, link) as bot:
        running = (app.senders["discord"] is bot.sender, current_endpoints().api_base)

    assert (True, emulator.api_base) == running
    assert before == current_endpoints()


async def test_a_refused_token_stops_the_start_with_a_clear_error(
    settings: Settings, emulator: DiscordEmulator
) -> None:
    wrong = replace(settings, discord=replace(settings.discord, token=Secret("revoked-token")))
    async with discord_app(wrong) as (app, link):
        bot = link.serve(app)
        with pytest.raises(DiscordError) as raised:
            await bot.start()

    assert "Discord refused the token: check DISCORD_TOKEN." == str(raised.value)
    assert "revoked-token" not in str(raised.value.__cause__)


async def test_the_application_id_for_the_invite_is_asked_of_discord_with_the_token(
    settings: Settings, emulator: DiscordEmulator
) -> None:
    assert emulator.app_id == await application_id(settings.discord)
