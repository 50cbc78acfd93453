"""The world's outlines, from pygal_maps_world's SVG map, keyed by lower-case ISO alpha-2 code.

The map is package data (trusted, read once): one `<g class="<code> country ...">` per country
holding `<path d="...">` outlines written with relative commands only. We keep the path text as
it is (cairo draws it) and compute each country's bounding box for cropping to a group.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from bot.core.errors import RenderUnavailableError

MAP_PACKAGE = "pygal_maps_world"
MAP_FILE = "worldmap.svg"
NO_OUTLINES = (
    "Pictures are unavailable on this bot: its world map outlines (pygal_maps_world) are "
    "not installed."
)
MAIN_SHARE = 0.05  # an outline counts as "main" when its box is 5 % of the largest one's

_VIEWBOX = re.compile(r'viewBox="([\d.\s-]+)"')
_COUNTRY = re.compile(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', re.DOTALL)
_PATH = re.compile(r'<path d="([^"]+)"')
_TOKEN = re.compile(r"[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# How many numbers each relative command takes, and which of them move the pen in x and y.
_ARITY = {"m": 2, "l": 2, "c": 6, "s": 4, "q": 4, "t": 2, "h": 1, "v": 1}


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def padded(self, margin: float) -> Box:
        return Box(self.left - margin, self.top - margin, self.right + margin, self.bottom + margin)

    def with_aspect(self, aspect: float) -> Box:
        """The smallest box around this one, centred on it, whose width/height is `aspect`."""
        width, height = max(self.width, self.height * aspect), max(self.height, self.width / aspect)
        cx, cy = (self.left + self.right) / 2, (self.top + self.bottom) / 2
        return Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def union(boxes: Sequence[Box]) -> Box:
    return functools.reduce(Box.union, boxes)


@dataclass(frozen=True)
class Shape:
    """One country's outlines (SVG path data) and the box around each outline."""

    code: str
    paths: tuple[str, ...]
    boxes: tuple[Box, ...]

    @property
    def box(self) -> Box:
        return union(self.boxes)

    @property
    def main_box(self) -> Box:
        """The box around the country's main outlines, leaving out small far-off islands
        (the Canaries, the Aleutians) so a group's view is not stretched by them."""
        largest = max(b.width * b.height for b in self.boxes)
        return union([b for b in self.boxes if b.width * b.height >= MAIN_SHARE * largest])


@dataclass(frozen=True)
class WorldGeometry:
    view: Box
    shapes: Mapping[str, Shape]


@functools.cache
def world() -> WorldGeometry:
    """The parsed map, once per process."""
    return load_outlines(MAP_PACKAGE)


def load_outlines(package: str) -> WorldGeometry:
    try:
        text = resources.files(package).joinpath(MAP_FILE).read_text("utf-8")
    except (ImportError, OSError) as exc:
        raise RenderUnavailableError(NO_OUTLINES) from exc
    return parse_map(text)


def parse_map(text: str) -> WorldGeometry:
    match = _VIEWBOX.search(text)
    if match is None:
        raise ValueError("the world map has no viewBox")
    left, top, width, height = (float(n) for n in match.group(1).split())
    shapes: dict[str, Shape] = {}
    for code, body in _COUNTRY.findall(text):
        paths = tuple(_PATH.findall(body))
        shapes[code] = Shape(code, paths, tuple(path_box(path) for path in paths))
    return WorldGeometry(Box(left, top, left + width, top + height), shapes)


def path_box(d: str) -> Box:
    """The box around every point and control point of a path (it contains the curves)."""
    xs: list[float] = []
    ys: list[float] = []
    x = y = 0.0
    for command, numbers in _commands(d):
        step = _ARITY[command.lower()]
        for at in range(0, len(numbers) - step + 1, step):
            x, y = _advance(command, numbers[at : at + step], x, y)
            xs.append(x)
            ys.append(y)
    if not xs:
        raise ValueError("an empty path")
    return Box(min(xs), min(ys), max(xs), max(ys))


def _commands(d: str) -> list[tuple[str, list[float]]]:
    commands: list[tuple[str, list[float]]] = []
    for token in _TOKEN.findall(d):
        if token.isalpha():
            if token.lower() not in _ARITY:
                raise ValueError(f"unsupported path command {token!r}")
            commands.append((token, []))
        elif commands:
            commands[-1][1].append(float(token))
    return commands


def _advance(command: str, numbers: list[float], x: float, y: float) -> tuple[float, float]:
    """Where the pen ends after one command's arguments (control points bound the curve too:
    a cubic's box is inside its control points' box, so the end points and controls suffice)."""
    relative = command.islower()
    kind = command.lower()
    if kind == "h":
        return (x if relative else 0.0) + numbers[0], y
    if kind == "v":
        return x, (y if relative else 0.0) + numbers[0]
    base_x, base_y = (x, y) if relative else (0.0, 0.0)
    return base_x + numbers[-2], base_y + numbers[-1]
