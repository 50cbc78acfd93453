"""Operators decide on stance changes: `stance pending|confirm|reject|set`."""

from __future__ import annotations

from datetime import date

from bot.core.catalogue import Phrase, place_name, refusal, stance_name
from bot.core.events import Event, EventStatus, change_from, summary_of
from bot.core.models import Change, Origin, Stance
from bot.core.numbers import parse_id
from bot.core.replies import Field, Reply, Tone
from handlers.base import Handlers, Request
from handlers.formatting import stance_word


async def pending(request: Request) -> Reply:
    events = await request.services.events.with_status(EventStatus.PENDING)
    if not events:
        return Reply(title=request.say("stance.pending.none"))
    fields = tuple(Field(_event_title(request, e), _event_detail(request, e)) for e in events[:25])
    return Reply(
        title=request.say("stance.pending.title", count=len(events)),
        fields=fields,
        footer=request.say("stance.pending.footer"),
    )


async def confirm(request: Request) -> Reply:
    event = await _pending_event(request)
    change = change_from(event, Origin.OPERATOR, _actor(request))
    now = request.services.clock()
    current = await request.services.events.decide(
        event, EventStatus.CONFIRMED, change, note=summary_of(event), now=now, actor=_actor(request)
    )
    await request.services.outbox.refresh(event.id, now)  # the alerts sent say "confirmed" now
    return Reply(
        title=request.say("stance.confirmed", event=_event_title(request, event)),
        text=await _outcome(request, change, current),
        tone=Tone.SUCCESS,
    )


async def _outcome(request: Request, change: Change, current: bool) -> str:
    """What a change did to the record: became it, or joined its history in its place."""
    language = request.language
    if current:
        stance = stance_name(language, change.stance, inline=True)
        return request.say("stance.outcome.current", stance=stance, since=change.on.isoformat())
    record = await request.services.records.get(change.country)
    now_says = (
        request.say(
            "stance.outcome.says",
            stance=stance_name(language, record.stance, inline=True),
            since=record.since,
        )
        if record
        else request.say("stance.outcome.unchanged")
    )
    return request.say("stance.outcome.history", on=change.on.isoformat(), says=now_says)


async def reject(request: Request) -> Reply:
    event = await _pending_event(request)
    reason = " ".join(request.args[1:]) or "Rejected by an operator."
    now = request.services.clock()
    await request.services.events.decide(
        event, EventStatus.REJECTED, None, note=reason, now=now, actor=_actor(request)
    )
    await request.services.outbox.refresh(event.id, now)
    return Reply(
        title=request.say("stance.rejected", event=_event_title(request, event)),
        text=request.say("stance.rejected.text"),
        tone=Tone.SUCCESS,
    )


async def set_stance(request: Request) -> Reply:
    if len(request.args) < 3:
        raise request.usage_error()
    place = request.services.countries.resolve(request.args[0])
    stance = stance_word(request.args[1])
    url = request.args[2]
    if stance is None or stance == Stance.UNKNOWN:
        raise refusal("stance.not_a_stance", word=request.args[1], stances=", ".join(_settable()))
    if not url.startswith(("https://", "http://")):
        raise request.usage_error("stance.not_a_url", url=url)
    now = request.services.clock()
    on = _effective_date(request.options.get("date", ""), now.date())
    record = await request.services.records.get(place.code)
    reason = " ".join(request.args[3:]) or f"Set by an operator ({request.caller.user})."
    change = Change(
        place.code,
        stance,
        on,
        reason,
        (url,),
        Origin.OPERATOR,
        _actor(request),
        record.stance if record else None,
    )
    current, alerts = await request.services.announcer.announce(change, reason)
    told = " " + request.say("stance.queued", alerts) if alerts else ""
    return Reply(
        title=f"{place_name(request.language, place)}: {stance_name(request.language, stance)}",
        text=f"{reason}\n{await _outcome(request, change, current)}{told}",
        stance=stance,
        tone=Tone.SUCCESS,
    )


def _effective_date(given: str, today: date) -> date:
    """The day a stance took effect: `date:YYYY-MM-DD`, or today without one."""
    if not given:
        return today
    try:
        on = date.fromisoformat(given)
    except ValueError:
        raise refusal("stance.date", given=given) from None
    if on > today:
        raise refusal("stance.future", on=on.isoformat())
    return on


async def _pending_event(request: Request) -> Event:
    ref = request.require_text().split()[0]
    event_id = parse_id(ref, what="id.event")
    event = await request.services.events.get(event_id)
    if event is None:
        raise refusal("stance.no_event", id=event_id)
    if event.status != EventStatus.PENDING:
        status = Phrase(f"event.status.{event.status.value}")
        raise refusal("stance.decided", id=event.id, status=status)
    return event


def _actor(request: Request) -> str:
    return f"{request.caller.platform}:{request.caller.user}"


def _settable() -> list[str]:
    return [s.value for s in Stance if s != Stance.UNKNOWN]


def _event_title(request: Request, event: Event) -> str:
    language = request.language
    place = place_name(language, request.services.countries.get(event.country))
    new = stance_name(language, event.stance) if event.stance else request.say("event.mention")
    return f"#{event.id} {place}: {stance_name(language, event.previous)} → {new}"


def _event_detail(request: Request, event: Event) -> str:
    lead = event.lead
    headline = f"{lead.title} ({lead.outlet})" if lead else ""
    count = request.say("alert.sources", len(event.outlets))
    confidence = request.say("stance.confidence", confidence=f"{event.confidence:.2f}")
    return f"{headline}\n{count} · {confidence}".strip()


HANDLERS: Handlers = {
    ("stance", "pending"): pending,
    ("stance", "confirm"): confirm,
    ("stance", "reject"): reject,
    ("stance", "set"): set_stance,
}
