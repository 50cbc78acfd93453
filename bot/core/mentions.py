"""Who a subscription's alerts ping: one Discord role, one Slack user group or one Slack user.

Opt-in per subscription (`subscribe de mention:@policy`). The mention is written by the bot
itself at the start of the message, never taken from feed text; a platform adapter lets exactly
this one mention ping (Discord's allowed_mentions) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MentionKind(StrEnum):
    ROLE = "role"  # a Discord role
    GROUP = "group"  # a Slack user group
    USER = "user"  # a Slack user


KIND_TEXT = {
    MentionKind.ROLE: "the role",
    MentionKind.GROUP: "the user group",
    MentionKind.USER: "the user",
}


@dataclass(frozen=True)
class Mention:
    kind: MentionKind
    id: str  # the platform's id: a Discord snowflake, a Slack `S…`, `U…` or `W…` id

    @property
    def stored(self) -> str:
        """As the subscriptions table keeps it: `role:123`."""
        return f"{self.kind.value}:{self.id}"

    @property
    def described(self) -> str:
        """For replies, in plain words (no markup that could ping): `the role 123`."""
        return f"{KIND_TEXT[self.kind]} {self.id}"

    @classmethod
    def from_stored(cls, text: str) -> Mention | None:
        """The stored form back; '' (no mention) is None."""
        if not text:
            return None
        kind, _, ident = text.partition(":")
        return cls(MentionKind(kind), ident)
