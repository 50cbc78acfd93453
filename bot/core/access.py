"""Who is asking, and what they may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.core.errors import PermissionDeniedError


class Role(IntEnum):
    """Roles are ordered: each may do everything the ones below it may."""

    MEMBER = 0  # reads: lookups, lists, history
    MANAGER = 1  # manages a channel's subscriptions
    ADMIN = 2  # manages a tenant's keywords and feeds
    OPERATOR = 3  # runs the bot: global feeds, stance decisions

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.MEMBER: "channel member",
    Role.MANAGER: "channel manager",
    Role.ADMIN: "workspace or server admin",
    Role.OPERATOR: "bot operator",
}


@dataclass(frozen=True)
class Caller:
    """The person behind a command, already classified by the platform adapter."""

    platform: str
    tenant: str
    channel: str
    user: str
    role: Role

    def require(self, role: Role) -> None:
        if self.role < role:
            raise PermissionDeniedError(
                f"Only a {role.label} may do that; you are a {self.role.label}.",
                needed=role.name.casefold(),
                have=self.role.name.casefold(),
            )
