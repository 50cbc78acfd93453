"""Operators decide on stance changes: `stance pending|confirm|reject|set`."""

from __future__ import annotations

from datetime import date

from bot.core.access import Role
from bot.core.errors import UsageError
from bot.core.events import Event, EventStatus, change_from, summary_of
from bot.core.models import Change, Origin, Stance
from bot.core.numbers import parse_id
from bot.core.replies import Field, Reply, Tone
from bot.core.wording import plural
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
    current = await request.services.events.decide(
        event, EventStatus.CONFIRMED, change, note=summary_of(event), now=now, actor=_actor(request)
    )
    await request.services.outbox.refresh(event.id, now)  # the alerts sent say "confirmed" now
    return Reply(
        title=f"Confirmed: {_event_title(request, event)}",
        text=await _outcome(request, change, current),
        tone=Tone.SUCCESS,
    )


async def _outcome(request: Request, change: Change, current: bool) -> str:
    """What a change did to the record: became it, or joined its history in its place."""
    if current:
        return f"The record now says {change.stance.label.lower()} since {change.on.isoformat()}."
    record = await request.services.records.get(change.country)
    now_says = f"{record.stance.label.lower()} since {record.since}" if record else "unchanged"
    return (
        f"Added to the history on {change.on.isoformat()}, in its place: the record is newer "
        f"and still says {now_says}."
    )


async def reject(request: Request) -> Reply:
    event = await _pending_event(request, "stance reject <event> [reason]")
    reason = " ".join(request.args[1:]) or "Rejected by an operator."
    now = request.services.clock()
    await request.services.events.decide(
        event, EventStatus.REJECTED, None, note=reason, now=now, actor=_actor(request)
    )
    await request.services.outbox.refresh(event.id, now)
    return Reply(
        title=f"Rejected: {_event_title(request, event)}",
        text="The record is unchanged.",
        tone=Tone.SUCCESS,
    )


async def set_stance(request: Request) -> Reply:
    usage = "stance set <country> <stance> <source-url> [date:YYYY-MM-DD] [reason]"
    if len(request.args) < 3:
        raise UsageError(f"Usage: {usage}")
    place = request.services.countries.resolve(request.args[0])
    stance = stance_word(request.args[1])
    url = request.args[2]
    if stance is None or stance == Stance.UNKNOWN:
        raise UsageError(f"“{request.args[1]}” is not a stance: {', '.join(_settable())}.")
    if not url.startswith(("https://", "http://")):
        raise UsageError(f"“{url}” is not a source URL. Usage: {usage}")
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
    told = f" Alerts queued for {plural(alerts, 'channel')}." if alerts else ""
    return Reply(
        title=f"{country_label(place)}: {stance.label}",
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
        raise UsageError(f"“date:{given}” is not a date like date:2020-07-14.") from None
    if on > today:
        raise UsageError(f"{on.isoformat()} is in the future: a stance takes effect when decided.")
    return on


async def _pending_event(request: Request, usage: str) -> Event:
    ref = request.require_text(usage).split()[0]
    event_id = parse_id(ref, what="an event number", hint="see `/huawei stance pending`.")
    event = await request.services.events.get(event_id)
    if event is None:
        raise UsageError(f"No event #{event_id}. See `/huawei stance pending`.")
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
    count = plural(len(event.outlets), "source")
    return f"{headline}\n{count} · confidence {event.confidence:.2f}".strip()


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
        "stance set <country> <stance> <source-url> [date:YYYY-MM-DD] [reason]",
        "set a record by hand, effective on a date (today without one)",
        Role.OPERATOR,
    ),
)
