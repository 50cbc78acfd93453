"""Time zones as people type them (`tz:Europe/Berlin`, `tz:europe/berlin`), and local times."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import datetime

from bot.core.catalogue import refusal

UTC_NAME = "UTC"


@functools.cache
def _zones() -> dict[str, str]:
    names = zoneinfo.available_timezones() | {UTC_NAME}
    return {name.casefold(): name for name in names}


def parse_zone(text: str) -> str:
    """The IANA name of a zone typed in any case; a clear error for anything else."""
    name = _zones().get(text.strip().casefold())
    if name is None:
        raise refusal("error.zone", text=text)
    return name


def local(moment: datetime, zone: str) -> str:
    """`2026-11-01 13:00 Europe/Berlin`."""
    return f"{moment.astimezone(zoneinfo.ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone}"
