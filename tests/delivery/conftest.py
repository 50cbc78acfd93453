from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.countries import CountryIndex
from tests.delivery.support import World, open_world


@pytest.fixture
async def world(tmp_path: Path, countries: CountryIndex) -> AsyncIterator[World]:
    async with open_world(tmp_path / "bot.db", countries) as opened:
        yield opened
