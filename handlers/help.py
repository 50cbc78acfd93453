"""The help reply, built from the registered commands so it never goes stale."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.access import Role
from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.replies import Field, Reply
from handlers.base import Command


def help_reply(commands: Sequence[Command], role: Role, language: str = ENGLISH_CODE) -> Reply:
    """Every command the caller may run, by role, in the channel's language."""
    fields = []
    for level in Role:
        lines = help_lines([c for c in commands if c.role == level], language)
        if lines and level <= role:
            fields.append(Field(role_heading(level, language), lines))
    return Reply(
        title=say(language, "help.title"),
        text=say(language, "help.intro"),
        fields=tuple(fields),
        footer=say(language, "help.footer"),
    )


def help_lines(commands: Sequence[Command], language: str) -> str:
    """ "`/huawei feeds list`: the feeds this workspace watches", one a line."""
    return "\n".join(
        say(language, "help.line", usage=c.usage(language), summary=c.summary(language))
        for c in commands
    )


def role_heading(role: Role, language: str) -> str:
    return say(language, f"help.heading.{role.name.lower()}")
