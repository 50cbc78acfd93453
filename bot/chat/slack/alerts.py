"""Alerts as Slack messages: the story, its sources, and the decision buttons of a change that
awaits an operator."""

from __future__ import annotations

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
from bot.core.alerts import Alert, AlertSource
from bot.core.events import AlertKind, EventStatus

CONFIRM_ACTION = "stancebot_confirm"
REJECT_ACTION = "stancebot_reject"
MUTE_ACTION = "stancebot_mute"
MUTE_FOR = "24h"
STATUS_TEXT = {
    EventStatus.INFO: "For information",
    EventStatus.PENDING: "Unconfirmed",
    EventStatus.APPLIED: "Applied (several confident sources)",
    EventStatus.CONFIRMED: "Confirmed by an operator",
    EventStatus.REJECTED: "Rejected by an operator",
}
EVIDENCE_LIMIT = 600  # a quote, not the article
_ARE_YOU_SURE = {  # a rejection cannot be undone from Slack: ask once more
    "title": plain("Reject this change?", 100),
    "text": plain("The record stays as it is and the event is closed.", 300),
    "confirm": plain("Reject", 30),
    "deny": plain("Keep it open", 30),
}


def alert_message(alert: Alert) -> Message:
    body = [_story(alert), field_section(_facts(alert)), context(_byline(alert))]
    others = _other_sources(alert)
    if others:
        body.append(section(clip("*Also reported by*\n" + "\n".join(others), MAX_SECTION)))
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
    if alert.kind == AlertKind.CHANGE and alert.stance is not None:
        facts.append(f"*Stance*\n{alert.previous.label} → {alert.stance.label}")
    elif alert.stance is not None:
        facts.append(f"*Stance*\n{alert.stance.label}")
    outlets = "outlet" if alert.source_count == 1 else "outlets"
    facts += [
        f"*Confidence*\n{alert.confidence:.0%}",
        f"*Reported by*\n{alert.source_count} {outlets}",
        f"*Status*\n{STATUS_TEXT[alert.status]}",
    ]
    return facts


def _byline(alert: Alert) -> str:
    """Outlet and time; Slack shows the time in each reader's own zone."""
    moment = alert.published
    pattern = "{date_short_pretty} {time}"
    shown = f"<!date^{int(moment.timestamp())}^{pattern}|{moment:%Y-%m-%d %H:%M} UTC>"
    parts = [escape(unformatted(alert.outlet)), shown, f"event #{alert.event_id}"]
    if alert.status_note and not alert.awaiting_confirmation:
        parts.append(alert.status_note)
    return " · ".join(parts)


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
        if (button := url_button(f"{LINK_ACTION}_{number}", f"Read: {outlet}", url))
    ]
    return [{"type": "actions", "elements": buttons}] if buttons else []


def _decision_blocks(alert: Alert) -> list[Block]:
    event_id, country = str(alert.event_id), alert.country.code
    buttons = [
        _button(CONFIRM_ACTION, "Confirm", event_id, style="primary"),
        {**_button(REJECT_ACTION, "Reject", event_id, style="danger"), "confirm": _ARE_YOU_SURE},
        _button(MUTE_ACTION, "Mute 24 h", country),
    ]
    hint = (
        f"Unconfirmed: operators may confirm or reject it; channel managers may mute "
        f"{escape(alert.country.name)} here for 24 hours."
    )
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
