from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.app import App, Outlet, open_app
from bot.chat.console import ConsoleSender
from bot.settings import Settings
from bot.storage.target import DatabaseUrl
from tests.conftest import FIXED_NOW
from tests.feeds.server import FeedServer, running_server
from tests.handlers.alerting import AlertBot, open_alert_bot


@pytest.fixture
async def bot(tmp_path: Path, database_target: Path | DatabaseUrl) -> AsyncIterator[AlertBot]:
    async with open_alert_bot(tmp_path, database_target) as opened:
        yield opened


@pytest.fixture
async def local_app(local_settings: Settings) -> AsyncIterator[App]:
    """The whole bot on a local database, at a fixed time."""
    async with open_app(local_settings, clock=lambda: FIXED_NOW) as running:
        yield running


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    """A real feed server on 127.0.0.1."""
    async with running_server() as running:
        yield running


@dataclass(frozen=True)
class Printing:
    app: App
    shown: list[str]  # what the terminal's real alert sender printed


@pytest.fixture
async def printing(settings: Settings) -> AsyncIterator[Printing]:
    shown: list[str] = []
    outlets = {"console": Outlet(ConsoleSender(shown.append))}
    async with open_app(settings, clock=lambda: FIXED_NOW, outlets=outlets) as app:
        yield Printing(app, shown)
