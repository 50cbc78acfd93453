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

from bot.core.countries import CountryIndex
from bot.core.models import Group, Record, Stance
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
    records: Sequence[Record], countries: CountryIndex, group: Group | None
) -> MapSummary:
    """Counts per stance (every stance, in order); a country without a record counts unknown."""
    known = {country.code for country in countries.countries}
    scope = frozenset(known & set(group.members)) if group else frozenset(known)
    stances = {r.country: r.stance for r in records if r.country in scope}
    counts = dict.fromkeys(Stance, 0)
    for code in scope:
        counts[stances.get(code, Stance.UNKNOWN)] += 1
    drawn = world().shapes
    missing = sorted(countries.get(code).name for code in scope if code.lower() not in drawn)
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


def map_svg(summary: MapSummary, group: Group | None, today: date) -> str:
    frame = frame_for(group)
    height = round(frame.bottom + LEGEND_BAND)
    body = [*_title(summary, group, today), *_map(summary, frame), *_legend(summary, frame)]
    return svg.document(WIDTH, height, body)


def _title(summary: MapSummary, group: Group | None, today: date) -> Iterator[str]:
    scope = f"{group.name} · {summary.total} members" if group else f"World · {summary.total}"
    noun = "" if group else " countries and blocs"
    yield svg.text(MARGIN, 34, "Huawei 5G stances", size=24, bold=True)
    yield svg.text(MARGIN, 58, f"{scope}{noun}", size=14, fill=MUTED)
    yield svg.text(WIDTH - MARGIN, 34, _day(today), size=16, anchor="end")


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


def _legend(summary: MapSummary, frame: MapFrame) -> Iterator[str]:
    top = frame.bottom + 18
    slot = (WIDTH - 2 * MARGIN) / len(Stance)
    for at, stance in enumerate(Stance):
        x = MARGIN + at * slot
        yield svg.rect(x, top, 18, 18, STANCE_COLOURS[stance], stroke=FRAME)
        yield svg.text(x + 26, top + 14, f"{stance.label} {summary.counts[stance]}", size=15)
    yield svg.text(MARGIN, top + 50, _footnote(summary), size=13, fill=MUTED)
    yield svg.text(MARGIN, top + 70, _unknown_note(summary), size=13, fill=MUTED)


def _footnote(summary: MapSummary) -> str:
    missing = summary.not_drawn
    if not missing:
        return "Every country counted above is drawn."
    if len(missing) <= NAMED_MISSING:
        return f"Counted above but not drawn on this map: {', '.join(missing)}."
    return (
        f"Counts include all {summary.total}; {len(missing)} are not drawn on this map "
        f"(mostly small islands, and blocs such as the EU)."
    )


def _unknown_note(summary: MapSummary) -> str:
    unknown = summary.counts[Stance.UNKNOWN]
    if not unknown:
        return "Every country has a researched, sourced stance."
    return (
        f"Unknown (grey), {unknown}: no public position found, or the evidence conflicts; most "
        f"are small territories."
    )


def map_alt(summary: MapSummary, group: Group | None, today: date) -> str:
    """The picture in words: the scope, the date and the count of every stance."""
    counts = ", ".join(f"{s.label.lower()} {summary.counts[s]}" for s in Stance)
    where = f"{group.name}" if group else "the world"
    missing = f"; {len(summary.not_drawn)} not drawn" if summary.not_drawn else ""
    return f"Map of Huawei 5G stances in {where} on {_day(today)}: {counts}{missing}."


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"
