"""One command table: the dispatcher, the help and Discord's slash commands all come from it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.app import App
from bot.chat.discord.interactions import Runner
from bot.chat.discord.roots import root_of, tree_commands
from bot.chat.discord.tree import COMPLETED, Completer, add_commands
from bot.core.access import Role
from bot.core.commands import COMMAND_TABLE, CommandSpec, Form, Kind, Option
from bot.core.replies import Reply
from handlers.base import Command, Request
from handlers.dispatch import Dispatcher, all_commands
from handlers.help import help_reply
from handlers.registry import all_handlers, bind

JSON = dict[str, Any]
DISCORD_TYPES = {Kind.FLAG: 5, Kind.EVENT: 4, Kind.FILE: 11}  # else 3, a string
SUBCOMMAND_TYPES = (1, 2)

ECHO = CommandSpec(
    ("echo",),
    "Say it back",
    options=(
        Option("words", "What to say", Kind.TEXT, Form.WORDS, required=True),
        Option("loud", "Shout it", Kind.FLAG, Form.KEYED),
    ),
)


async def echo(request: Request) -> Reply:
    return Reply(title="Echo", text=request.text.upper() if request.flag("loud") else request.text)


async def unused(text: str, caller: object) -> Reply:
    raise AssertionError("no command runs while the tree is only built")


def synced_tree(app: App, specs: Sequence[CommandSpec]) -> dict[str, JSON]:
    """The JSON the bot would sync for these commands, by top-level command."""
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )
    completer = Completer(app.countries, app.events)
    add_commands(tree, tree_commands(specs), Runner(unused, frozenset()), completer)
    return {command.name: command.to_dict(tree) for command in tree.get_commands()}


def synced_command(tree: dict[str, JSON], spec: CommandSpec) -> JSON:
    node = tree[root_of(spec)]
    for word in spec.path:
        [node] = [o for o in node["options"] if o["name"] == word and o["type"] in SUBCOMMAND_TYPES]
    return node


def declared(spec: CommandSpec) -> list[JSON]:
    """The options Discord should show for this entry of the table."""
    return [
        {
            "name": option.name,
            "description": option.description,
            "type": DISCORD_TYPES.get(option.kind, 3),
            "required": option.required,
            "choices": [{"name": label, "value": value} for label, value in option.choices],
            "autocomplete": option.kind in COMPLETED,
        }
        for option in spec.options
    ]


def shown(command: JSON) -> list[JSON]:
    keys = ("name", "description", "type", "required", "choices", "autocomplete")
    return [
        {key: option.get(key, [] if key == "choices" else False) for key in keys}
        for option in command.get("options", [])
    ]


def help_paths(commands: Sequence[Command], role: Role) -> list[tuple[str, ...]]:
    """The commands a help reply lists, by their words (`/huawei feeds add <url>…`)."""
    lines = [line for f in help_reply(commands, role).fields for line in str(f.value).splitlines()]
    paths = []
    for line in lines:
        words = line.removeprefix("`/huawei ").split("`")[0].split()
        known = {c.path for c in commands}
        paths.append(tuple(words[:2]) if tuple(words[:2]) in known else tuple(words[:1]))
    return paths


async def test_every_command_of_the_table_is_synced_with_the_table_s_options(app: App) -> None:
    tree = synced_tree(app, COMMAND_TABLE)

    for spec in COMMAND_TABLE:
        command = synced_command(tree, spec)
        assert (spec.description, declared(spec)) == (command["description"], shown(command))


async def test_help_lists_every_command_of_the_table_a_caller_may_run() -> None:
    commands = all_commands()

    for role in Role:
        expected = [spec.path for spec in COMMAND_TABLE if spec.role <= role]
        assert sorted(expected) == sorted(help_paths(commands, role))


async def test_a_command_added_to_the_table_is_served_helped_and_synced(app: App) -> None:
    table = (*COMMAND_TABLE, ECHO)
    commands = bind(table, {**all_handlers(), ECHO.path: echo})
    dispatcher = Dispatcher(app.dispatcher.services, commands)
    caller = app.console_caller(Role.MEMBER)

    typed = await dispatcher.handle("/huawei echo hello there loud:true", caller)
    picked = await dispatcher.handle(ECHO.text({"words": "from discord", "loud": False}), caller)
    helped = help_reply(commands, Role.MEMBER).fields[0].value
    synced = synced_command(synced_tree(app, [c.spec for c in commands]), ECHO)

    assert ("HELLO THERE", "from discord") == (typed.text, picked.text)
    assert "`/huawei echo <words…> [loud:true]`: Say it back" in str(helped).splitlines()
    assert declared(ECHO) == shown(synced)


def test_a_handler_the_table_does_not_declare_is_refused() -> None:
    with pytest.raises(
        ValueError, match=r"^handlers for commands the table does not declare: echo$"
    ):
        bind(COMMAND_TABLE, {**all_handlers(), ECHO.path: echo})
