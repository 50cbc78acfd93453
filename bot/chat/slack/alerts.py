"""Alerts as Slack messages: the story, its sources, and the decision buttons of a change that
awaits an operator."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.chat.slack.replies import LINK_ACTION, MAX_LINK_BUTTONS, Message, fit
from bot.chat.slack.text import (
    MAX_SECTION,
    Block,
    clip,
    context,
    escape,
    fallback,
    field_section,
    header,
    link,
    plain,
    section,
    unformatted,
    url_button,
)
from bot.core.alerts import Alert, AlertSource, ThreadNote
from bot.core.catalogue import Style, stance_name
from bot.core.events import AlertKind

CONFIRM_ACTION = "stancebot_confirm"
REJECT_ACTION = "stancebot_reject"
MUTE_ACTION = "stancebot_mute"
MUTE_FOR = "24h"
EVIDENCE_LIMIT = 600  # a quote, not the article
COMPACT_HEADLINE = 200


def _are_you_sure(alert: Alert) -> dict[str, Any]:
    """A rejection cannot be undone from Slack: ask once more."""
    return {
        "title": plain(alert.say("alert.reject.title"), 100),
        "text": plain(alert.say("alert.reject.text"), 300),
        "confirm": plain(alert.say("alert.button.reject"), 30),
        "deny": plain(alert.say("alert.reject.keep"), 30),
    }


def alert_message(alert: Alert) -> Message:
    """The channel's style: the whole story, or one line."""
    if alert.look.style is Style.COMPACT:
        return compact_message(alert)
    return full_message(alert)


def compact_message(alert: Alert) -> Message:
    """One line: flag and country, old → new stance, the headline as a link, confidence; the
    decision buttons stay while a change awaits an operator."""
    confidence = alert.say("alert.compact.confidence", percent=round(alert.confidence * 100))
    headline = link(alert.link, unformatted(clip(alert.headline, COMPACT_HEADLINE)))
    line = " · ".join((escape(alert.title), headline, confidence))
    tail = _decision_blocks(alert) if alert.awaiting_confirmation else []
    blocks = fit([section(line)], [], tail)
    text = fallback(alert.title, f"{alert.headline} · {confidence}", alert.operator_hint)
    return Message(text, tuple(blocks))


def full_message(alert: Alert) -> Message:
    body = [_story(alert), field_section(_facts(alert)), context(_byline(alert))]
    others = _other_sources(alert)
    if others:
        also = f"*{alert.say('alert.also_by')}*\n"
        body.append(section(clip(also + "\n".join(others), MAX_SECTION)))
    tail = _source_buttons(alert)
    if alert.awaiting_confirmation:
        tail += _decision_blocks(alert)
    blocks = fit([header(alert.title)], body, tail)
    text = fallback(alert.title, f"{alert.headline} ({alert.outlet})", alert.operator_hint)
    return Message(text, tuple(blocks))


def _story(alert: Alert) -> Block:
    text = f"*{link(alert.link, unformatted(alert.headline))}*"
    evidence = alert.evidence.strip()
    if evidence and evidence != alert.headline.strip():
        quoted = clip(escape(unformatted(evidence)), EVIDENCE_LIMIT)
        text += "\n>" + quoted.replace("\n", "\n>")
    return section(text)


def _facts(alert: Alert) -> list[str]:
    facts = []
    language, stance = alert.look.language, alert.say("alert.field.stance")
    if alert.kind == AlertKind.CHANGE and alert.stance is not None:
        old, new = stance_name(language, alert.previous), stance_name(language, alert.stance)
        facts.append(f"*{stance}*\n{old} → {new}")
    elif alert.stance is not None:
        facts.append(f"*{stance}*\n{stance_name(language, alert.stance)}")
    facts += [
        f"*{alert.say('alert.field.confidence')}*\n{alert.confidence:.0%}",
        f"*{alert.say('alert.field.reported_by')}*\n"
        + alert.say("alert.outlets", alert.source_count),
        f"*{alert.say('alert.field.status')}*\n{alert.say(f'alert.state.{alert.status.value}')}",
    ]
    return facts


def _byline(alert: Alert) -> str:
    """Outlet and time; Slack shows the time in each reader's own zone."""
    parts = [
        escape(unformatted(alert.outlet)),
        _when(alert.published),
        alert.say("alert.event.inline", event=alert.event_id),
    ]
    if alert.status_note and not alert.awaiting_confirmation:
        parts.append(alert.status_note)
    return " · ".join(parts)


def _when(moment: datetime) -> str:
    """A time Slack shows in each reader's own zone."""
    pattern = "{date_short_pretty} {time}"
    return f"<!date^{int(moment.timestamp())}^{pattern}|{moment:%Y-%m-%d %H:%M} UTC>"


def _other_sources(alert: Alert) -> list[str]:
    return [
        f"• {link(s.link, unformatted(f'{s.outlet}: {s.title}'))}"
        for s in alert.sources
        if not _is_lead(alert, s)
    ]


def _is_lead(alert: Alert, source: AlertSource) -> bool:
    return source.link == alert.link and source.title == alert.headline


def _source_buttons(alert: Alert) -> list[Block]:
    links = list(
        dict.fromkeys([(alert.outlet, alert.link)] + [(s.outlet, s.link) for s in alert.sources])
    )
    buttons = [
        button
        for number, (outlet, url) in enumerate(links[:MAX_LINK_BUTTONS])
        if (
            button := url_button(
                f"{LINK_ACTION}_{number}", alert.say("alert.read", outlet=outlet), url
            )
        )
    ]
    return [{"type": "actions", "elements": buttons}] if buttons else []


def _read(alert: Alert, outlet: str) -> str:
    return alert.say("alert.read", outlet=outlet)


def _decision_blocks(alert: Alert) -> list[Block]:
    event_id, country = str(alert.event_id), alert.country.code
    reject = _button(REJECT_ACTION, alert.say("alert.button.reject"), event_id, style="danger")
    buttons = [
        _button(CONFIRM_ACTION, alert.say("alert.button.confirm"), event_id, style="primary"),
        {**reject, "confirm": _are_you_sure(alert)},
        _button(MUTE_ACTION, alert.say("alert.button.mute"), country),
    ]
    place = escape(alert.country.name_in(alert.look.language))
    hint = alert.say("alert.decision", place=place)
    return [
        {"type": "actions", "block_id": "stancebot_decision", "elements": buttons},
        context(hint),
    ]


def _button(action_id: str, label: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "text": plain(label, 75),
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def thread_message(note: ThreadNote) -> Message:
    """A source that joined the event, as a reply in its alert's thread: escaped like alerts."""
    source = note.source
    told = link(source.link, unformatted(f"{source.outlet}: {source.title}"))
    when = _when(source.published)
    also, event = note.say("alert.also_by"), note.say("alert.event.inline", event=note.event_id)
    blocks = (section(f"*{also}* {told}"), context(f"{when} · {event}"))
    text = fallback(f"{also} {unformatted(source.outlet)}: {unformatted(source.title)}")
    return Message(text, blocks)
