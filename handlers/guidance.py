"""What to say when the words name no command: a group's usage, or the command meant."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.access import Role
from bot.core.names import edit_distance
from bot.core.replies import Field, Reply, Tone
from handlers.base import Command
from handlers.help import ROLE_HEADINGS, help_reply

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


def not_found(commands: Sequence[Command], words: Sequence[str], role: Role) -> Reply:
    """The full help for nothing or `help`; a group's usage; else the command a typo meant."""
    asked = words[0].casefold() if words else ""
    if asked in ("", HELP_WORD):
        return help_reply(commands, role)
    groups = _groups(commands)
    if asked in groups:
        return group_usage(commands, asked, words[1:], role)
    heads = sorted({c.path[0] for c in commands} | {HELP_WORD})
    meant = closest(asked, heads)
    if meant in groups and len(words) > 1:
        return group_usage(commands, meant, words[1:], role, typo=words[0])
    if meant is not None:
        suggestion = " ".join(("/huawei", meant, *words[1:]))
        text = f"Unknown command “{words[0]}”. Did you mean `{suggestion}`?"
    else:
        text = (
            f"Unknown command “{words[0]}”. Commands: {', '.join(heads)}. "
            "`/huawei help` says what each does."
        )
    return Reply(title="Unknown command", text=text, tone=Tone.WARNING)


def group_usage(
    commands: Sequence[Command],
    group: str,
    rest: Sequence[str],
    role: Role,
    typo: str = "",
) -> Reply:
    """`/huawei keywords` alone, or with a word it has no command for: that group's usage."""
    members = [c for c in commands if c.path[0] == group and len(c.path) > 1]
    notice = f"Unknown command “{typo}”: showing `{group}`. " if typo else ""
    if rest:
        meant = closest(rest[0], [c.path[1] for c in members])
        if meant is not None:
            suggestion = " ".join(("/huawei", group, meant, *rest[1:]))
            notice += f"Unknown `{group}` command “{rest[0]}”. Did you mean `{suggestion}`?"
        else:
            notice += f"Unknown `{group}` command “{rest[0]}”."
    lines = [f"`/huawei {c.usage}`: {c.summary}" for c in members]
    needed = min(c.role for c in members)
    fields = [Field("Usage", "\n".join(lines))]
    if role < needed:
        fields.append(Field("Who", f"{ROLE_HEADINGS[needed]} (you are a {role.label})."))
    return Reply(
        title=f"/huawei {group}",
        text=notice.strip(),
        fields=tuple(fields),
        tone=Tone.WARNING if notice else Tone.INFO,
    )


def _groups(commands: Sequence[Command]) -> set[str]:
    return {c.path[0] for c in commands if len(c.path) > 1}
