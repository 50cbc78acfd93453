"""Pictures: `map [group]`, the world coloured by stance, and `history <country> chart:true`.

Handlers reach the renderer through the `PictureMaker` protocol as `services.pictures`; they
never import bot.render. A renderer that cannot draw (its system library is missing) raises
`RenderUnavailableError`, and the reply then carries the same figures as text.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.core.catalogue import place_name, refusal, stance_name
from bot.core.countries import CountryIndex
from bot.core.errors import RenderUnavailableError
from bot.core.models import Change, Country, Group, Record, Stance
from bot.core.ports import PictureMaker
from bot.core.replies import Field, Image, Link, Reply, Tone
from bot.core.wording import count_places, day
from handlers.base import Handlers, Request
from handlers.formatting import change_line, source_links


async def world_map(request: Request) -> Reply:
    """The world (or a group) coloured by stance, with the counts as text too."""
    services = request.services
    group = _group(request)
    records = await services.records.all()
    today = services.clock().date()
    counts = _counts(records, services.countries, group)
    language = request.language
    where = request.say("reply.list.where", groups=group.name_in(language)) if group else ""
    places = count_places(_scope(services.countries, group), language)
    reply = Reply(
        title=request.say("map.title", where=where, day=day(today, language)),
        text=request.say("map.text", places=places, where=where),
        fields=tuple(Field(stance_name(language, s), str(counts[s]), inline=True) for s in Stance),
        private=not request.flag("public"),
        footer=request.say("map.footer"),
    )
    try:
        image = await _pictures(request).world_map(
            records, services.countries, group, today, language=language
        )
    except RenderUnavailableError as exc:
        return _without_picture(request, reply, exc)
    return _with_picture(reply, _unique(image, request, group))


async def history_chart(
    request: Request, country: Country, record: Record, changes: Sequence[Change]
) -> Reply:
    """`history <country> chart:true`: the history as text plus the timeline picture."""
    today = request.services.clock().date()
    language = request.language
    if changes:
        text = "\n".join(f"• {change_line(c, language)}" for c in changes)
    else:
        stance = stance_name(language, record.stance, inline=True)
        text = request.say("history.none", stance=stance)
    reply = Reply(
        title=request.say("history.title", place=place_name(language, country)),
        text=text,
        links=_links(changes),
        stance=record.stance,
        private=not request.flag("public"),
    )
    try:
        image = await _pictures(request).timeline(
            country, changes, record, today, language=language
        )
    except RenderUnavailableError as exc:
        return _without_picture(request, reply, exc)
    return _with_picture(reply, image)


def _group(request: Request) -> Group | None:
    """The group named in the arguments, None for the world; a clear error otherwise."""
    if not request.args:
        return None
    index, name = request.services.countries, request.text
    group = index.group(name)
    groups = ", ".join(g.key for g in index.groups)
    if group is None and index.find(name) is not None:
        raise refusal("error.map.country", name=name, groups=groups)
    if group is None:
        raise refusal("error.map.group", name=name, groups=groups)
    if not set(group.members) & {c.code for c in index.countries}:
        raise refusal("error.map.empty", group=group.name)
    return group


def _counts(
    records: Sequence[Record], countries: CountryIndex, group: Group | None
) -> Counter[Stance]:
    """Every country in scope, drawn on the map or not; no record counts as unknown."""
    scope = _scope(countries, group)
    stances = {r.country: r.stance for r in records}
    return Counter(stances.get(code, Stance.UNKNOWN) for code in scope)


def _unique(image: Image, request: Request, group: Group | None) -> Image:
    """A file name of its own for each request, so a saved map never replaces an earlier
    one: `stances-map-eu-20261101-120000-3f9a1c.png`."""
    stem = image.filename.removesuffix(".png")
    scope = f"-{group.key}" if group else ""
    moment = request.services.clock().strftime("%Y%m%d-%H%M%S")
    return replace(image, filename=f"{stem}{scope}-{moment}-{secrets.token_hex(3)}.png")


def _scope(countries: CountryIndex, group: Group | None) -> set[str]:
    scope = {c.code for c in countries.countries}
    return scope & set(group.members) if group is not None else scope


def _with_picture(reply: Reply, image: Image) -> Reply:
    return replace(reply, image=image)


def _without_picture(request: Request, reply: Reply, error: RenderUnavailableError) -> Reply:
    """The same reply without its picture, saying why: the figures are all in the text."""
    said = request.say("map.unavailable", error=str(error))
    return replace(reply, text=f"{said}\n\n{reply.text}", tone=Tone.WARNING)


def _links(changes: Sequence[Change]) -> tuple[Link, ...]:
    return source_links(url for change in changes for url in change.sources)


def _pictures(request: Request) -> PictureMaker:
    return request.services.pictures


HANDLERS: Handlers = {
    ("map",): world_map,
}
