"""The record as it stood on a day: what the reading weighs a story against.

The conventions make some readings depend on what is in force: "France won't ban Huawei" is
`allowed` only if no restriction stands already, and a story that names a country without a
stance word is read in the light of where that country stood. The reading asks for the stance
the day before the story, so a story about a change never sees the change itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from bot.core.models import Change, Stance


class StanceHistory:
    """Each country's dated stances, oldest first."""

    def __init__(self, changes: Mapping[str, Iterable[Change]]) -> None:
        self._days: dict[str, list[date]] = {}
        self._stances: dict[str, list[Stance]] = {}
        for code, history in changes.items():
            ordered = sorted(history, key=lambda change: change.on)
            self._days[code] = [change.on for change in ordered]
            self._stances[code] = [change.stance for change in ordered]

    def before(self, code: str, day: date) -> Stance:
        """The stance in force the day before `day`; unknown when nothing was on record."""
        days = self._days.get(code, [])
        index = bisect.bisect_right(days, day - timedelta(days=1))
        return self._stances[code][index - 1] if index else Stance.UNKNOWN


NO_HISTORY = StanceHistory({})
