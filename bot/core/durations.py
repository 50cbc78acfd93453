"""Durations as people type them: 30m, 2h, 1d, 1w, 1h30m."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.core.catalogue import refusal
from bot.core.numbers import digits_value, shorten

_PART = re.compile(r"(\d+)\s*([smhdw])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, *, minimum: timedelta, maximum: timedelta) -> timedelta:
    cleaned = text.strip().casefold().replace(" ", "")
    parts = _PART.findall(cleaned)
    if not cleaned or "".join(f"{n}{u}" for n, u in parts) != cleaned:
        raise refusal("error.duration", text=shorten(text))
    values = [digits_value(n) for n, _ in parts]
    seconds = sum(v * _UNITS[u] for v, (_, u) in zip(values, parts, strict=True) if v is not None)
    # Checked as whole seconds first: timedelta itself overflows past 999,999,999 days.
    if None in values or not minimum.total_seconds() <= seconds <= maximum.total_seconds():
        raise refusal(
            "error.duration.range",
            text=shorten(text),
            minimum=describe(minimum),
            maximum=describe(maximum),
        )
    return timedelta(seconds=seconds)


def describe(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
