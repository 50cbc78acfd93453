"""Where the table's commands live on Discord: `/huawei`, or `/huawei-admin` for admins.

Discord applies `default_member_permissions` to top-level commands only, so the commands for
server admins and operators live under a second root, `/huawei-admin`, that Discord hides from
members; the dispatcher still checks every caller's role (docs/decisions/006-discord-adapter.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.access import Role
from bot.core.commands import COMMAND_TABLE, HELP, PREFIX, CommandSpec

ROOT = "huawei"
ADMIN_ROOT = "huawei-admin"
NEUTRAL_PREFIX = PREFIX


def root_of(spec: CommandSpec) -> str:
    return ADMIN_ROOT if spec.role >= Role.ADMIN else ROOT


def tree_commands(registered: Iterable[CommandSpec]) -> tuple[CommandSpec, ...]:
    """The commands the tree offers: those the dispatcher serves, and help, which it answers
    itself. An entry of the table with no handler yet never shows as a dead command."""
    return (*registered, HELP)


def admin_paths(table: Iterable[CommandSpec]) -> re.Pattern[str]:
    heads = sorted({spec.path[0] for spec in table if root_of(spec) == ADMIN_ROOT})
    return re.compile(rf"{NEUTRAL_PREFIX} ({'|'.join(heads)})\b")


_ADMIN_MENTION = admin_paths(COMMAND_TABLE)


def discord_paths(text: str) -> str:
    """Neutral replies name `/huawei keywords …`; on Discord those live under `/huawei-admin`."""
    return _ADMIN_MENTION.sub(rf"/{ADMIN_ROOT} \1", text)
