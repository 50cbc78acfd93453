"""The world map of stances as SVG: every country in its stance's colour, a legend, the date.

Layout (pixels): a title band, the map frame, a legend band. The map's own coordinates (the
pygal_maps_world viewBox, 2475 × 1388) land in the frame through `MapFrame`: the whole world, or,
for a group, the box around its members' main outlines with some sea around it, widened to the
frame's shape. Countries outside the group are drawn pale; countries the map lacks (small
islands, the EU as a bloc) are not drawn but counted in the legend all the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.catalogue import ENGLISH_CODE, say, stance_name
from bot.core.countries import CountryIndex
from bot.core.models import Group, Record, Stance
from bot.core.wording import day
from bot.render import svg
from bot.render.geometry import Box, WorldGeometry, union, world
from bot.render.palette import BORDER, FRAME, MUTED, OUTSIDE, STANCE_COLOURS

WIDTH = 1200
MARGIN = 20
TITLE_BAND = 72
LEGEND_BAND = 84
SEA_AROUND_GROUP = 40.0  # map units of margin around a group's members
NARROWEST_VIEW = 320.0  # map units: a group of small countries is not blown up further
BORDER_PIXELS = 0.7
NAMED_MISSING = 5  # up to this many countries the map lacks are named under the legend


@dataclass(frozen=True)
class MapFrame:
    """Where map coordinates land in the picture: pixel = frame corner + (point - view) × scale."""

    left: float
    top: float
    width: float
    height: float
    view: Box

    @property
    def scale(self) -> float:
        return self.width / self.view.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def to_pixel(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.left + (x - self.view.left) * self.scale,
            self.top + (y - self.view.top) * self.scale,
        )

    def transform(self) -> str:
        return (
            f"translate({self.left:.3f} {self.top:.3f}) scale({self.scale:.6f}) "
            f"translate({-self.view.left:.3f} {-self.view.top:.3f})"
        )


@dataclass(frozen=True)
class MapSummary:
    """What the legend says: counts per stance over every country in scope, drawn or not."""

    scope: frozenset[str]
    stances: Mapping[str, Stance]
    counts: Mapping[Stance, int]
    not_drawn: tuple[str, ...]  # names, sorted

    @property
    def total(self) -> int:
        return len(self.scope)


def summarise(
    records: Sequence[Record],
    countries: CountryIndex,
    group: Group | None,
    language: str = ENGLISH_CODE,
) -> MapSummary:
    """Counts per stance (every stance, in order); a country without a record counts unknown.
    The countries not drawn are named in `language`."""
    known = {country.code for country in countries.countries}
    scope = frozenset(known & set(group.members)) if group else frozenset(known)
    stances = {r.country: r.stance for r in records if r.country in scope}
    counts = dict.fromkeys(Stance, 0)
    for code in scope:
        counts[stances.get(code, Stance.UNKNOWN)] += 1
    drawn = world().shapes
    missing = sorted(
        countries.get(code).name_in(language) for code in scope if code.lower() not in drawn
    )
    return MapSummary(scope, stances, counts, tuple(missing))


def frame_for(group: Group | None, geometry: WorldGeometry | None = None) -> MapFrame:
    """The whole world, or the view around a group's drawn members."""
    geometry = geometry or world()
    full = geometry.view
    width = WIDTH - 2 * MARGIN
    height = width * full.height / full.width
    codes = group.members if group else ()
    members = [geometry.shapes[c.lower()] for c in codes if c.lower() in geometry.shapes]
    view = full if not members else _crop(union([s.main_box for s in members]), full)
    return MapFrame(MARGIN, TITLE_BAND, width, height, view)


def _crop(members: Box, full: Box) -> Box:
    """Members' box with sea around it, the frame's shape, moved inside the world if it can be."""
    aspect = full.width / full.height
    wanted = members.padded(SEA_AROUND_GROUP)
    centre_x = (wanted.left + wanted.right) / 2
    narrowest = Box(centre_x - NARROWEST_VIEW / 2, wanted.top, centre_x + NARROWEST_VIEW / 2, 0)
    box = wanted.union(Box(narrowest.left, wanted.top, narrowest.right, wanted.bottom))
    box = box.with_aspect(aspect)
    if box.width >= full.width or box.height >= full.height:
        return full
    shift_x = max(full.left - box.left, 0) - max(box.right - full.right, 0)
    shift_y = max(full.top - box.top, 0) - max(box.bottom - full.bottom, 0)
    return Box(box.left + shift_x, box.top + shift_y, box.right + shift_x, box.bottom + shift_y)


def map_svg(
    summary: MapSummary, group: Group | None, today: date, language: str = ENGLISH_CODE
) -> str:
    frame = frame_for(group)
    height = round(frame.bottom + LEGEND_BAND)
    body = [
        *_title(summary, group, today, language),
        *_map(summary, frame),
        *_legend(summary, frame, language),
    ]
    return svg.document(WIDTH, height, body)


def _title(summary: MapSummary, group: Group | None, today: date, language: str) -> Iterator[str]:
    scope = (
        say(language, "picture.map.group", group=group.name_in(language), count=summary.total)
        if group
        else say(language, "picture.map.world", count=summary.total)
    )
    yield svg.text(MARGIN, 34, say(language, "picture.map.title"), size=24, bold=True)
    yield svg.text(MARGIN, 58, scope, size=14, fill=MUTED)
    yield svg.text(WIDTH - MARGIN, 34, day(today, language), size=16, anchor="end")


def _map(summary: MapSummary, frame: MapFrame) -> Iterator[str]:
    yield (
        '<defs><clipPath id="frame">'
        + svg.rect(frame.left, frame.top, frame.width, frame.height, "#000000")
        + "</clipPath></defs>"
    )
    yield f'<g clip-path="url(#frame)"><g transform="{frame.transform()}" stroke="{BORDER}" '
    yield f'stroke-width="{BORDER_PIXELS / frame.scale:.3f}" stroke-linejoin="round">'
    for shape in world().shapes.values():
        fill = _fill(summary, shape.code.upper())
        yield f'<g fill="{fill}">' + "".join(f'<path d="{d}"/>' for d in shape.paths) + "</g>"
    yield "</g></g>"
    yield svg.rect(frame.left, frame.top, frame.width, frame.height, "none", stroke=FRAME)


def _fill(summary: MapSummary, code: str) -> str:
    if code not in summary.scope:
        return OUTSIDE
    return STANCE_COLOURS[summary.stances.get(code, Stance.UNKNOWN)]


def _legend(summary: MapSummary, frame: MapFrame, language: str) -> Iterator[str]:
    top = frame.bottom + 18
    slot = (WIDTH - 2 * MARGIN) / len(Stance)
    for at, stance in enumerate(Stance):
        x = MARGIN + at * slot
        yield svg.rect(x, top, 18, 18, STANCE_COLOURS[stance], stroke=FRAME)
        label = f"{stance_name(language, stance)} {summary.counts[stance]}"
        yield svg.text(x + 26, top + 14, label, size=15)
    yield svg.text(MARGIN, top + 50, _footnote(summary, language), size=13, fill=MUTED)
    yield svg.text(MARGIN, top + 70, _unknown_note(summary, language), size=13, fill=MUTED)


def _footnote(summary: MapSummary, language: str) -> str:
    missing = summary.not_drawn
    if not missing:
        return say(language, "picture.map.all_drawn")
    if len(missing) <= NAMED_MISSING:
        return say(language, "picture.map.not_drawn", codes=", ".join(missing))
    return say(language, "picture.map.many_not_drawn", total=summary.total, count=len(missing))


def _unknown_note(summary: MapSummary, language: str) -> str:
    unknown = summary.counts[Stance.UNKNOWN]
    if not unknown:
        return say(language, "picture.map.all_known")
    return say(language, "picture.map.unknown", count=unknown)


def map_alt(
    summary: MapSummary, group: Group | None, today: date, language: str = ENGLISH_CODE
) -> str:
    """The picture in words: the scope, the date and the count of every stance."""
    counts = ", ".join(
        f"{stance_name(language, s, inline=True)} {summary.counts[s]}" for s in Stance
    )
    where = group.name_in(language) if group else say(language, "picture.map.the_world")
    missing = (
        say(language, "picture.map.alt_missing", count=len(summary.not_drawn))
        if summary.not_drawn
        else ""
    )
    return say(
        language,
        "picture.map.alt",
        where=where,
        day=day(today, language),
        counts=counts,
        missing=missing,
    )
