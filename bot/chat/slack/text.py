"""Slack text: escaping untrusted text, Block Kit limits, and the small objects blocks are made of.

Slack parses `<...>` in message text as mentions (`<!channel>`, `<@U1>`) and links, and decodes
`&amp;`, `&lt;`, `&gt;`. Escaping those three characters in everything we did not write ourselves
is what keeps a headline from pinging a channel or smuggling a link.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.items import visible_text

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_FIELDS = 10
MAX_FIELD = 2000
MAX_BUTTON = 75
MAX_URL = 3000
MAX_FALLBACK = 3000
MAX_LINK = 1500  # a mrkdwn link longer than this is shown as its label: cutting it would break it
ELLIPSIS = "…"

# An entity cut in half by truncation ("&am") would show as garbage: drop the fragment.
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")
_SAFE_URL = re.compile(r"^https?://[^\s<>|]+$", re.IGNORECASE)


# mrkdwn has no escape for its formatting characters: in feed text they become look-alikes, so
# a headline cannot turn bold, italic, struck, code or a quote.
_FORMATTING = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
_QUOTE_START = re.compile(r"(?m)^(\s*)>")


def unformatted(text: str) -> str:
    """Feed text as written, without mrkdwn formatting, direction overrides or hidden
    characters; still to be escaped (`escape`, `link`) like any text."""
    return _QUOTE_START.sub("\\1\u203a", visible_text(text).translate(_FORMATTING))


def escape(text: str) -> str:
    """The three characters Slack gives meaning to, as entities (`&` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending with an ellipsis when cut, never mid-entity."""
    if len(text) <= limit:
        return text
    cut = _PARTIAL_ENTITY.sub("", text[: limit - len(ELLIPSIS)]).rstrip()
    return cut + ELLIPSIS


def chunks(text: str, limit: int) -> list[str]:
    """Split at line breaks into pieces of at most `limit` characters; over-long lines are cut."""
    pieces: list[str] = []
    current = ""
    for raw in text.split("\n"):
        line = clip(raw, limit)
        joined = f"{current}\n{line}" if current else line
        if len(joined) <= limit:
            current = joined
            continue
        pieces.append(current)
        current = line
    if current.strip():
        pieces.append(current)
    return pieces


def safe_url(url: str) -> str | None:
    """A URL fit for a button or a `<url|label>` link: http(s), no spaces or link syntax."""
    url = url.strip()
    if len(url) > MAX_URL or not _SAFE_URL.match(url):
        return None
    return url.replace("&", "&amp;")


def link(url: str, label: str) -> str:
    """A mrkdwn link, or the escaped label alone when the URL is not safe to link."""
    target = safe_url(url)
    shown = escape(label.replace("\n", " ")) or escape(url)
    if not target or len(target) + len(shown) > MAX_LINK:
        return shown
    return f"<{target}|{shown}>"


def plain(text: str, limit: int) -> dict[str, Any]:
    """Plain text is never parsed for mentions or links, so it is shown as is, unescaped
    (escaping would show a literal `&amp;`)."""
    return {"type": "plain_text", "text": clip(text.strip(), limit) or "-", "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    """Already-escaped mrkdwn; `verbatim` stops Slack from linking bare names and URLs itself."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, MAX_HEADER)}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(clip(text, MAX_SECTION))}


def field_section(texts: list[str]) -> Block:
    return {"type": "section", "fields": [mrkdwn(clip(t, MAX_FIELD)) for t in texts[:MAX_FIELDS]]}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(clip(text, MAX_SECTION))]}


def url_button(action_id: str, label: str, url: str) -> Block | None:
    target = url.strip()
    if safe_url(target) is None:
        return None
    return {
        "type": "button",
        "action_id": action_id,
        "text": plain(label, MAX_BUTTON),
        "url": target,
    }


def fallback(*parts: str) -> str:
    """The notification and screen-reader text: escaped, one line per part."""
    return clip(escape("\n".join(p for p in parts if p)), MAX_FALLBACK)
