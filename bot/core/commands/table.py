"""The command table: every command of `/huawei`, declared once.

The dispatcher binds each entry to its handler and parses its text by it, the help lists the
entries a caller may run, and the Discord adapter builds its slash commands from the same entries.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from bot.core.commands.admins import ADMINS
from bot.core.commands.everyone import EVERYONE
from bot.core.commands.spec import CommandSpec, Form

MAX_DESCRIPTION = 100  # what command pickers show (Discord's limit)
NAME = re.compile(r"^[a-z][a-z_-]{0,31}$")  # what the text parser takes for a `name:value`

COMMAND_TABLE: tuple[CommandSpec, ...] = (*EVERYONE, *ADMINS)

# Answered by the dispatcher itself (the help, a group's usage): no handler of its own.
HELP = CommandSpec(("help",), "What stancebot can do for you")

GROUPS: Mapping[str, str] = {
    "keywords": "The terms this server watches in the news",
    "filter": "This channel's own keywords, on top of the server's",
    "feeds": "The news feeds this server watches",
    "stance": "Decide on reported stance changes (bot operators)",
}


def table_problems(table: Sequence[CommandSpec], groups: Mapping[str, str]) -> list[str]:
    """What would make a table ambiguous to parse or impossible to build a command tree from."""
    problems: list[str] = []
    paths = [spec.path for spec in table]
    problems += [f"{' '.join(p)}: declared twice" for p in sorted(set(paths)) if paths.count(p) > 1]
    for spec in table:
        problems += _spec_problems(spec, groups)
    return problems


def _spec_problems(spec: CommandSpec, groups: Mapping[str, str]) -> list[str]:
    problems = []
    if not 1 <= len(spec.path) <= 2:
        problems.append(f"{spec.name}: a command is one word, or a group and one word")
    if spec.group is not None and spec.group not in groups:
        problems.append(f"{spec.name}: the group {spec.group} has no description")
    if not 0 < len(spec.description) <= MAX_DESCRIPTION:
        problems.append(f"{spec.name}: its description is empty or too long")
    names = [option.name for option in spec.options]
    if len(set(names)) != len(names):
        problems.append(f"{spec.name}: an option is declared twice")
    problems += [f"{spec.name}: {n!r} is not an option name" for n in names if not NAME.match(n)]
    positional = [o for o in spec.options if o.form is not Form.KEYED]
    if any(not a.required and b.required for a, b in itertools.pairwise(positional)):
        problems.append(f"{spec.name}: a required option follows an optional one")
    return problems
