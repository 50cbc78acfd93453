from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _pytest.terminal import TerminalReporter

from bot.app import App, open_app
from bot.catalog import load_countries
from bot.core.access import Role
from bot.core.countries import CountryIndex
from bot.core.replies import Reply
from bot.settings import PROJECT_CONFIG, Settings, load_settings
from bot.storage.target import DatabaseUrl
from tests.postgres import BACKENDS, NOT_SET, SCHEMAS_MADE, fresh_schema, on, server_url

CONFIG = PROJECT_CONFIG.parent
FIXED_NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def countries() -> CountryIndex:
    return load_countries(CONFIG / "countries.toml")


SQLITE_ONLY = "sqlite_only"
_ON_POSTGRESQL = re.compile(r"[\[-]postgresql[\]-]")  # the engine's id among a test's ids


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{SQLITE_ONLY}(reason): a test of SQLite itself (its file, WAL, its lock, old files):"
        " it runs on SQLite alone",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that opens the bot's database, through `database_target` or a fixture built
    on it, runs on each engine; a test of SQLite itself on SQLite alone."""
    if "database_target" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker(SQLITE_ONLY)
    if marker is not None and not marker.kwargs.get("reason"):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason=")
    engines = ("sqlite",) if marker is not None else BACKENDS
    metafunc.parametrize("database_target", engines, indirect=True)


@pytest.fixture
async def database_target(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Path | DatabaseUrl]:
    """A fresh database on each engine: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        yield tmp_path / "bot.db"
        return
    async with fresh_schema() as url:
        yield url


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """How many tests ran on PostgreSQL, and, loudly, whether its tests were skipped."""
    reports = [
        report
        for kind in ("passed", "failed", "skipped")
        for report in terminalreporter.stats.get(kind, [])
        if getattr(report, "when", "") in ("call", "setup") and _ON_POSTGRESQL.search(report.nodeid)
    ]
    ran = {r.nodeid for r in reports if r.when == "call" and not r.skipped}
    skipped = {r.nodeid for r in reports if r.skipped}
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} PostgreSQL tests SKIPPED", red=True)
        terminalreporter.write_line(NOT_SET if server_url() is None else "see the skip reasons")
    sqlite_only = {
        r.nodeid
        for kind in ("passed", "failed")
        for r in terminalreporter.stats.get(kind, [])
        if r.when == "call" and SQLITE_ONLY in r.keywords
    }
    terminalreporter.write_line(
        f"PostgreSQL: {len(ran)} tests ran on both engines; {len(SCHEMAS_MADE)} fresh schemas"
        f" made; {len(sqlite_only)} tests of SQLite itself ran on SQLite alone."
    )


@pytest.fixture
def settings(tmp_path: Path, database_target: Path | DatabaseUrl) -> Settings:
    """The project's settings on a fresh database of each engine (local files in `tmp_path`)."""
    return on(
        load_settings(
            {"STANCEBOT_CONFIG": str(PROJECT_CONFIG), "STANCEBOT_DB": str(tmp_path / "bot.db")}
        ),
        database_target,
    )


def copy_config(folder: Path, **replacements: str) -> Path:
    """A copy of the project's config folder with some settings lines replaced."""
    shutil.copytree(CONFIG, folder)
    settings_file = folder / "settings.toml"
    text = settings_file.read_text("utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    settings_file.write_text(text, "utf-8")
    return settings_file


# The trained reading model is measured on real news by its own tests; tests of the machinery
# around the analysis (events, auto-apply, routing) read with the rules alone, whose
# confidences they can predict.
RULES_ONLY = {'reading_model = "reading-model.jsonl"': 'reading_model = ""'}


@pytest.fixture
def rules_only_settings(tmp_path: Path, database_target: Path | DatabaseUrl) -> Settings:
    config = copy_config(tmp_path / "config", **RULES_ONLY)
    return on(
        load_settings({"STANCEBOT_CONFIG": str(config), "STANCEBOT_DB": str(tmp_path / "db")}),
        database_target,
    )


@pytest.fixture
def local_settings(tmp_path: Path, database_target: Path | DatabaseUrl) -> Settings:
    """Settings that let feeds on 127.0.0.1 through the address guard (rules-only reading)."""
    config = copy_config(
        tmp_path / "config",
        **{"allow_addresses = []": 'allow_addresses = ["127.0.0.1"]'},
        **RULES_ONLY,
    )
    return on(
        load_settings({"STANCEBOT_CONFIG": str(config), "STANCEBOT_DB": str(tmp_path / "bot.db")}),
        database_target,
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[App]:
    async with open_app(settings, clock=lambda: FIXED_NOW) as running:
        yield running


async def ask(app: App, text: str, role: Role = Role.MEMBER) -> Reply:
    return await app.dispatcher.handle(text, app.console_caller(role))
