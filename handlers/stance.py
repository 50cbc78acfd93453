"""Operators decide on stance changes: `stance pending|confirm|reject|set`."""

from __future__ import annotations

from bot.core.access import Role
from bot.core.errors import UsageError
from bot.core.events import Event, EventStatus, change_from, summary_of
from bot.core.models import Change, Origin, Stance
from bot.core.replies import Field, Reply, Tone
from handlers.base import Command, Request
from handlers.formatting import country_label, stance_word


async def pending(request: Request) -> Reply:
    events = await request.services.events.with_status(EventStatus.PENDING)
    if not events:
        return Reply(title="No stance changes await a decision")
    fields = tuple(Field(_event_title(request, e), _event_detail(e)) for e in events[:25])
    return Reply(
        title=f"Awaiting a decision: {len(events)}",
        fields=fields,
        footer="/huawei stance confirm <event> · /huawei stance reject <event>",
    )


async def confirm(request: Request) -> Reply:
    event = await _pending_event(request, "stance confirm <event>")
    change = change_from(event, Origin.OPERATOR, _actor(request))
    now = request.services.clock()
    await request.services.events.decide(
        event, EventStatus.CONFIRMED, change, note=summary_of(event), now=now, actor=_actor(request)
    )
    return Reply(
        title=f"Confirmed: {_event_title(request, event)}",
        text=f"The record now says {change.stance.label.lower()} since {change.on.isoformat()}.",
        tone=Tone.SUCCESS,
    )


async def reject(request: Request) -> Reply:
    event = await _pending_event(request, "stance reject <event> [reason]")
    reason = " ".join(request.args[1:]) or "Rejected by an operator."
    now = request.services.clock()
    await request.services.events.decide(
        event, EventStatus.REJECTED, None, note=reason, now=now, actor=_actor(request)
    )
    return Reply(
        title=f"Rejected: {_event_title(request, event)}",
        text="The record is unchanged.",
        tone=Tone.SUCCESS,
    )


async def set_stance(request: Request) -> Reply:
    usage = "stance set <country> <stance> <source-url> [reason]"
    if len(request.args) < 3:
        raise UsageError(f"Usage: {usage}")
    place = request.services.countries.resolve(request.args[0])
    stance = stance_word(request.args[1])
    url = request.args[2]
    if stance is None or stance == Stance.UNKNOWN:
        raise UsageError(f"“{request.args[1]}” is not a stance: {', '.join(_settable())}.")
    if not url.startswith(("https://", "http://")):
        raise UsageError(f"“{url}” is not a source URL. Usage: {usage}")
    record = await request.services.records.get(place.code)
    reason = " ".join(request.args[3:]) or f"Set by an operator ({request.caller.user})."
    now = request.services.clock()
    change = Change(
        place.code,
        stance,
        now.date(),
        reason,
        (url,),
        Origin.OPERATOR,
        _actor(request),
        record.stance if record else None,
    )
    await request.services.records.write(change, reason, now)
    return Reply(
        title=f"{country_label(place)}: {stance.label}",
        text=reason,
        stance=stance,
        tone=Tone.SUCCESS,
    )


async def _pending_event(request: Request, usage: str) -> Event:
    ref = request.require_text(usage).split()[0].lstrip("#")
    event = await request.services.events.get(int(ref)) if ref.isdigit() else None
    if event is None:
        raise UsageError(f"No event #{ref}. See `/huawei stance pending`.")
    if event.status != EventStatus.PENDING:
        raise UsageError(f"Event #{event.id} is not awaiting a decision (it is {event.status}).")
    return event


def _actor(request: Request) -> str:
    return f"{request.caller.platform}:{request.caller.user}"


def _settable() -> list[str]:
    return [s.value for s in Stance if s != Stance.UNKNOWN]


def _event_title(request: Request, event: Event) -> str:
    place = request.services.countries.get(event.country)
    new = event.stance.label if event.stance else "mention"
    return f"#{event.id} {country_label(place)}: {event.previous.label} → {new}"


def _event_detail(event: Event) -> str:
    lead = event.lead
    headline = f"{lead.title} ({lead.outlet})" if lead else ""
    return (f"{headline}\n{len(event.outlets)} sources · confidence {event.confidence:.2f}").strip()


COMMANDS = (
    Command(
        ("stance", "pending"),
        pending,
        "stance pending",
        "stance changes awaiting a decision",
        Role.OPERATOR,
    ),
    Command(
        ("stance", "confirm"),
        confirm,
        "stance confirm <event>",
        "apply a reported change to the record",
        Role.OPERATOR,
    ),
    Command(
        ("stance", "reject"),
        reject,
        "stance reject <event> [reason]",
        "dismiss a reported change",
        Role.OPERATOR,
    ),
    Command(
        ("stance", "set"),
        set_stance,
        "stance set <country> <stance> <source-url> [reason]",
        "set a record by hand",
        Role.OPERATOR,
    ),
)
