from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.feeds.fetch import Fetcher, FetchSettings
from tests.feeds.server import FeedServer, running_server

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

# Small timeouts so the slow-server tests finish in about a second.
TEST_SETTINGS = FetchSettings(
    user_agent="stancebot-tests/1.0 (+https://example.org/stancebot)",
    total_timeout=1.0,
    connect_timeout=0.5,
    idle_timeout=0.4,
    allow_addresses=("127.0.0.1",),
)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with running_server() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(TEST_SETTINGS, clock=lambda: NOW) as opened:
        yield opened
