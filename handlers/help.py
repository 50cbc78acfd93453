"""The help reply, built from the registered commands so it never goes stale."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.access import Role
from bot.core.replies import Field, Reply
from handlers.base import Command

ROLE_HEADINGS = {
    Role.MEMBER: "Everyone",
    Role.MANAGER: "Channel managers",
    Role.ADMIN: "Workspace / server admins",
    Role.OPERATOR: "Operators",
}


def help_reply(commands: Sequence[Command], role: Role, notice: str = "") -> Reply:
    fields = []
    for level in Role:
        lines = [f"`/huawei {c.usage}`: {c.summary}" for c in commands if c.role == level]
        if lines and level <= role:
            fields.append(Field(ROLE_HEADINGS[level], "\n".join(lines)))
    intro = "stancebot tracks every country's stance on Huawei in 5G networks."
    return Reply(
        title="stancebot help",
        text=f"{notice}\n\n{intro}".strip(),
        fields=tuple(fields),
        footer="Stances: banned · restricted · under_review · allowed · partnered · unknown",
    )
