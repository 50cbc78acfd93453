"""Every handler, bound to its entry of the command table."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.commands import CommandSpec
from handlers import (
    channel,
    feed_lists,
    feeds,
    filters,
    keywords,
    looks,
    lookup,
    mutes,
    pictures,
    stance,
    status,
    subscriptions,
    why,
)
from handlers.base import Command, Handler, Handlers

MODULES = (
    lookup,
    pictures,
    subscriptions,
    channel,
    looks,
    filters,
    mutes,
    keywords,
    feeds,
    feed_lists,
    stance,
    status,
    why,
)


def all_handlers() -> dict[tuple[str, ...], Handler]:
    found: dict[tuple[str, ...], Handler] = {}
    for module in MODULES:
        handlers: Handlers = module.HANDLERS
        found.update(handlers)
    return found


def bind(table: Sequence[CommandSpec], handlers: Handlers) -> tuple[Command, ...]:
    """The table's commands that have a handler, in the table's order. A handler the table does
    not declare is a mistake: no platform could offer it, and help would never list it."""
    undeclared = set(handlers) - {spec.path for spec in table}
    if undeclared:
        names = ", ".join(sorted(" ".join(path) for path in undeclared))
        raise ValueError(f"handlers for commands the table does not declare: {names}")
    return tuple(Command(spec, handlers[spec.path]) for spec in table if spec.path in handlers)
