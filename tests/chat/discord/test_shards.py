"""Two processes, each running one of the bot's two shards (DISCORD_SHARDS=0/2 and 1/2): Discord
sends a server's interactions to its shard alone, so each is answered once, by that process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import discord
import pytest

from bot.chat.discord import DiscordBot
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.gateway import shard_of
from tests.chat.discord.support import (
    People,
    answered,
    discord_app,
    discord_settings,
    embed_of,
    running_bot,
)
from tests.postgres import shared

SHARDS = ("0/2", "1/2")


@pytest.fixture(params=[0, 1], ids=["server-on-shard-0", "server-on-shard-1"])
async def emulator(request: pytest.FixtureRequest) -> AsyncIterator[DiscordEmulator]:
    """The server's id puts it on shard 0 or 1 of 2 (`(id >> 22) % 2`)."""
    emulator = DiscordEmulator(guild_id=(2_000 + request.param) << 22 | 7, shard_count=2)
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.close()
    assert [] == emulator.unrouted


@pytest.fixture
async def bots(
    emulator: DiscordEmulator, people: People, tmp_path: Path, database_target: Path | DatabaseUrl
) -> AsyncIterator[list[DiscordBot]]:
    """One process per shard: on PostgreSQL both on one database, on SQLite a file each."""
    async with AsyncExitStack() as stack:
        started = []
        for number, shards in enumerate(SHARDS):
            folder = tmp_path / f"process-{number}"
            folder.mkdir()
            settings = discord_settings(
                folder,
                emulator,
                people.operator.id,
                shards=shards,
                database=shared(database_target),
            )
            app, link = await stack.enter_async_context(discord_app(settings))
            started.append(await stack.enter_async_context(running_bot(app, link)))
        yield started


async def test_each_process_identifies_as_its_shard_and_gets_its_servers_alone(
    emulator: DiscordEmulator, bots: list[DiscordBot]
) -> None:
    home = shard_of(emulator.guild_id, 2)
    identified = sorted(tuple(identify["shard"]) for identify in emulator.gateway.identified)

    assert [(0, 2), (1, 2)] == identified
    assert [[0], [1]] == [_sharded(bot.client).shard_ids for bot in bots]
    expected = [[emulator.guild_id] if n == home else [] for n in range(2)]
    assert expected == [[guild.id for guild in bot.client.guilds] for bot in bots]
    assert [] == emulator.sent("GET", "/gateway/bot")  # the count is given, not asked


async def test_an_interaction_is_answered_once_by_the_process_of_its_servers_shard(
    emulator: DiscordEmulator, people: People, bots: list[DiscordBot]
) -> None:
    home = shard_of(emulator.guild_id, 2)

    interactions = [
        await emulator.command(people.member, "huawei country", name=name) for name in ("uk", "de")
    ]
    titles = [embed_of(await answered(emulator, i))["title"] for i in interactions]

    receivers = [c.shard for c in emulator.gateway.connections for _ in c.dispatched]
    assert [(home, 2), (home, 2)] == receivers
    assert 2 == len(emulator.sent("POST", r".*/interactions/\d+/[^/]+/callback"))
    assert [True, True] == ["United Kingdom" in titles[0], "Germany" in titles[1]]


def _sharded(client: discord.Client) -> discord.AutoShardedClient:
    assert isinstance(client, discord.AutoShardedClient)
    return client
