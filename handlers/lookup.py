"""Read-only commands: a country's card, lists by stance, a country's history."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from bot.core.catalogue import place_name, refusal, stance_name
from bot.core.errors import UsageError
from bot.core.events import Event, EventStatus
from bot.core.models import Country, Group, Record, Stance
from bot.core.replies import Field, Reply
from bot.core.wording import count_places, day, name_key
from handlers import pictures
from handlers.base import Handlers, Request
from handlers.formatting import (
    change_line,
    source_links,
    stance_word,
)
from handlers.guidance import closest

LAST_CHANGES_ON_CARD = 3
RECENT_LIMIT = 10


async def country(request: Request) -> Reply:
    """The stance card: stance, since, summary, sources and the last changes."""
    query = request.require_text()
    place = request.services.countries.resolve(query)
    record = await _record(request, place)
    history = await request.services.records.history(place.code)
    language, say = request.language, request.say
    label = stance_name(language, record.stance)
    fields = [
        Field(say("alert.field.stance"), label, inline=True),
        Field(say("card.since"), day(record.since, language), inline=True),
        Field(say("card.set_by"), say(f"origin.{record.origin.value}"), inline=True),
    ]
    if record.reviewed_on:
        who = record.reviewed_by or say("card.an_operator")
        fields.append(
            Field(
                say("card.reviewed"),
                say("card.reviewed_by", date=day(record.reviewed_on, language), who=who),
            )
        )
    if history:
        recent = history[-LAST_CHANGES_ON_CARD:][::-1]
        lines = "\n".join(change_line(c, language) for c in recent)
        fields.append(Field(say("card.last_changes"), lines))
    meaning = say(f"stance.{record.stance.value}.meaning")
    return Reply(
        title=f"{place_name(language, place)}: {label}",
        text=corrected(request, query, place) + record.summary,
        fields=tuple(fields),
        links=source_links(record.sources),
        stance=record.stance,
        private=not request.flag("public"),
        footer=f"{place.code} · {stance_name(language, record.stance, inline=True)}: {meaning}",
    )


async def history(request: Request) -> Reply:
    """Every change of a country's record, oldest first; `chart:true` adds the timeline."""
    query = request.require_text()
    place = request.services.countries.resolve(query)
    record = await _record(request, place)
    changes = await request.services.records.history(place.code)
    if request.flag("chart"):
        chart = await pictures.history_chart(request, place, record, changes)
        return replace(chart, text=corrected(request, query, place) + chart.text)
    language = request.language
    if not changes:
        stance = stance_name(language, record.stance, inline=True)
        text = request.say("history.none", stance=stance)
    else:
        text = "\n".join(f"• {change_line(c, language)}" for c in changes)
    sources = tuple(dict.fromkeys(url for c in changes for url in c.sources))
    return Reply(
        title=request.say("history.title", place=place_name(language, place)),
        text=corrected(request, query, place) + text,
        links=source_links(sources),
        stance=record.stance,
        private=not request.flag("public"),
    )


def corrected(request: Request, query: str, place: Country) -> str:
    """A line saying which country a mistyped name was taken for ("Austrai" → Austria)."""
    if request.services.countries.named_exactly(query):
        return ""
    shown = place.name_in(request.language)
    return request.say("card.showing", place=shown, query=query.strip()) + "\n\n"


async def recent(request: Request) -> Reply:
    """The latest record changes, and changes reported but not yet confirmed."""
    services = request.services
    changes = await services.records.recent_changes(RECENT_LIMIT)
    pending = await services.events.with_status(EventStatus.PENDING, RECENT_LIMIT)
    lines = [
        f"{services.countries.get(c.country).flag} {change_line(c, request.language)}"
        for c in changes
    ]
    record = request.say("recent.record")
    fields = [Field(record, "\n".join(lines) or request.say("recent.none"))]
    if pending:
        reported = [_reported_line(request, e) for e in pending]
        fields.append(Field(request.say("digest.reported"), "\n".join(reported)))
    return Reply(
        title=request.say("recent.title"), fields=tuple(fields), private=not request.flag("public")
    )


def _reported_line(request: Request, event: Event) -> str:
    place, language = request.services.countries.get(event.country), request.language
    new = stance_name(language, event.stance, inline=True) if event.stance else "?"
    old = stance_name(language, event.previous, inline=True)
    sources = request.say("alert.sources", len(event.outlets))
    return f"#{event.id} {place_name(language, place)}: {old} → {new} ({sources})"


async def list_countries(request: Request) -> Reply:
    """Countries by stance, optionally within a group: `list banned eu`."""
    stance, members = _list_filters(request)
    records = [r for r in await request.services.records.all() if r.country in members]
    if stance is None:
        return _stance_overview(request, records)
    index, language = request.services.countries, request.language
    chosen = sorted(
        (r for r in records if r.stance == stance),
        key=lambda r: name_key(index.get(r.country).name_in(language)),
    )
    lines = [_list_line(request, index.get(r.country), r) for r in chosen]
    where, label = _scope_label(request), stance_name(language, stance)
    none = request.say(
        "reply.list.none", where=where, stance=stance_name(language, stance, inline=True)
    )
    return Reply(
        title=request.say("reply.list.title", stance=label, where=where, count=len(chosen)),
        text="\n".join(lines) if lines else none,
        stance=stance,
        private=not request.flag("public"),
        footer=f"{label}: {request.say(f'stance.{stance.value}.meaning')}",
    )


def _list_filters(request: Request) -> tuple[Stance | None, set[str]]:
    index = request.services.countries
    stance: Stance | None = None
    members = {c.code for c in index.countries}
    words = list(request.args)
    while words:
        taken, parsed, group = _list_word(request, words)
        if parsed is not None and stance is None:
            stance = parsed
        elif group is not None:
            members &= set(group.members)
        else:
            raise _not_a_filter(request, " ".join(words[:taken]))
        del words[:taken]
    return stance, members


def _list_word(request: Request, words: list[str]) -> tuple[int, Stance | None, Group | None]:
    """The longest run of words (two, then one) that names a stance or a group:
    `list under review`, `list five eyes`."""
    index = request.services.countries
    for taken in (2, 1):
        if len(words) < taken:
            continue
        text = " ".join(words[:taken])
        stance, group = stance_word(text), index.group(text)
        if stance is not None or group is not None:
            return taken, stance, group
    return 1, None, None


def _not_a_filter(request: Request, word: str) -> UsageError:
    stances = [s.value for s in Stance]
    groups = [g.key for g in request.services.countries.groups]
    meant = closest(word.replace(" ", "_"), [*stances, *groups])
    said = {"word": word, "stances": ", ".join(stances), "groups": ", ".join(groups)}
    if meant is None:
        return refusal("error.list_word", **said)
    return refusal("error.list_word.meant", **said, meant=meant.replace("_", " "))


def _scope_label(request: Request) -> str:
    groups = [g for word in request.args if (g := request.services.countries.group(word))]
    names = ", ".join(g.name_in(request.language) for g in groups)
    return request.say("reply.list.where", groups=names) if groups else ""


def _stance_overview(request: Request, records: list[Record]) -> Reply:
    counts = Counter(r.stance for r in records)
    index, language = request.services.countries, request.language
    fields = []
    for stance in Stance:
        names = sorted(
            (index.get(r.country).name_in(language) for r in records if r.stance == stance),
            key=name_key,
        )
        if names and stance != Stance.UNKNOWN:
            label = stance_name(language, stance)
            fields.append(Field(f"{label} ({counts[stance]})", ", ".join(names)))
    places = count_places((r.country for r in records), language)
    return Reply(
        title=request.say("reply.list.overview", where=_scope_label(request)),
        text=request.say("reply.list.unknown", counts[Stance.UNKNOWN], places=places),
        fields=tuple(fields),
        private=not request.flag("public"),
        footer="Try: list banned · list restricted eu · country <name>",
    )


def _list_line(request: Request, place: Country, record: Record) -> str:
    since = request.say("reply.list.since", date=day(record.since, request.language))
    return f"{place_name(request.language, place)} · {since}"


async def _record(request: Request, place: Country) -> Record:
    record = await request.services.records.get(place.code)
    if record is None:  # every country is seeded at start; a gap means a broken database
        raise refusal("error.no_record", place=place.name)
    return record


HANDLERS: Handlers = {
    ("country",): country,
    ("list",): list_countries,
    ("history",): history,
    ("recent",): recent,
}
