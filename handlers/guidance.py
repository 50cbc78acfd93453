"""What to say when the words name no command: a group's usage, or the command meant."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.access import Role
from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.names import edit_distance
from bot.core.replies import Field, Reply, Tone
from handlers.base import Command
from handlers.help import help_lines, help_reply, role_heading

HELP_WORD = "help"


def closest(word: str, choices: Sequence[str]) -> str | None:
    """The one choice a typo most likely meant, or None when none is close enough."""
    key = word.casefold()
    budget = 1 if len(key) < 6 else 2
    if len(key) < 3:
        return None
    scored = sorted((edit_distance(key, choice, budget), choice) for choice in choices)
    if not scored or scored[0][0] > budget:
        return None
    ties = [choice for distance, choice in scored if distance == scored[0][0]]
    return ties[0] if len(ties) == 1 else None


def not_found(
    commands: Sequence[Command], words: Sequence[str], role: Role, language: str = ENGLISH_CODE
) -> Reply:
    """The full help for nothing or `help`; a group's usage; else the command a typo meant."""
    asked = words[0].casefold() if words else ""
    if asked in ("", HELP_WORD):
        return help_reply(commands, role, language)
    groups = _groups(commands)
    if asked in groups:
        return group_usage(commands, asked, words[1:], role, language)
    heads = sorted({c.path[0] for c in commands} | {HELP_WORD})
    meant = closest(asked, heads)
    if meant in groups and len(words) > 1:
        return group_usage(commands, meant, words[1:], role, language, typo=words[0])
    if meant is not None:
        suggestion = " ".join(("/huawei", meant, *words[1:]))
        text = say(language, "help.unknown.meant", word=words[0], suggestion=suggestion)
    else:
        text = say(language, "help.unknown.commands", word=words[0], commands=", ".join(heads))
    return Reply(title=say(language, "help.unknown.title"), text=text, tone=Tone.WARNING)


def group_usage(
    commands: Sequence[Command],
    group: str,
    rest: Sequence[str],
    role: Role,
    language: str = ENGLISH_CODE,
    *,
    typo: str = "",
) -> Reply:
    """`/huawei keywords` alone, or with a word it has no command for: that group's usage."""
    members = [c for c in commands if c.path[0] == group and len(c.path) > 1]
    notices = [say(language, "help.unknown.showing", word=typo, group=group)] if typo else []
    if rest:
        notices.append(_unknown_in_group(members, group, rest, language))
    needed = min(c.role for c in members)
    fields = [Field(say(language, "help.usage"), help_lines(members, language))]
    if role < needed:
        heading, have = role_heading(needed, language), say(language, f"role.{role.name.lower()}")
        fields.append(
            Field(
                say(language, "help.who"),
                say(language, "help.who.text", heading=heading, role=have),
            )
        )
    return Reply(
        title=f"/huawei {group}",
        text=" ".join(notices),
        fields=tuple(fields),
        tone=Tone.WARNING if notices else Tone.INFO,
    )


def _unknown_in_group(
    members: Sequence[Command], group: str, rest: Sequence[str], language: str
) -> str:
    meant = closest(rest[0], [c.path[1] for c in members])
    if meant is None:
        return say(language, "help.unknown.in_group", group=group, word=rest[0])
    suggestion = " ".join(("/huawei", group, meant, *rest[1:]))
    return say(
        language, "help.unknown.in_group.meant", group=group, word=rest[0], suggestion=suggestion
    )


def _groups(commands: Sequence[Command]) -> set[str]:
    return {c.path[0] for c in commands if len(c.path) > 1}
