from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import date
from types import ModuleType

import pytest

from bot.app import App
from bot.core.errors import RenderUnavailableError
from bot.core.models import Change, Group, Origin, Stance
from bot.core.replies import Image
from bot.render import MAP_FILENAME, Renderer
from bot.render.backend import CairoRasteriser
from bot.render.palette import OUTSIDE, rgb, stance_rgb
from bot.render.world import frame_for, summarise
from tests.conftest import FIXED_NOW
from tests.render.support import INSIDE, TODAY, CountingRasteriser, Seeded, colour_at, seeded


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    return seeded(tmp_path_factory.mktemp("map") / "bot.db")


@pytest.fixture(scope="module")
def world_map(world: Seeded) -> Image:
    return asyncio.run(Renderer().world_map(world.records, world.countries, None, TODAY))


@pytest.fixture(scope="module")
def world_png(world_map: Image) -> bytes:
    return world_map.data


class SvgEcho:
    """A rasteriser that skips Cairo: the "PNG" is the SVG itself. For cache behaviour only."""

    def __init__(self) -> None:
        self.drawn = 0

    def __call__(self, svg: str) -> bytes:
        self.drawn += 1
        return svg.encode("utf-8")


def stance_of(world: Seeded, code: str) -> Stance:
    return world.record(code).stance


def test_the_map_is_a_png_named_for_the_chat(world_map: Image) -> None:
    assert (b"\x89PNG\r\n\x1a\n", MAP_FILENAME) == (world_map.data[:8], world_map.filename)


@pytest.mark.parametrize("code", ["US", "GB", "AU", "SE", "CA"])
def test_a_banned_country_is_drawn_in_the_banned_colour(
    world: Seeded, world_png: bytes, code: str
) -> None:
    assert Stance.BANNED == stance_of(world, code)
    point = frame_for(None).to_pixel(*INSIDE[code])
    assert stance_rgb(Stance.BANNED) == colour_at(world_png, point)


@pytest.mark.parametrize(("code", "stance"), [("CN", Stance.PARTNERED), ("BR", Stance.ALLOWED)])
def test_partnered_and_allowed_countries_are_drawn_in_their_colours(
    world: Seeded, world_png: bytes, code: str, stance: Stance
) -> None:
    assert stance == stance_of(world, code)
    point = frame_for(None).to_pixel(*INSIDE[code])
    assert stance_rgb(stance) == colour_at(world_png, point)


def test_the_legend_counts_every_country_drawn_or_not(world: Seeded) -> None:
    summary = summarise(world.records, world.countries, None)
    assert dict(Counter(r.stance for r in world.records)) == {
        s: n for s, n in summary.counts.items() if n
    }
    assert (251, 251) == (len(world.countries), summary.total)  # ISO, the EU and Kosovo
    assert {"European Union", "Qatar", "Fiji"} <= set(summary.not_drawn)


def test_the_alt_text_gives_the_date_and_every_count(world: Seeded, world_map: Image) -> None:
    counts = Counter(r.stance for r in world.records)
    listed = ", ".join(f"{s.label.lower()} {counts[s]}" for s in Stance)
    missing = len(summarise(world.records, world.countries, None).not_drawn)
    expected = (
        f"Map of Huawei 5G stances in the world on 1 Nov 2026: {listed}; {missing} not drawn."
    )
    assert expected == world_map.alt


def test_the_eu_view_greys_the_countries_outside_it(world: Seeded) -> None:
    eu = world.countries.group("eu")
    assert eu is not None
    image = asyncio.run(Renderer().world_map(world.records, world.countries, eu, TODAY))
    frame = frame_for(eu)
    colours = {c: colour_at(image.data, frame.to_pixel(*INSIDE[c])) for c in ("SE", "GB", "NO")}
    banned, pale = stance_rgb(Stance.BANNED), rgb(OUTSIDE)
    assert {"SE": banned, "GB": pale, "NO": pale} == colours


def test_a_group_view_is_cropped_around_its_members() -> None:
    full = frame_for(None).view
    asean = Group("asean", "ASEAN", ("ID", "MY", "TH", "VN", "PH", "SG"))
    view = frame_for(asean).view
    assert view.width < full.width / 3
    assert (full.width / full.height) == pytest.approx(view.width / view.height)


def test_a_group_the_map_cannot_draw_is_shown_on_the_whole_world(world: Seeded) -> None:
    bloc = Group("bloc", "The EU as a bloc", ("EU",))
    summary = summarise(world.records, world.countries, bloc)
    assert (frame_for(None).view, ("European Union",)) == (frame_for(bloc).view, summary.not_drawn)


async def test_a_cached_map_is_the_same_picture_until_a_record_changes(app: App) -> None:
    counting = CountingRasteriser()
    renderer = Renderer(counting)
    records = await app.records.all()
    first = await renderer.world_map(records, app.countries, None, TODAY)
    again = await renderer.world_map(await app.records.all(), app.countries, None, TODAY)
    assert (1, first.data) == (counting.drawn, again.data)

    await app.records.write(_ban("DE"), "Banned for the test.", FIXED_NOW)
    changed = await renderer.world_map(await app.records.all(), app.countries, None, TODAY)
    point = frame_for(None).to_pixel(*INSIDE["DE"])
    assert (2, stance_rgb(Stance.BANNED)) == (counting.drawn, colour_at(changed.data, point))


async def test_a_new_day_draws_a_new_map(app: App) -> None:
    counting = SvgEcho()
    renderer = Renderer(counting)
    records = await app.records.all()
    await renderer.world_map(records, app.countries, None, TODAY)
    tomorrow = await renderer.world_map(records, app.countries, None, date(2026, 11, 2))
    assert (2, True) == (counting.drawn, "2 Nov 2026" in tomorrow.alt)


async def test_concurrent_requests_share_one_drawing(app: App) -> None:
    counting = SvgEcho()
    renderer = Renderer(counting)
    records = await app.records.all()
    maps = await asyncio.gather(
        *(renderer.world_map(records, app.countries, None, TODAY) for _ in range(3))
    )
    assert (1, 1) == (counting.drawn, len({image.data for image in maps}))


async def test_a_missing_cairo_library_is_a_clear_error(app: App) -> None:
    def no_cairo() -> ModuleType:
        raise OSError('no library called "cairo-2" was found')

    renderer = Renderer(CairoRasteriser(load=no_cairo))
    with pytest.raises(RenderUnavailableError, match="drawing library \\(Cairo\\)"):
        await renderer.world_map(await app.records.all(), app.countries, None, TODAY)


def _ban(code: str) -> Change:
    return Change(
        country=code,
        stance=Stance.BANNED,
        on=date(2026, 10, 30),
        reason="A test ban.",
        sources=("https://example.org/ban",),
        origin=Origin.OPERATOR,
        actor="test",
        previous=Stance.RESTRICTED,
    )


def test_a_country_without_a_record_counts_as_unknown_and_strays_are_ignored(
    world: Seeded,
) -> None:
    records = [r for r in world.records if r.country != "FR"]
    stray = replace(records[0], country="XX")
    summary = summarise([*records, stray], world.countries, None)
    expected = Counter(r.stance for r in records) + Counter({Stance.UNKNOWN: 1})
    assert dict(expected) == {s: n for s, n in summary.counts.items() if n}


def test_the_map_speaks_the_channels_language(world: Seeded) -> None:
    eu = world.countries.group("eu")
    assert eu is not None
    echo = SvgEcho()

    image = asyncio.run(
        Renderer(echo).world_map(world.records, world.countries, eu, TODAY, language="de")
    )

    drawn = image.data.decode("utf-8")
    assert [True, True, True, False] == [
        "Haltungen zu Huawei 5G" in drawn,
        "EU-Staaten · 27 Mitglieder" in drawn,
        f"Verboten {Counter(stance_of(world, c) for c in eu.members)[Stance.BANNED]}" in drawn,
        "Huawei 5G stances" in drawn,
    ]
    assert image.alt.startswith("Karte der Haltungen zu Huawei 5G in EU-Staaten am 1 Nov. 2026: ")
