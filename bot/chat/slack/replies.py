"""Neutral replies as Slack messages: Block Kit blocks and a plain-text fallback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.chat.slack.text import (
    MAX_BLOCKS,
    MAX_FIELDS,
    MAX_SECTION,
    Block,
    chunks,
    context,
    escape,
    fallback,
    field_section,
    header,
    link,
    section,
    url_button,
)
from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.replies import Field, Link, Reply, Tone

LINK_ACTION = "stancebot_link"  # prefix of every URL button's action_id: acked, nothing else
MAX_LINK_BUTTONS = 5  # more buttons wrap into a wall; the rest are listed as links
TONE_MARKS = {Tone.ERROR: "❌ ", Tone.WARNING: "⚠️ ", Tone.SUCCESS: "✅ "}


@dataclass(frozen=True)
class Message:
    """What chat.postMessage, chat.update and response_url posts take."""

    text: str
    blocks: tuple[Block, ...]

    def payload(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": list(self.blocks)}


def reply_message(reply: Reply) -> Message:
    head = [header(TONE_MARKS.get(reply.tone, "") + reply.title)]
    body = [section(c) for c in chunks(escape(reply.text), MAX_SECTION)]
    body += field_blocks(reply.fields)
    tail = link_blocks(reply.links)
    if reply.footer:
        tail.append(context(escape(reply.footer)))
    return Message(fallback(reply.title, reply.text), tuple(fit(head, body, tail, reply.language)))


def fit(
    head: list[Block], body: list[Block], tail: list[Block], language: str = ENGLISH_CODE
) -> list[Block]:
    """At most 50 blocks: the body gives way, saying how much, so the header and the
    buttons and footer at the end always show."""
    room = MAX_BLOCKS - len(head) - len(tail)
    if len(body) > room:
        hidden = len(body) - room + 1
        body = [*body[: room - 1], context(say(language, "render.hidden", count=hidden))]
    return head + body + tail


def field_blocks(fields: Sequence[Field]) -> list[Block]:
    """Inline fields side by side (up to 10 a section), the others each in their own section."""
    blocks: list[Block] = []
    row: list[str] = []
    for field in fields:
        text = f"*{escape(field.name)}*\n{escape(field.value)}"
        if field.inline:
            row.append(text)
            if len(row) == MAX_FIELDS:
                blocks.append(field_section(row))
                row = []
            continue
        if row:
            blocks.append(field_section(row))
            row = []
        blocks += [section(c) for c in chunks(text, MAX_SECTION)]
    if row:
        blocks.append(field_section(row))
    return blocks


def link_blocks(links: Sequence[Link]) -> list[Block]:
    """The first links as buttons; any more as a list of links below them."""
    buttons = [
        button
        for number, item in enumerate(links[:MAX_LINK_BUTTONS])
        if (button := url_button(f"{LINK_ACTION}_{number}", item.label, item.url))
    ]
    blocks: list[Block] = [{"type": "actions", "elements": buttons}] if buttons else []
    rest = [f"• {link(item.url, item.label)}" for item in links[MAX_LINK_BUTTONS:]]
    if rest:
        blocks += [section(c) for c in chunks("*More sources*\n" + "\n".join(rest), MAX_SECTION)]
    return blocks
