"""The command tree: it mirrors the neutral commands, and is synced only when it changed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import discord

from bot.chat.discord import invite_url
from bot.chat.discord.roots import ADMIN_ROOT, ROOT, tree_commands
from bot.chat.discord.tree import HASH_KEY
from bot.core.commands import COMMAND_TABLE, HELP
from bot.storage.target import DatabaseUrl
from handlers.dispatch import all_commands
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.support import People, discord_app, discord_settings, running_bot

GUILD_COMMANDS = r"/applications/\d+/guilds/\d+/commands"
GLOBAL_COMMANDS = r"/applications/\d+/commands"


def test_every_command_of_the_table_has_a_handler() -> None:
    served = {command.path for command in all_commands()}

    assert set() == {spec.path for spec in COMMAND_TABLE} - served


def test_the_tree_shows_the_registered_commands_and_help_only() -> None:
    registered = tuple(command.spec for command in all_commands())

    assert (*registered, HELP) == tree_commands(registered)


def test_the_invite_asks_for_the_bot_and_its_commands_with_the_least_permissions() -> None:
    query = parse_qs(urlsplit(invite_url(1234)).query)

    wanted = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        create_public_threads=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
    )
    assert ["1234"] == query["client_id"]
    assert ["bot applications.commands"] == query["scope"]
    assert [str(wanted.value)] == query["permissions"]


async def test_commands_are_synced_to_the_guild_with_admin_commands_hidden_from_members(
    tmp_path: Path, emulator: DiscordEmulator, people: People, database_target: Path | DatabaseUrl
) -> None:
    async with discord_app(
        discord_settings(tmp_path, emulator, people.operator.id, database=database_target)
    ) as (app, link):
        async with running_bot(app, link):
            pass
        stored = await app.database.fetch_one("SELECT value FROM meta WHERE key = ?", (HASH_KEY,))

    [put] = emulator.sent("PUT", GUILD_COMMANDS)
    permissions = {command["name"]: command["default_member_permissions"] for command in put.body}
    assert {
        ROOT: None,
        ADMIN_ROOT: discord.Permissions(manage_guild=True).value,
    } == permissions
    assert stored is not None


async def test_an_unchanged_tree_is_not_synced_again(
    tmp_path: Path, emulator: DiscordEmulator, people: People, database_target: Path | DatabaseUrl
) -> None:
    settings = discord_settings(tmp_path, emulator, people.operator.id, database=database_target)
    for _ in range(2):  # a restart: the process, its app and its client are new
        async with discord_app(settings) as (app, link), running_bot(app, link):
            pass
    synced_twice = len(emulator.sent("PUT", GUILD_COMMANDS))
    async with discord_app(settings) as (app, link):
        await app.database.execute_many(
            "UPDATE meta SET value = 'stale' WHERE key = ?", [(HASH_KEY,)]
        )
        async with running_bot(app, link):
            pass

    assert (1, 2) == (synced_twice, len(emulator.sent("PUT", GUILD_COMMANDS)))


async def test_without_a_guild_id_commands_are_synced_globally(
    tmp_path: Path, emulator: DiscordEmulator, people: People, database_target: Path | DatabaseUrl
) -> None:
    settings = discord_settings(
        tmp_path, emulator, people.operator.id, guild=False, database=database_target
    )
    async with discord_app(settings) as (app, link), running_bot(app, link):
        pass

    assert (1, 0) == (
        len(emulator.sent("PUT", GLOBAL_COMMANDS)),
        len(emulator.sent("PUT", GUILD_COMMANDS)),
    )
