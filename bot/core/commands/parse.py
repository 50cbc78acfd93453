"""Reading a command's text by its entry of the table: its words, and its `name:value` options.

A `name:value` is an option when the command declares one of that name. A command that takes
free text (keywords, a reason) keeps any other `name:value` as one of its words, so nothing
typed is lost; for any other command it is an option it does not have, and the caller is told.
A link (`https://…`) is always a word.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.commands.spec import PREFIX, CommandSpec

KEYED = re.compile(r"^([a-z][a-z_-]*):(.*)$")
NOT_NAMES = frozenset({"http", "https", "file"})  # the schemes of links


def tokens(text: str) -> tuple[str, ...]:
    """The text's words after `/huawei`; quotes group them."""
    body = text.strip()
    if body.casefold().startswith(PREFIX):
        body = body[len(PREFIX) :]
    try:
        return tuple(shlex.split(body))
    except ValueError:  # an unbalanced quote: fall back to plain words
        return tuple(body.split())


def keyed(token: str) -> tuple[str, str] | None:
    """(`name`, `value`) for a `name:value` token; None for any other word."""
    match = KEYED.match(token)
    if match is None or match.group(1) in NOT_NAMES:
        return None
    return match.group(1), match.group(2)


def words(found: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens that are not `name:value`: the command's words and its arguments."""
    return tuple(token for token in found if keyed(token) is None)


@dataclass(frozen=True)
class Arguments:
    args: tuple[str, ...]  # after the command's own words
    options: Mapping[str, str]
    unknown: tuple[str, ...]  # names of `name:value` options the command does not have


def arguments(spec: CommandSpec, found: tuple[str, ...]) -> Arguments:
    """The tokens of a text that names `spec`, read by its declaration."""
    args: list[str] = []
    options: dict[str, str] = {}
    unknown: list[str] = []
    path_left = len(spec.path)
    for token in found:
        pair = keyed(token)
        if pair is None and path_left:
            path_left -= 1
        elif pair is None or (pair[0] not in spec.option_names and spec.takes_free_text):
            args.append(token)
        elif pair[0] in spec.option_names:
            options[pair[0]] = pair[1]
        else:
            unknown.append(pair[0])
    return Arguments(tuple(args), options, tuple(unknown))
