"""The composition root: settings → data → store → services → dispatcher, wired once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from bot import __version__
from bot.catalog import load_countries, load_seed
from bot.core.access import Caller, Role
from bot.core.countries import CountryIndex
from bot.logs import event
from bot.settings import Settings
from bot.storage.database import Database
from bot.storage.records import RecordStore
from handlers.base import Services
from handlers.dispatch import Dispatcher, all_commands

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class App:
    settings: Settings
    database: Database
    records: RecordStore
    countries: CountryIndex
    dispatcher: Dispatcher
    started_at: datetime

    def console_caller(self, as_role: Role) -> Caller:
        """The terminal user: an operator only if settings list `console:operator`."""
        user = as_role.name.lower()
        role = as_role
        if role == Role.OPERATOR and f"console:{user}" not in self.settings.operators:
            role = Role.ADMIN
        return Caller("console", "console", "terminal", user, role)


@asynccontextmanager
async def open_app(settings: Settings, clock: Clock = utc_now) -> AsyncIterator[App]:
    countries = load_countries(settings.countries_file)
    seed = load_seed(settings.stances_file, countries)
    database = await Database.open(settings.database)
    try:
        records = RecordStore(database)
        result = await records.apply_seed(seed, [c.code for c in countries.countries], clock())
        if result.inserted or result.updated:
            event(
                log,
                "records.seeded",
                version=result.version,
                inserted=result.inserted,
                updated=result.updated,
            )
        services = Services(countries, records, clock, __version__)
        dispatcher = Dispatcher(services, all_commands())
        yield App(settings, database, records, countries, dispatcher, clock())
    finally:
        await database.close()
