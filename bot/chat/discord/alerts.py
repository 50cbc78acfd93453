"""Alerts as Discord embeds, with Confirm / Reject / Mute buttons on an unconfirmed change.

Every text field of an alert came from a feed: anyone can publish a headline reading `@everyone`.
Such text is escaped (mentions broken with a zero-width space, markdown backslashed) and every
alert is sent with `allowed_mentions` none, so nothing from a feed can ping or reformat.
"""

from __future__ import annotations

import re

import discord

from bot.chat.discord import limits
from bot.chat.discord.limits import clip
from bot.chat.discord.render import STANCE_COLOURS, safe_url
from bot.core.alerts import Alert, ThreadNote
from bot.core.catalogue import ENGLISH_CODE, Style, say
from bot.core.items import visible_text

CONFIRM_ID = "stancebot:confirm:{event_id}"
REJECT_ID = "stancebot:reject:{event_id}"
MUTE_ID = "stancebot:mute:{country}"
MUTE_LENGTH = "24h"
ZWSP = "\u200b"
_RAW_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")  # ids too short for escape_mentions
_BRACKET = re.compile(r"(\\*)([\[\]])")
_LINE_START = re.compile(r"(?m)^(\s*)([#>-])")  # headings, quotes, lists and subtext
COMPACT_HEADLINE = 200  # one line: the headline is cut well before the description's limit


def escape(text: str) -> str:
    """Untrusted text, shown as written: no pings, no channel links, no markdown (headings,
    quotes and lists included), no direction overrides or hidden characters."""
    text = discord.utils.escape_mentions(visible_text(text))
    text = _RAW_MENTION.sub(lambda m: f"<{m.group(1)}{ZWSP}{m.group(2)}>", text)
    text = _BRACKET.sub(_escaped_bracket, discord.utils.escape_markdown(text))
    return _LINE_START.sub(r"\1\\\2", text)


def _escaped_bracket(match: re.Match[str]) -> str:
    """escape_markdown escapes `[` only where it sees a link: escape every bracket once (an
    odd run of backslashes before it already escapes it)."""
    backslashes, bracket = match.groups()
    return backslashes + ("" if len(backslashes) % 2 else "\\") + bracket


def alert_embed(alert: Alert) -> discord.Embed:
    """The channel's style: the whole story, or one line."""
    if alert.look.style is Style.COMPACT:
        return compact_embed(alert)
    return full_embed(alert)


def compact_embed(alert: Alert) -> discord.Embed:
    """One line: flag and country, old → new stance, the headline as a link, confidence."""
    headline = _linked(escape(clip(alert.headline, COMPACT_HEADLINE)), alert.link)
    confidence = alert.say("alert.compact.confidence", percent=round(alert.confidence * 100))
    line = " · ".join((escape(alert.title), headline, confidence))
    return discord.Embed(
        description=clip(line, limits.DESCRIPTION),
        colour=STANCE_COLOURS[alert.stance or alert.previous],
    )


def full_embed(alert: Alert) -> discord.Embed:
    colour = STANCE_COLOURS[alert.stance or alert.previous]
    embed = discord.Embed(
        title=clip(alert.title, limits.TITLE),
        url=safe_url(alert.link) or None,
        description=clip(_description(alert), limits.DESCRIPTION),
        colour=colour,
        timestamp=alert.published,
    )
    kind = alert.say(f"alert.kind.{alert.kind.value}")
    embed.add_field(name=alert.say("alert.field.kind"), value=kind, inline=True)
    confidence = f"{alert.confidence:.0%}"
    embed.add_field(name=alert.say("alert.field.confidence"), value=confidence, inline=True)
    embed.add_field(
        name=alert.say("alert.field.outlets"), value=str(alert.source_count), inline=True
    )
    others = _other_sources(alert)
    if others:
        embed.add_field(name=alert.say("alert.field.also"), value=others, inline=False)
    parts = (alert.say("alert.event", event=alert.event_id), alert.status_note)
    embed.set_footer(text=" · ".join(part for part in parts if part))
    return embed


def _description(alert: Alert) -> str:
    lines = [f"**{escape(alert.headline)}**", f"{escape(alert.outlet)}"]
    if alert.evidence and alert.evidence.strip() != alert.headline.strip():
        lines.append(f"> {escape(clip(alert.evidence, 1000))}")
    return "\n".join(lines)


def _other_sources(alert: Alert) -> str:
    lines: list[str] = []
    for source in alert.sources:
        if source.link == alert.link:
            continue
        title = _linked(escape(clip(source.title, 150)), source.link)
        line = f"{title} · {escape(source.outlet)}"
        if limits.size("\n".join([*lines, line])) > limits.FIELD_VALUE:
            break
        lines.append(line)
    return "\n".join(lines)


def _linked(escaped: str, url: str) -> str:
    """A masked link whose label is already escaped: escaping it again would show backslashes
    and let the feed's markdown back in."""
    target = safe_url(url)
    return f"[{escaped}]({target})" if target else escaped


def alert_buttons(alert: Alert) -> list[discord.ui.Button[discord.ui.View]]:
    """Confirm / Reject (operators) and Mute 24 h (managers) while a change awaits a decision."""
    if not alert.awaiting_confirmation:
        return []
    return [
        *decision_buttons(alert.event_id, alert.look.language),
        mute_button(alert.country.code, alert.look.language),
    ]


def decision_buttons(
    event_id: int, language: str = ENGLISH_CODE
) -> list[discord.ui.Button[discord.ui.View]]:
    return [
        discord.ui.Button(
            label=say(language, "alert.button.confirm"),
            style=discord.ButtonStyle.success,
            custom_id=CONFIRM_ID.format(event_id=event_id),
        ),
        discord.ui.Button(
            label=say(language, "alert.button.reject"),
            style=discord.ButtonStyle.danger,
            custom_id=REJECT_ID.format(event_id=event_id),
        ),
    ]


def mute_button(country: str, language: str = ENGLISH_CODE) -> discord.ui.Button[discord.ui.View]:
    return discord.ui.Button(
        label=say(language, "alert.button.mute"),
        style=discord.ButtonStyle.secondary,
        custom_id=MUTE_ID.format(country=country),
    )


def view_of(buttons: list[discord.ui.Button[discord.ui.View]]) -> discord.ui.View | None:
    """A view only to carry the buttons: clicks are handled by the DynamicItems in buttons.py."""
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(button)
    # Stopped before it is sent, so discord.py does not keep it to dispatch clicks: a kept view
    # would answer a click too, besides the DynamicItem, and one would be kept per alert forever.
    view.stop()
    return view


def note_embed(note: ThreadNote) -> discord.Embed:
    """A source that joined the event, in its alert's thread: escaped like alerts."""
    source = note.source
    embed = discord.Embed(
        title=note.say("alert.field.also"),
        url=safe_url(source.link) or None,
        description=clip(
            f"**{escape(source.title)}**\n{escape(source.outlet)}", limits.DESCRIPTION
        ),
        timestamp=source.published,
    )
    embed.set_footer(text=note.say("alert.event", event=note.event_id))
    return embed
