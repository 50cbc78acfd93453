from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.handlers.alerting import AlertBot, open_alert_bot


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[AlertBot]:
    async with open_alert_bot(tmp_path / "bot.db") as opened:
        yield opened
