"""The alert commands behind the real dispatcher of a real app, with a clock tests can move."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bot.app import open_app
from bot.core.access import Caller, Role
from bot.core.replies import Reply
from bot.core.subscriptions import Channel, Subscription
from bot.settings import PROJECT_CONFIG, load_settings
from bot.storage.database import Database
from bot.storage.subscriptions import SubscriptionStore
from bot.storage.target import DatabaseUrl
from handlers.dispatch import Dispatcher
from tests.conftest import FIXED_NOW
from tests.postgres import on

HERE = Channel("slack", "T1", "C-news")


@dataclass
class Clock:
    now: datetime = FIXED_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


@dataclass(frozen=True)
class AlertBot:
    dispatcher: Dispatcher
    database: Database
    store: SubscriptionStore
    clock: Clock = field(default_factory=Clock)

    async def ask(self, text: str, role: Role, channel: Channel = HERE) -> Reply:
        caller = Caller(channel.platform, channel.tenant, channel.channel, f"U-{role.name}", role)
        return await self.dispatcher.handle(text, caller)

    async def here(self) -> Subscription | None:
        return await self.store.for_channel(HERE)


@asynccontextmanager
async def open_alert_bot(folder: Path, database: Path | DatabaseUrl) -> AsyncIterator[AlertBot]:
    """The bot on `database`, its local files in `folder`."""
    clock = Clock()
    env = {"STANCEBOT_CONFIG": str(PROJECT_CONFIG), "STANCEBOT_DB": str(folder / "bot.db")}
    settings = on(load_settings(env), database)
    async with open_app(settings, clock=clock) as app:
        yield AlertBot(app.dispatcher, app.database, app.subscriptions, clock)
