"""The stance colours, in one place: the map, the timeline (and, proposed, Discord embeds).

A diverging scale that colour-blind readers can tell apart: dark red for banned and orange for
restricted (excluded), pale yellow for under review, light blue for allowed and dark blue for
partnered (admitted), and a mid grey for unknown, unlike any of them. In normal vision and as
people with deuteranopia or protanopia see them (tests/render/test_palette.py simulates both),
no two differ by less than about 25 ΔE. Countries outside a group being shown are paler still.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.core.models import Stance

STANCE_COLOURS: Mapping[Stance, str] = MappingProxyType(
    {
        Stance.BANNED: "#b2182b",
        Stance.RESTRICTED: "#ec7014",
        Stance.UNDER_REVIEW: "#fee391",
        Stance.ALLOWED: "#92c5de",
        Stance.PARTNERED: "#2166ac",
        Stance.UNKNOWN: "#8c8c8c",
    }
)
OUTSIDE = "#eeeeee"  # a country outside the group on show
BORDER = "#ffffff"  # between countries
BACKGROUND = "#ffffff"
FRAME = "#d0d0d0"
INK = "#222222"
MUTED = "#666666"
MARKER = "#222222"  # a dated change on the timeline


def rgb(colour: str) -> tuple[int, int, int]:
    """ "#b2182b" → (178, 24, 43)."""
    value = colour.removeprefix("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def stance_rgb(stance: Stance) -> tuple[int, int, int]:
    return rgb(STANCE_COLOURS[stance])
