"""A subscription's mention on Discord: the role's `<@&id>` at the start of the message, and
`allowed_mentions` that lets exactly that role ping (never @everyone, users or other roles)."""

from __future__ import annotations

import discord

from bot.chat.discord.interactions import NO_MENTIONS
from bot.core.mentions import Mention, MentionKind


def _role(mention: Mention | None) -> int | None:
    if mention is None or mention.kind is not MentionKind.ROLE or not mention.id.isdigit():
        return None
    return int(mention.id)


def mention_content(mention: Mention | None) -> str | None:
    """The message's content: the role's mention, or None (an embed alone)."""
    role = _role(mention)
    return f"<@&{role}>" if role is not None else None


def allowed_mentions(mention: Mention | None) -> discord.AllowedMentions:
    role = _role(mention)
    if role is None:
        return NO_MENTIONS
    return discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(role)], replied_user=False
    )
