from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.countries import CountryIndex
from bot.storage.target import DatabaseUrl
from tests.delivery.support import World, open_world


@pytest.fixture
async def world(
    database_target: Path | DatabaseUrl, countries: CountryIndex
) -> AsyncIterator[World]:
    async with open_world(database_target, countries) as opened:
        yield opened
