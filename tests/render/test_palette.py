"""The stance colours stay apart for colour-blind readers: a simulation of deuteranopia and
protanopia (Machado, Oliveira and Fernandes, 2009, full severity) and CIE76 colour differences."""

from __future__ import annotations

import itertools
import math

import pytest

from bot.core.models import Stance
from bot.render.palette import stance_rgb

Matrix = tuple[tuple[float, float, float], ...]
NORMAL: Matrix = ((1, 0, 0), (0, 1, 0), (0, 0, 1))
DEUTERANOPIA: Matrix = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)
PROTANOPIA: Matrix = (
    (0.152286, 1.052583, -0.204868),
    (0.114503, 0.786281, 0.099216),
    (-0.003882, -0.048116, 1.051998),
)
LEAST_DIFFERENCE = 20.0  # CIE76 ΔE: about 2.3 is just noticeable; 20 is plainly another colour


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float], seen: Matrix) -> tuple[float, float, float]:
    linear = [_linear(c) for c in rgb]
    r, g, b = (
        max(0.0, min(1.0, sum(w * c for w, c in zip(row, linear, strict=True)))) for row in seen
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("seen", [NORMAL, DEUTERANOPIA, PROTANOPIA], ids=["normal", "deut", "prot"])
def test_every_two_stances_look_different(seen: Matrix) -> None:
    colours = {stance: _lab(stance_rgb(stance), seen) for stance in Stance}
    close = [
        (a.value, b.value, round(math.dist(colours[a], colours[b]), 1))
        for a, b in itertools.combinations(Stance, 2)
        if math.dist(colours[a], colours[b]) < LEAST_DIFFERENCE
    ]
    assert [] == close


def test_unknown_is_the_only_grey() -> None:
    chroma = {s: math.hypot(*_lab(stance_rgb(s), NORMAL)[1:]) for s in Stance}
    assert [Stance.UNKNOWN] == [s for s, c in chroma.items() if c < 10]
