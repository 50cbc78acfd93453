"""Neutral replies as Discord embeds: colour per stance, fields, source links, within the limits.

A reply too long for one embed becomes pages (shown one at a time with Previous/Next buttons):
its text is cut between lines and its fields between fields; a field value longer than Discord
allows continues in a field of its own, so nothing is lost to truncation except the rare single
line longer than a whole description.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from urllib.parse import quote, urlsplit

import discord

from bot.chat.discord import limits
from bot.chat.discord.limits import clip, size
from bot.chat.discord.roots import discord_paths
from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.models import Stance
from bot.core.replies import Field, Image, Link, Reply, Tone

STANCE_COLOURS: Mapping[Stance, int] = MappingProxyType(
    {
        Stance.BANNED: 0xC62828,
        Stance.RESTRICTED: 0xEF6C00,
        Stance.UNDER_REVIEW: 0xF9A825,
        Stance.ALLOWED: 0x2E7D32,
        Stance.PARTNERED: 0x6A1B9A,
        Stance.UNKNOWN: 0x78909C,
    }
)
TONE_COLOURS: Mapping[Tone, int] = MappingProxyType(
    {Tone.INFO: 0x5865F2, Tone.SUCCESS: 0x2E7D32, Tone.WARNING: 0xF9A825, Tone.ERROR: 0xC62828}
)
PAGE_MARK = 24  # room kept in the footer for " · page 10 of 12"
EMPTY = "—"
_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def no_masked_links(text: str) -> str:
    """A reply's text and fields can echo what someone typed or a feed wrote; only the reply's
    own links (rendered apart, by `links_fields`) may be masked, so `[label](url)` elsewhere is
    broken apart and shows as typed."""
    return text.replace("](", "]\u200b(")


def _unlinked(fields: Iterable[Field]) -> list[Field]:
    return [
        replace(f, name=no_masked_links(f.name), value=no_masked_links(f.value)) for f in fields
    ]


def colour_of(reply: Reply) -> int:
    return STANCE_COLOURS[reply.stance] if reply.stance else TONE_COLOURS[reply.tone]


def reply_pages(reply: Reply) -> list[discord.Embed]:
    """One embed per page; the first carries the image, every one the title and footer."""
    title = clip(discord_paths(reply.title), limits.TITLE)
    footer = clip(discord_paths(reply.footer), limits.FOOTER - PAGE_MARK)
    language = reply.language
    fields = [
        *expand_fields(_unlinked(reply.fields), language),
        *links_fields(reply.links, say(language, "render.sources"), language),
    ]
    packer = Packer(limits.EMBED_TOTAL - size(title) - size(footer) - PAGE_MARK)
    for line in no_masked_links(discord_paths(reply.text)).splitlines():
        packer.add_line(clip(line, limits.DESCRIPTION))
    for field in fields:
        packer.add_field(field)
    pages = packer.pages()
    embeds = [_embed(reply, title, text, page_fields) for text, page_fields in pages]
    for number, embed in enumerate(embeds, start=1):
        mark = say(language, "render.page", number=number, total=len(embeds))
        mark = mark if len(embeds) > 1 else ""
        text = " · ".join(part for part in (footer, mark) if part)
        if text:
            embed.set_footer(text=text)
    if reply.image is not None:
        embeds[0].set_image(url=f"attachment://{image_name(reply.image)}")
    return embeds


def _embed(reply: Reply, title: str, text: str, fields: Sequence[Field]) -> discord.Embed:
    embed = discord.Embed(title=title, description=text or None, colour=colour_of(reply))
    for field in fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    return embed


def expand_fields(fields: Iterable[Field], language: str = ENGLISH_CODE) -> list[Field]:
    """Fields within the limits: a long value continues in further fields, never cut short."""
    expanded: list[Field] = []
    for field in fields:
        name = clip(discord_paths(field.name), limits.FIELD_NAME) or "\u200b"
        value = discord_paths(field.value).strip() or EMPTY
        for number, piece in enumerate(limits.split(value, limits.FIELD_VALUE)):
            continued = say(language, "render.continued", name=name)
            shown = name if number == 0 else clip(continued, limits.FIELD_NAME)
            expanded.append(Field(shown, piece or EMPTY, field.inline))
    return expanded


def links_fields(
    links: Sequence[Link], name: str = "Sources", language: str = ENGLISH_CODE
) -> list[Field]:
    """Source links as one field; those that do not fit are counted, not dropped silently."""
    shown: list[str] = []
    for position, link in enumerate(links):
        entry = markdown_link(link.label, link.url)
        rest = len(links) - position - 1
        more = "\n" + say(language, "render.more", count=rest) if rest else ""
        if size("\n".join([*shown, entry]) + more) > limits.FIELD_VALUE:
            shown.append(say(language, "render.more", count=len(links) - position))
            break
        shown.append(entry)
    return [Field(name, "\n".join(shown))] if shown else []


def markdown_link(label: str, url: str) -> str:
    """`[label](url)`, or the bare label when the URL is not http(s); brackets cannot escape."""
    text = label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") or url
    safe = safe_url(url)
    return f"[{clip(text, 200)}]({safe})" if safe else clip(text, 200)


def safe_url(url: str) -> str:
    """An http(s) URL with the characters that would end a markdown link encoded, or ""."""
    if urlsplit(url).scheme not in ("http", "https") or len(url) > 2000:
        return ""
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")


def image_name(image: Image) -> str:
    name = _UNSAFE_FILE_CHARS.sub("_", image.filename) or "image.png"
    return name[-100:]


def reply_files(reply: Reply) -> list[discord.File]:
    """The reply's picture and its attached file, as discord.py uploads them."""
    files = [image_file(reply.image)] if reply.image else []
    if reply.attachment is not None:
        name = _UNSAFE_FILE_CHARS.sub("_", reply.attachment.filename) or "file"
        data = io.BytesIO(reply.attachment.data)
        files.append(discord.File(data, filename=name, description=reply.attachment.description))
    return files


def image_file(image: Image) -> discord.File:
    return discord.File(io.BytesIO(image.data), filename=image_name(image), description=image.alt)


class Packer:
    """Fills pages in order: lines into the description, then fields, within every limit."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._done: list[tuple[str, tuple[Field, ...]]] = []
        self._text = ""
        self._fields: list[Field] = []

    def _used(self) -> int:
        return size(self._text) + sum(size(f.name) + size(f.value) for f in self._fields)

    def _turn(self) -> None:
        self._done.append((self._text, tuple(self._fields)))
        self._text, self._fields = "", []

    def add_line(self, line: str) -> None:
        joined = f"{self._text}\n{line}" if self._text else line
        grows = size(joined) - size(self._text)
        too_long = size(joined) > limits.DESCRIPTION or self._used() + grows > self._budget
        if too_long and (self._text or self._fields):
            self._turn()
            joined = line
        self._text = joined

    def add_field(self, field: Field) -> None:
        grows = size(field.name) + size(field.value)
        if len(self._fields) >= limits.FIELDS or self._used() + grows > self._budget:
            self._turn()
        self._fields.append(field)

    def pages(self) -> list[tuple[str, tuple[Field, ...]]]:
        return [*self._done, (self._text, tuple(self._fields))]
