"""Silences: `mute`, `mutes`, `unmute` and `quiet` (channel managers; members may list).

A silenced alert is held, not lost: it is kept and delivered when the silence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.core.catalogue import Phrase, place_name, refusal
from bot.core.durations import describe, parse_duration
from bot.core.errors import UnknownCountryError
from bot.core.numbers import parse_id
from bot.core.replies import Field, Reply, Tone
from bot.core.subscriptions import Channel, Mute, QuietHours
from handlers.base import Handlers, Request
from handlers.formatting import moment
from handlers.scopes import describe_countries, parse_countries
from handlers.subscriptions import book, channel_of
from handlers.zones import local, parse_zone

MIN_MUTE = timedelta(minutes=1)
MAX_MUTE = timedelta(days=30)
MAX_REASON = 200
MAX_HELD_LINES = 10
MUTE_USAGE = Phrase("example.mute")
QUIET_USAGE = Phrase("example.quiet")
FOREVER = frozenset({"forever", "never", "always", "permanent", "permanently", "indefinitely"})
OFF_WORDS = frozenset({"off", "none", "clear"})
_DURATION_LIKE = re.compile(r"^[-+]?\d")
_WINDOW = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(?:-|–|to)\s*(\d{1,2})(?::(\d{2}))?$")


@dataclass(frozen=True)
class MuteRequest:
    countries: frozenset[str]  # empty = every country
    length: timedelta
    reason: str


async def mute(request: Request) -> Reply:
    wanted = read_mute(request)
    now = request.services.clock()
    muted = await book(request).mute(
        channel_of(request.caller),
        wanted.countries,
        until=now + wanted.length,
        reason=wanted.reason,
        created_by=request.caller.user,
        now=now,
    )
    scope = describe_countries(request.services.countries, wanted.countries, request.language)
    return Reply(
        title=request.say("reply.mute.title", countries=scope, length=describe(wanted.length)),
        text=request.say("reply.mute.text", until=moment(muted.until), id=muted.id),
        fields=(
            Field(request.say("reply.mute.field"), f"#{muted.id}", inline=True),
            Field(request.say("reply.mute.reason"), wanted.reason or "—", inline=True),
        ),
        tone=Tone.SUCCESS,
    )


def read_mute(request: Request) -> MuteRequest:
    """`<countries|all> <duration> [reason]`: the duration is the first word with a digit."""
    args = request.args
    at = _duration_position(args)
    if at == 0 and len(args) > 1 and _names_a_place(request, args[1]):
        raise refusal("error.mute.order", place=args[1], duration=args[0])
    length = parse_duration(args[at], minimum=MIN_MUTE, maximum=MAX_MUTE)
    countries = parse_countries(request.services.countries, args[:at])
    reason = " ".join(args[at + 1 :]) or request.options.get("reason", "")
    if len(reason) > MAX_REASON:
        raise refusal("error.mute.reason", limit=MAX_REASON)
    return MuteRequest(countries, length, reason)


def _duration_position(args: tuple[str, ...]) -> int:
    """Where the duration is: the first word starting with a digit or a sign."""
    for position, word in enumerate(args):
        if word.casefold() in FOREVER:
            raise refusal(
                "error.mute.forever", minimum=describe(MIN_MUTE), maximum=describe(MAX_MUTE)
            )
        if _DURATION_LIKE.match(word):
            return position
    raise refusal("error.usage", usage=MUTE_USAGE)


def _names_a_place(request: Request, word: str) -> bool:
    try:
        parse_countries(request.services.countries, [word])
    except UnknownCountryError:
        return False
    return True


async def listed(request: Request) -> Reply:
    """This channel's active mutes and quiet hours."""
    channel = channel_of(request.caller)
    now = request.services.clock()
    active = await book(request).mutes(channel, now)
    quiet = await book(request).quiet_for(channel)
    fields: tuple[Field, ...] = ()
    if quiet:
        daily = request.say("reply.mutes.daily", window=window(quiet))
        fields = (Field(request.say("reply.mutes.quiet"), daily),)
    fields += await _held(request, channel)
    if not active:
        return Reply(title=request.say("reply.mutes.none"), fields=fields)
    return Reply(
        title=request.say("reply.mutes.title", count=len(active)),
        text="\n".join(_mute_line(request, m, now) for m in active),
        fields=fields,
        footer="/huawei unmute <id|all>",
    )


async def _held(request: Request, channel: Channel) -> tuple[Field, ...]:
    """The alerts waiting for a silence to end: kept and listed, never lost."""
    held = await request.services.outbox.held_in(channel)
    lines = []
    for event_id, reason in held[:MAX_HELD_LINES]:
        event = await request.services.events.get(event_id)
        if event is not None:
            place = place_name(request.language, request.services.countries.get(event.country))
            lines.append(f"#{event_id} {place} ({event.kind.value}): {reason}")
    if len(held) > MAX_HELD_LINES:
        lines.append(request.say("digest.more", count=len(held) - MAX_HELD_LINES))
    title = request.say("reply.mutes.held", count=len(held))
    return (Field(title, "\n".join(lines)),) if held else ()


def _mute_line(request: Request, muted: Mute, now: datetime) -> str:
    scope = describe_countries(request.services.countries, muted.countries, request.language)
    return request.say(
        "reply.mutes.line",
        id=muted.id,
        countries=scope,
        until=moment(muted.until),
        left=_left(muted.until - now),
        who=muted.created_by,
        why=f" · {muted.reason}" if muted.reason else "",
    )


def _left(remaining: timedelta) -> str:
    minutes = max(1, round(remaining.total_seconds() / 60))
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    parts = [f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n]
    return " ".join(parts[:2])


async def unmute(request: Request) -> Reply:
    """End one mute by id, or every mute of this channel (`all`, the default)."""
    channel = channel_of(request.caller)
    active = await book(request).mutes(channel, request.services.clock())
    which = request.args[0].casefold() if request.args else "all"
    if which == "all":
        if not active:
            return Reply(title=request.say("reply.unmute.nothing"))
        await book(request).unmute(channel, None)
        return _unmuted(request, request.say("reply.unmute.all", len(active)))
    mute_id = _mute_id(which)
    ended = next((m for m in active if m.id == mute_id), None)
    if ended is None:
        raise refusal("error.unmute.absent", id=mute_id)
    await book(request).unmute(channel, mute_id)
    scope = describe_countries(request.services.countries, ended.countries, request.language)
    return _unmuted(request, request.say("reply.unmute.one", id=mute_id, countries=scope))


def _unmuted(request: Request, title: str) -> Reply:
    return Reply(title=title, text=request.say("reply.unmute.text"), tone=Tone.SUCCESS)


def _mute_id(word: str) -> int:
    return parse_id(word, what="id.mute")


async def quiet(request: Request) -> Reply:
    """Set or clear this channel's daily quiet hours, in its time zone (`tz:` sets it)."""
    text = request.require_text()
    channel = channel_of(request.caller)
    if text.casefold() in OFF_WORDS:
        had = await book(request).clear_quiet(channel)
        title = request.say("reply.quiet.off" if had else "reply.quiet.none")
        return Reply(title=title, tone=Tone.SUCCESS if had else Tone.INFO)
    start, end = parse_window(text)
    await _set_zone(request)
    hours = await book(request).set_quiet(channel, start, end)
    now = request.services.clock()
    return Reply(
        title=request.say("reply.quiet.title", window=window(hours)),
        text=request.say(
            "reply.quiet.text", end=f"{end:%H:%M} {hours.zone}", now=local(now, hours.zone)
        ),
        tone=Tone.SUCCESS,
    )


async def _set_zone(request: Request) -> None:
    """`tz:Europe/Berlin` sets the channel's time zone, kept on its subscription."""
    if "tz" not in request.options:
        return
    zone = parse_zone(request.options["tz"])
    if await book(request).set_tz(channel_of(request.caller), zone) is None:
        raise refusal("error.zone.no_subscription")


def window(quiet: QuietHours) -> str:
    return f"{quiet.start:%H:%M}–{quiet.end:%H:%M} {quiet.zone}"


def parse_window(text: str) -> tuple[time, time]:
    """`22:00-07:00`, `22-7`, `22:00 to 07:30` → (start, end); the window may wrap midnight."""
    match = _WINDOW.match(text.strip())
    if match is None:
        raise refusal("error.window", text=text, usage=QUIET_USAGE)
    hour1, minute1, hour2, minute2 = match.groups()
    start, end = _clock_time(text, hour1, minute1), _clock_time(text, hour2, minute2)
    if start == end:
        raise refusal("error.window.same")
    return start, end


def _clock_time(text: str, hour: str, minute: str | None) -> time:
    h, m = int(hour), int(minute or 0)
    if h > 23 or m > 59:
        raise refusal("error.window.impossible", text=text)
    return time(h, m)


HANDLERS: Handlers = {
    ("mute",): mute,
    ("mutes",): listed,
    ("unmute",): unmute,
    ("quiet",): quiet,
}
