from __future__ import annotations

import pytest

from bot.core.errors import RenderUnavailableError
from bot.render.geometry import Box, load_outlines, parse_map, path_box, world


def test_a_path_box_follows_relative_moves_lines_and_curves() -> None:
    assert Box(10, 20, 40, 35) == path_box("m10 20 l30 0 v15 h-30 c0 -5 5 -10 10 -15")


def test_absolute_commands_and_implicit_lines_after_a_move() -> None:
    assert Box(1, 2, 7, 8) == path_box("M1 2 7 8 L3 4")


def test_a_box_widened_to_an_aspect_keeps_its_centre() -> None:
    assert Box(-5, 0, 15, 10) == Box(0, 0, 10, 10).with_aspect(2.0)


def test_the_world_map_has_the_countries_keyed_by_lower_case_codes() -> None:
    shapes = world().shapes
    assert (184, True, False) == (len(shapes), {"gb", "us", "se"} <= set(shapes), "qa" in shapes)


def test_a_map_without_a_view_box_is_refused() -> None:
    with pytest.raises(ValueError, match="no viewBox"):
        parse_map("<svg></svg>")


def test_missing_map_outlines_make_pictures_unavailable() -> None:
    with pytest.raises(RenderUnavailableError, match="outlines \\(pygal_maps_world\\)"):
        load_outlines("no_such_map_package")
