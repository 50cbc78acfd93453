"""The picture maker the handlers use: draws off the event loop, remembers recent pictures.

A picture's cache key is a digest of everything drawn on it (each country's stance and since,
or the country's history, plus the date printed on it), so a cached picture is served until a
record changes or the day turns, and never after. One picture is drawn at a time: a burst of
`/huawei map` waits for the first drawing and then shares it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from bot.core.catalogue import ENGLISH_CODE
from bot.core.countries import CountryIndex
from bot.core.errors import RenderUnavailableError
from bot.core.models import Change, Country, Group, Record
from bot.core.replies import Image
from bot.logs import event
from bot.render.backend import CairoRasteriser, Rasteriser
from bot.render.timeline import timeline_alt, timeline_svg
from bot.render.world import map_alt, map_svg, summarise

log = logging.getLogger(__name__)

MAP_FILENAME = "stances-map.png"
KEEP = 16  # pictures remembered: the world, a few groups, a few timelines


class Renderer:
    def __init__(self, rasterise: Rasteriser | None = None, *, keep: int = KEEP) -> None:
        self._rasterise = rasterise or CairoRasteriser()
        self._keep = keep
        self._cache: OrderedDict[str, Image] = OrderedDict()
        self._lock = asyncio.Lock()

    async def world_map(
        self,
        records: Sequence[Record],
        countries: CountryIndex,
        group: Group | None,
        today: date,
        *,
        language: str = ENGLISH_CODE,
    ) -> Image:
        """Every country coloured by stance, a legend of counts, the date; or one group's view;
        its words in `language`."""
        key = map_key(records, group, today, language)
        draw = partial(self._draw_map, tuple(records), countries, group, today, language)
        return await self._image(key, draw)

    async def timeline(
        self,
        country: Country,
        history: Sequence[Change],
        current: Record,
        today: date,
        *,
        language: str = ENGLISH_CODE,
    ) -> Image:
        """The country's stance over time, its changes numbered and listed with their sources."""
        key = timeline_key(country, history, current, today, language)
        draw = partial(self._draw_timeline, country, tuple(history), current, today, language)
        return await self._image(key, draw)

    def _draw_map(
        self,
        records: Sequence[Record],
        countries: CountryIndex,
        group: Group | None,
        today: date,
        language: str,
    ) -> Image:
        summary = summarise(records, countries, group, language)
        png = self._rasterise(map_svg(summary, group, today, language))
        return Image(png, MAP_FILENAME, map_alt(summary, group, today, language))

    def _draw_timeline(
        self,
        country: Country,
        history: Sequence[Change],
        current: Record,
        today: date,
        language: str,
    ) -> Image:
        png = self._rasterise(timeline_svg(country, history, current, today, language))
        alt = timeline_alt(country, history, current, today, language)
        return Image(png, f"stance-history-{country.code.lower()}.png", alt)

    async def _image(self, key: str, draw: Callable[[], Image]) -> Image:
        if (cached := self._recall(key)) is not None:
            return cached
        async with self._lock:
            if (cached := self._recall(key)) is not None:  # drawn while we waited
                return cached
            image = await self._draw(draw)
            self._cache[key] = image
            while len(self._cache) > self._keep:
                self._cache.popitem(last=False)
            return image

    def _recall(self, key: str) -> Image | None:
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        return image

    async def _draw(self, draw: Callable[[], Image]) -> Image:
        started = time.perf_counter()
        try:
            image = await asyncio.to_thread(draw)
        except RenderUnavailableError as exc:
            event(log, "render.unavailable", logging.WARNING, reason=exc.__cause__ or exc)
            raise
        elapsed = round((time.perf_counter() - started) * 1000)
        event(log, "render.drawn", file=image.filename, ms=elapsed, bytes=len(image.data))
        return image


def map_key(
    records: Sequence[Record], group: Group | None, today: date, language: str = ENGLISH_CODE
) -> str:
    rows = sorted((r.country, r.stance.value, _iso(r.since)) for r in records)
    scope = (group.key, *group.members) if group else ("world",)
    return _digest("map", language, today.isoformat(), scope, rows)


def timeline_key(
    country: Country,
    history: Sequence[Change],
    current: Record,
    today: date,
    language: str = ENGLISH_CODE,
) -> str:
    rows = [(c.on.isoformat(), c.stance.value, _was(c), c.reason, c.sources) for c in history]
    now = (current.stance.value, _iso(current.since))
    return _digest("timeline", language, country.code, country.name, today.isoformat(), now, rows)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _was(change: Change) -> str:
    return change.previous.value if change.previous else ""
