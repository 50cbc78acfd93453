"""Mentions as people give them to `subscribe … mention:`: a Discord role, a Slack user group
or user, or `none`. Everyone in a channel is never pinged: `@everyone`, `@here` and
`<!channel>` are refused, and so is the role Discord names after the server (@everyone)."""

from __future__ import annotations

import re

from bot.core.catalogue import refusal
from bot.core.mentions import Mention, MentionKind

CLEARING = frozenset({"none", "off"})
_EVERYONE = re.compile(r"^(?:@|<!)(?:everyone|here|channel)(?:\|[^>]*)?>?$", re.IGNORECASE)
_DISCORD_ROLE = re.compile(r"^(?:<@&(\d{15,21})>|(\d{15,21}))$")
_DISCORD_USER = re.compile(r"^<@!?\d+>$")
_SLACK_GROUP = re.compile(r"^(?:<!subteam\^(S[A-Z0-9]{2,})(?:\|[^>]*)?>|(S[A-Z0-9]{2,}))$")
_SLACK_USER = re.compile(r"^(?:<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>|([UW][A-Z0-9]{2,}))$")


def parse_mention(platform: str, tenant: str, text: str) -> Mention | None:
    """The mention typed after `mention:`; None for `none` (no mention); a clear error else."""
    value = text.strip()
    if value.casefold() in CLEARING:
        return None
    if _EVERYONE.match(value):
        raise refusal("error.mention.everyone")
    if platform == "discord":
        return _discord_role(tenant, value)
    if platform == "slack":
        return _slack_group_or_user(value)
    raise refusal("error.mention.terminal")


def _discord_role(guild: str, value: str) -> Mention:
    found = _DISCORD_ROLE.match(value)
    if found is None:
        if _DISCORD_USER.match(value):
            raise refusal("error.mention.person")
        raise refusal("error.mention.role", value=value)
    role = found.group(1) or found.group(2)
    if role == guild:  # Discord's @everyone role has the server's own id
        raise refusal("error.mention.everyone")
    return Mention(MentionKind.ROLE, role)


def _slack_group_or_user(value: str) -> Mention:
    group = _SLACK_GROUP.match(value)
    if group is not None:
        return Mention(MentionKind.GROUP, group.group(1) or group.group(2))
    user = _SLACK_USER.match(value)
    if user is not None:
        return Mention(MentionKind.USER, user.group(1) or user.group(2))
    raise refusal("error.mention.slack", value=value)
