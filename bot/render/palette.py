"""The stance colours, in one place: the map, the timeline (and, proposed, Discord embeds).

Red for banned through orange and yellow to green for allowed, purple for partnered (far from
every other hue), light grey for unknown. Countries outside a group being shown are paler still.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.core.models import Stance

STANCE_COLOURS: Mapping[Stance, str] = MappingProxyType(
    {
        Stance.BANNED: "#d7301f",
        Stance.RESTRICTED: "#f28e2b",
        Stance.UNDER_REVIEW: "#f6cf3c",
        Stance.ALLOWED: "#5aae61",
        Stance.PARTNERED: "#762a83",
        Stance.UNKNOWN: "#c8c8c8",
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
    """ "#d7301f" → (215, 48, 31)."""
    value = colour.removeprefix("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def stance_rgb(stance: Stance) -> tuple[int, int, int]:
    return rgb(STANCE_COLOURS[stance])
