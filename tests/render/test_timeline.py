from __future__ import annotations

import asyncio
from datetime import date

import pytest

from bot.core.models import Stance
from bot.render import Renderer
from bot.render.palette import stance_rgb
from bot.render.timeline import STRIP_HEIGHT, STRIP_TOP, Segment, Span, _axis, segments, span_of
from tests.render.support import TODAY, CountingRasteriser, Seeded, colour_at, seeded

STRIP_MIDDLE = STRIP_TOP + STRIP_HEIGHT / 2


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    return seeded(tmp_path_factory.mktemp("timeline") / "bot.db")


def test_the_uk_strip_is_restricted_in_early_2020_then_banned(world: Seeded) -> None:
    history = world.history("GB")
    current = world.record("GB")
    image = asyncio.run(Renderer().timeline(world.countries.get("GB"), history, current, TODAY))
    span = span_of(history, current, TODAY)
    colours = {
        day: colour_at(image.data, (span.x(day), STRIP_MIDDLE))
        for day in (date(2020, 4, 1), date(2023, 1, 1))
    }
    expected = {date(2020, 4, 1): Stance.RESTRICTED, date(2023, 1, 1): Stance.BANNED}
    assert {day: stance_rgb(s) for day, s in expected.items()} == colours
    assert "restricted from 28 Jan 2020; banned from 14 Jul 2020" in image.alt


def test_segments_run_from_the_previous_stance_through_each_change(world: Seeded) -> None:
    history = world.history("GB")
    current = world.record("GB")
    span = span_of(history, current, TODAY)
    expected = [
        Segment(span.start, date(2020, 1, 28), Stance.UNKNOWN),
        Segment(date(2020, 1, 28), date(2020, 7, 14), Stance.RESTRICTED),
        Segment(date(2020, 7, 14), TODAY, Stance.BANNED),
    ]
    assert expected == segments(history, current, span)


def test_a_country_without_history_is_one_segment_of_its_stance(world: Seeded) -> None:
    current = world.record("AQ")
    image = asyncio.run(Renderer().timeline(world.countries.get("AQ"), [], current, TODAY))
    span = span_of([], current, TODAY)
    assert [Segment(span.start, TODAY, Stance.UNKNOWN)] == segments([], current, span)
    assert stance_rgb(Stance.UNKNOWN) == colour_at(image.data, (span.x(TODAY) - 40, STRIP_MIDDLE))
    assert "no changes on record; unknown as of 1 Nov 2026" in image.alt


def test_a_timeline_is_cached_until_the_history_changes(world: Seeded) -> None:
    history = world.history("GB")
    current = world.record("GB")
    gb = world.countries.get("GB")
    counting = CountingRasteriser()
    renderer = Renderer(counting)

    async def draw_three() -> list[bytes]:
        first = await renderer.timeline(gb, history, current, TODAY)
        again = await renderer.timeline(gb, history, current, TODAY)
        shorter = await renderer.timeline(gb, history[:1], current, TODAY)
        return [first.data, again.data, shorter.data]

    first, again, shorter = asyncio.run(draw_three())
    assert (2, True, False) == (counting.drawn, first == again, first == shorter)


def test_the_axis_names_the_year_the_strip_starts_in() -> None:
    labels = [part for part in _axis(Span(date(2019, 3, 1), date(2022, 6, 1))) if "<text" in part]
    assert [">2019<", ">2020<", ">2021<", ">2022<"] == [
        f">{label.split('>')[1].split('<')[0]}<" for label in labels
    ]


def test_the_first_year_is_left_out_when_its_tick_is_at_the_very_start() -> None:
    labels = [part for part in _axis(Span(date(2019, 12, 20), date(2022, 6, 1))) if "<text" in part]
    assert 3 == len(labels)


def test_the_timeline_speaks_the_channels_language(world: Seeded) -> None:
    history = world.history("GB")
    current = world.record("GB")
    gb = world.countries.get("GB")

    svg = asyncio.run(
        Renderer(lambda drawn: drawn.encode("utf-8")).timeline(
            gb, history, current, TODAY, language="fr"
        )
    )

    drawn = svg.data.decode("utf-8")
    assert [True, True, False] == [
        "Royaume-Uni : position sur Huawei 5G dans le temps" in drawn,
        "Sources : " in drawn,
        "over time" in drawn,
    ]
    assert "restreint à partir du 28 janv. 2020 ; interdit à partir du 14 juil. 2020" in svg.alt
