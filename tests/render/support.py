"""Shared by the picture tests: the seeded records, PNG pixels, and where countries are drawn."""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PilImage

from bot.app import open_app
from bot.core.countries import CountryIndex
from bot.core.models import Change, Record
from bot.render.backend import CairoRasteriser
from bot.settings import PROJECT_CONFIG, load_settings
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()

# A point deep inside each country, in the world map's own coordinates (its viewBox is
# 0 0 2475 1388). Found once like this: draw the country's outlines alone, white on black, one
# pixel per map unit (cairosvg); erode the white with a 3x3 minimum filter (Pillow) until one
# more step would leave nothing; take the middle surviving pixel. `depth` is how many erosion
# steps it survived: the point is at least that many map units from the country's edge (the
# world view draws 0.47 px per unit, so even Britain's point is 3 px from its coast).
INSIDE = {
    "US": (509, 342),  # depth 75
    "GB": (1203, 235),  # depth 7
    "SE": (1327, 126),  # depth 13
    "AU": (2237, 899),  # depth 61
    "CA": (501, 187),  # depth 73
    "CN": (2005, 422),  # depth 58
    "BR": (835, 784),  # depth 66
    "DE": (1274, 244),  # depth 15
    "NO": (1276, 161),  # depth 10
}
NEIGHBOURHOOD = 2  # pixels each side of the sampled point: a 5x5 square


@dataclass(frozen=True)
class Seeded:
    records: tuple[Record, ...]
    countries: CountryIndex
    histories: Mapping[str, tuple[Change, ...]]

    def record(self, code: str) -> Record:
        return next(r for r in self.records if r.country == code)

    def history(self, code: str) -> tuple[Change, ...]:
        return self.histories.get(code, ())


def seeded(database: Path) -> Seeded:
    """The project's real seeded records, from a fresh database."""
    return asyncio.run(_seeded(database))


async def _seeded(database: Path) -> Seeded:
    settings = load_settings(
        {"STANCEBOT_CONFIG": str(PROJECT_CONFIG), "STANCEBOT_DB": str(database)}
    )
    async with open_app(settings, clock=lambda: FIXED_NOW) as app:
        histories: dict[str, list[Change]] = {}
        for change in await app.records.all_history():
            histories.setdefault(change.country, []).append(change)
        return Seeded(
            tuple(await app.records.all()),
            app.countries,
            {code: tuple(changes) for code, changes in histories.items()},
        )


def colour_at(png: bytes, point: tuple[float, float]) -> tuple[int, int, int]:
    """The colour most of the 5x5 pixels around `point` share (borders and anti-aliasing
    nearby cannot outvote the fill)."""
    image = PilImage.open(io.BytesIO(png)).convert("RGB")
    x, y = round(point[0]), round(point[1])
    span = range(-NEIGHBOURHOOD, NEIGHBOURHOOD + 1)
    pixels = Counter(image.getpixel((x + dx, y + dy)) for dx in span for dy in span)
    colour, votes = pixels.most_common(1)[0]
    assert votes > len(span) ** 2 // 2, f"no majority colour around {point}: {pixels}"
    assert isinstance(colour, tuple)
    return (colour[0], colour[1], colour[2])


class CountingRasteriser:
    """The real rasteriser, counting how often it draws."""

    def __init__(self) -> None:
        self.drawn = 0
        self._real = CairoRasteriser()

    def __call__(self, svg: str) -> bytes:
        self.drawn += 1
        return self._real(svg)
