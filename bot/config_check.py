"""`stancebot config check`: the settings in effect, secrets masked, and every problem at once.

It reads what `stancebot run` would read (the settings file, `.env`, the environment) and goes
further than start-up does: the data files load, the database's folder can be written, the
tokens look like tokens, each platform has what its mode needs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot import __version__
from bot.catalog import load_countries, load_model, load_seed
from bot.core.analysis import compiled
from bot.core.errors import ConfigError
from bot.settings import Secret, Settings, read_settings
from bot.storage.target import DatabaseUrl

PLATFORMS = ("console", "slack", "discord")
TOKEN_PREFIXES = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


def check(env: Mapping[str, str], env_file: Path | None) -> tuple[list[str], list[str]]:
    """The lines to print (the settings) and the problems found (none: all is well)."""
    try:
        settings, problems = read_settings(env)
    except ConfigError as exc:
        return [], [exc.headline, *exc.problems]
    lines = [
        f"stancebot {__version__}",
        f"env file = {env_file if env_file else '(none read)'}",
        f"mode = {mode(settings)}",
        f"analysis = {compiled.how_read()}",
        *(f"{name} = {value}" for name, value in flatten(settings)),
    ]
    return lines, problems + data_problems(settings) + platform_problems(settings, env)


def mode(settings: Settings) -> str:
    if not settings.has_platform_token:
        return f"demo in the terminal (no platform token), on {settings.demo_database}"
    served = []
    if settings.slack.bot_token is not None:
        served.append("slack " + ("socket mode" if settings.slack.app_token else "HTTP mode"))
    if settings.discord.token is not None:
        served.append("discord")
    return ", ".join(served)


def flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Every leaf setting as (dotted name, text); secrets as **** or (not set)."""
    if is_dataclass(value) and not isinstance(value, Secret | DatabaseUrl | type):
        found: list[tuple[str, str]] = []
        for field in fields(value):
            found += flatten(getattr(value, field.name), f"{prefix}{field.name}.")
        return found
    return [(prefix.rstrip("."), _text(value))]


def _text(value: Any) -> str:
    if value is None:
        return "(not set)"
    if value == "":
        return "(empty)"
    if isinstance(value, Secret):
        return "****"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) if value else "(none)"
    if isinstance(value, timedelta):
        return f"{value.total_seconds():g} s"
    return str(value)


def data_problems(settings: Settings) -> list[str]:
    """The data files load; the database's folder exists or can be made, and is writable."""
    problems: list[str] = []
    try:
        load_seed(settings.stances_file, load_countries(settings.countries_file))
    except ConfigError as exc:
        problems += [exc.headline, *exc.problems]
    model = settings.reading_model_file
    if model is not None and not model.is_file():
        problems.append(f"data.reading_model: {model} does not exist")
    elif model is not None:
        try:
            load_model(model)
        except ConfigError as exc:
            problems.append(f"data.reading_model: {exc.headline} {'; '.join(exc.problems)}")
    for name, path in (("database", settings.database), ("demo_database", settings.demo_database)):
        folder = _existing_folder(path.parent)
        if not os.access(folder, os.W_OK):
            problems.append(f"{name}: {folder} is not writable, so {path} cannot be written")
    return problems


def _existing_folder(folder: Path) -> Path:
    """The folder itself, or the nearest parent that exists (where it would be created)."""
    folder = folder.absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def platform_problems(settings: Settings, env: Mapping[str, str]) -> list[str]:
    slack = settings.slack
    problems = [
        f"{name}: expected a token starting {prefix}"
        for name, prefix in TOKEN_PREFIXES.items()
        if env.get(name, "").strip() and not env[name].strip().startswith(prefix)
    ]
    if slack.app_token is not None and slack.bot_token is None:
        problems.append("SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: Slack cannot run")
    http_mode = slack.bot_token is not None and slack.app_token is None
    if http_mode and slack.signing_secret is None:
        problems.append("Slack HTTP mode needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)")
    if http_mode and settings.http_port == 0:
        problems.append("Slack HTTP mode needs STANCEBOT_HTTP_PORT (0 turns the listener off)")
    problems += [
        f"bot.operators: {entry!r} is not platform:user-id ({', '.join(PLATFORMS)})"
        for entry in settings.operators
        if entry.partition(":")[0] not in PLATFORMS or not entry.partition(":")[2]
    ]
    return problems
