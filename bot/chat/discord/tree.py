"""The slash-command tree, built from the command table, and synced only when it changed.

discord.py reads a command's options from its callback's signature, so each table entry gets a
callback whose signature is made from the entry's options, typed by their kind; every callback
hands the command's text to the runner. Autocomplete answers from the country index and the
pending events.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import keyword
import logging
from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from bot.chat.discord.interactions import Runner
from bot.chat.discord.roots import ADMIN_ROOT, ROOT, root_of
from bot.core.commands import GROUPS, CommandSpec, Kind, Option, Value
from bot.core.countries import CountryIndex
from bot.core.events import EventStatus
from bot.core.ports import EventBook, Notepad
from bot.logs import event

log = logging.getLogger(__name__)

HASH_KEY = "discord_commands_hash"
MAX_CHOICES = 25  # Discord shows at most 25 autocomplete choices
ROOT_DESCRIPTIONS = {
    ROOT: "Huawei 5G stances: look them up, and get alerts when they change",
    ADMIN_ROOT: "stancebot for server admins and bot operators: keywords, feeds, stances",
}
TYPES: dict[Kind, Any] = {Kind.FLAG: bool, Kind.EVENT: int, Kind.FILE: discord.Attachment}
COMPLETED = frozenset({Kind.COUNTRY, Kind.COUNTRIES, Kind.GROUP, Kind.EVENT})
ADMIN_PERMISSIONS = discord.Permissions(manage_guild=True)


def add_commands(
    tree: app_commands.CommandTree[Any],
    commands: Iterable[CommandSpec],
    runner: Runner,
    completer: Completer,
) -> None:
    roots = _roots()
    groups: dict[tuple[str, str], app_commands.Group] = {}
    for spec in commands:
        parent = roots[root_of(spec)]
        if spec.group is not None:
            key = (root_of(spec), spec.group)
            if key not in groups:
                groups[key] = app_commands.Group(name=spec.group, description=GROUPS[spec.group])
                parent.add_command(groups[key])
            parent = groups[key]
        parent.add_command(make_command(spec, runner, completer))
    for root in roots.values():
        if root.commands:
            tree.add_command(root)


def _roots() -> dict[str, app_commands.Group]:
    """`/huawei` for everyone; `/huawei-admin`, which Discord shows only to Manage Server."""
    return {
        ROOT: app_commands.Group(name=ROOT, description=ROOT_DESCRIPTIONS[ROOT], guild_only=True),
        ADMIN_ROOT: app_commands.Group(
            name=ADMIN_ROOT,
            description=ROOT_DESCRIPTIONS[ADMIN_ROOT],
            guild_only=True,
            default_permissions=ADMIN_PERMISSIONS,
        ),
    }


def make_command(
    spec: CommandSpec, runner: Runner, completer: Completer
) -> app_commands.Command[Any, ..., None]:
    async def callback(interaction: discord.Interaction[Any], **given: Any) -> None:
        values = {o.name: _value(given.get(_python_name(o.name))) for o in spec.options}
        await runner.answer(interaction, spec.text(values), private=not values.get("public"))

    interaction = inspect.Parameter(
        "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
    )
    signature = inspect.Signature([interaction, *(_parameter(o) for o in spec.options)])
    setattr(callback, "__signature__", signature)  # noqa: B010 - what discord.py reads options from
    described = {_python_name(o.name): o.description for o in spec.options}
    setattr(callback, "__discord_app_commands_param_description__", described)  # noqa: B010
    choices = {_python_name(o.name): _choices(o) for o in spec.options if o.choices}
    setattr(callback, "__discord_app_commands_param_choices__", choices)  # noqa: B010
    renamed = {_python_name(o.name): o.name for o in spec.options if o.name != _python_name(o.name)}
    setattr(callback, "__discord_app_commands_param_rename__", renamed)  # noqa: B010
    completed = [o for o in spec.options if o.kind in COMPLETED]
    completes = {_python_name(o.name): completer.for_kind(o.kind) for o in completed}
    setattr(callback, "__discord_app_commands_param_autocomplete__", completes)  # noqa: B010
    return app_commands.Command(name=spec.path[-1], description=spec.description, callback=callback)


def _value(given: object) -> Value:
    """An attached file goes into the command's text as its link."""
    if isinstance(given, discord.Attachment):
        return given.url
    return given if isinstance(given, str | int | bool) else None


def _parameter(option: Option) -> inspect.Parameter:
    kind = TYPES.get(option.kind, str)
    annotation: Any = kind if option.required else kind | None
    default = inspect.Parameter.empty if option.required else None
    return inspect.Parameter(
        _python_name(option.name),
        inspect.Parameter.KEYWORD_ONLY,
        annotation=annotation,
        default=default,
    )


def _python_name(name: str) -> str:
    """Option names that are Python keywords (`global`) get a trailing underscore in the
    signature and are renamed back for Discord."""
    return f"{name}_" if keyword.iskeyword(name) else name


def _choices(option: Option) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=label, value=value) for label, value in option.choices]


class Completer:
    """Autocomplete answers: countries and groups by name or code, and the pending events."""

    def __init__(self, countries: CountryIndex, events: EventBook) -> None:
        self._index = countries
        names = sorted(
            (c.name, f"{c.flag} {c.name} ({c.code})", c.code) for c in countries.countries
        )
        self._countries = names
        self._groups = sorted((g.name, g.key) for g in countries.groups)
        self._events = events

    def for_kind(self, kind: Kind) -> Any:
        return {
            Kind.COUNTRY: self.country,
            Kind.COUNTRIES: self.countries,
            Kind.GROUP: self.group,
            Kind.EVENT: self.pending_event,
        }[kind]

    async def country(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=shown, value=name) for name, shown in self._matches(current)
        ]

    async def countries(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Completes the last entry of a comma-separated list, keeping the ones before it."""
        done, _, last = str(current or "").rpartition(",")
        prefix = f"{done.strip()}, " if done.strip() else ""
        found = [("all", "all: every country")] if "all".startswith(last.strip().casefold()) else []
        found += [
            (key, f"{name} (group)") for name, key in self._groups if _starts(last, name, key)
        ]
        found += [
            (code, shown) for name, shown, code in self._countries if _starts(last, name, code)
        ]
        return [
            app_commands.Choice(name=f"{prefix}{shown}"[:100], value=f"{prefix}{value}"[:100])
            for value, shown in found[:MAX_CHOICES]
        ]

    async def group(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        found = [(name, key) for name, key in self._groups if _starts(current, name, key)]
        return [app_commands.Choice(name=name, value=key) for name, key in found[:MAX_CHOICES]]

    async def pending_event(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[int]]:
        choices = []
        for pending in await self._events.with_status(EventStatus.PENDING, MAX_CHOICES):
            place = self._index.get(pending.country)
            new = pending.stance.label if pending.stance else "?"
            label = f"#{pending.id} {place.flag} {place.name}: {pending.previous.label} → {new}"
            if str(pending.id).startswith(str(current or "")):
                choices.append(app_commands.Choice(name=label[:100], value=pending.id))
        return choices

    def _matches(self, current: str) -> list[tuple[str, str]]:
        text = str(current or "").strip().casefold()
        exact = [(n, s) for n, s, code in self._countries if code.casefold() == text]
        starts = [(n, s) for n, s, _ in self._countries if n.casefold().startswith(text)]
        inside = [(n, s) for n, s, _ in self._countries if text in n.casefold()]
        return list(dict.fromkeys(exact + starts + inside))[:MAX_CHOICES]


def _starts(typed: str, name: str, key: str) -> bool:
    text = typed.strip().casefold()
    return name.casefold().startswith(text) or key.casefold().startswith(text)


async def sync_if_changed(
    tree: app_commands.CommandTree[Any], notepad: Notepad, guild_id: int | None
) -> bool:
    """Push the commands to Discord (one guild, or globally) only when they differ from the last
    push: global syncs are rate limited and take a while to spread. True when it synced."""
    guild = discord.Object(id=guild_id) if guild_id else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    payload = [command.to_dict(tree) for command in tree.get_commands(guild=guild)]
    target = f"guild:{guild_id}" if guild_id else "global"
    application = tree.client.application_id
    text = json.dumps({"app": application, "to": target, "commands": payload}, sort_keys=True)
    digest = hashlib.sha256(text.encode()).hexdigest()
    if await notepad.recall(HASH_KEY) == digest:
        event(log, "discord.commands_unchanged", target=target)
        return False
    await tree.sync(guild=guild)
    await notepad.remember(HASH_KEY, digest)
    event(log, "discord.commands_synced", target=target, commands=len(payload))
    return True
