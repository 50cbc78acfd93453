from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import SlackEmulator
from tests.chat.slack.support import (
    ADMIN,
    CHANNEL,
    CREATOR,
    MEMBER,
    Harness,
    running_bot,
    slack_settings,
)


@pytest.fixture
async def slack() -> AsyncIterator[SlackEmulator]:
    emulator = SlackEmulator()
    await emulator.start()
    emulator.add_user(ADMIN, admin=True)
    emulator.add_user(MEMBER)
    emulator.add_channel(CHANNEL, creator=CREATOR)
    try:
        yield emulator
    finally:
        await emulator.close()


@pytest.fixture
async def harness(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> AsyncIterator[Harness]:
    """The bot in HTTP mode on a free port, talking to the emulator, on a fresh database."""
    async with running_bot(
        slack_settings(tmp_path, slack, database=database_target), slack
    ) as running:
        yield running
