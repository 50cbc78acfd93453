"""A subscription's mention on Slack: `<!subteam^ID>` (a user group) or `<@U…>` (a user), put at
the start of the message by the bot itself. Feed text is escaped (`&lt;`), so it can never
form one; `@channel`, `@here` and `@everyone` are refused when the mention is set."""

from __future__ import annotations

from bot.chat.slack.replies import Message
from bot.chat.slack.text import MAX_BLOCKS, section
from bot.core.mentions import Mention, MentionKind

_SYNTAX = {MentionKind.GROUP: "<!subteam^{id}>", MentionKind.USER: "<@{id}>"}


def mention_markup(mention: Mention) -> str | None:
    pattern = _SYNTAX.get(mention.kind)
    return pattern.format(id=mention.id) if pattern and mention.id.isalnum() else None


def mentioning(message: Message, mention: Mention | None) -> Message:
    """The message, starting with the mention (its notification text too), when there is one."""
    markup = mention_markup(mention) if mention is not None else None
    if markup is None:
        return message
    blocks = (section(markup), *message.blocks)[:MAX_BLOCKS]
    return Message(f"{markup} {message.text}", blocks)
