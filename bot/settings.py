"""Typed settings: `config/settings.toml` defaults, overridden by environment variables.

Every invalid or missing value is reported at once, naming its key. Secrets only come from the
environment and are masked in every repr.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from ipaddress import ip_network
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.core.errors import ConfigError
from bot.files import read_toml
from bot.storage.target import DatabaseUrl, is_database_url

PROJECT_CONFIG = Path(__file__).resolve().parent.parent / "config" / "settings.toml"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("plain", "json")
DEMO_DATABASE = "demo.db"  # beside the configured database unless STANCEBOT_DEMO_DB says


@dataclass(frozen=True)
class Secret:
    """A token or signing secret: never shown by repr or str."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('****')"

    def __str__(self) -> str:
        return "****"


@dataclass(frozen=True)
class Shards:
    """The Discord shards this process runs, `first` to `last` of `count` (DISCORD_SHARDS): a
    server's events and interactions go to shard `(server id >> 22) % count` alone."""

    first: int
    last: int
    count: int

    @property
    def ids(self) -> list[int]:
        return list(range(self.first, self.last + 1))

    def __str__(self) -> str:
        ids = str(self.first) if self.first == self.last else f"{self.first}-{self.last}"
        return f"{ids}/{self.count}"


SHARDS_FORMAT = "FIRST-LAST/COUNT or ID/COUNT, e.g. 0-3/8 or 2/8"


def parse_shards(text: str) -> Shards:
    """`0-3/8`: shards 0 to 3 of 8; `2/8`: shard 2 of 8. ValueError says what is wrong."""
    ids, slash, count_text = text.strip().partition("/")
    first_text, dash, last_text = ids.partition("-")
    numbers = [
        _as_int(part) for part in (first_text, last_text if dash else first_text, count_text)
    ]
    if not slash or None in numbers:
        raise ValueError(f"expected {SHARDS_FORMAT}, got {text!r}")
    first, last, count = (n for n in numbers if n is not None)
    if count < 1:
        raise ValueError(f"the shard count must be at least 1, got {count}")
    if not 0 <= first <= last < count:
        fitting = f"give ids from 0 to {count - 1}, lowest first"
        raise ValueError(f"shards {ids.strip()} do not fit in {count}: {fitting}")
    return Shards(first, last, count)


@dataclass(frozen=True)
class DiscordSettings:
    token: Secret | None
    api_base: str
    gateway_url: str
    guild_id: int | None
    shards: Shards | None = None  # None: one process runs the bot's only shard


@dataclass(frozen=True)
class SlackSettings:
    bot_token: Secret | None
    app_token: Secret | None
    signing_secret: Secret | None
    api_url: str
    admin_users: tuple[str, ...]


@dataclass(frozen=True)
class FeedSettings:
    interval: timedelta
    jitter: timedelta
    user_agent: str
    timeout: float
    max_bytes: int
    max_items: int  # newest entries read from one feed; the rest are dropped, with a note
    max_redirects: int
    max_concurrent: int
    max_per_host: int
    parse_workers: int
    max_item_age: timedelta
    disable_after_failures: int
    allow_addresses: tuple[str, ...]
    demo: str
    global_feeds: tuple[str, ...]


@dataclass(frozen=True)
class AnalysisSettings:
    event_window: timedelta
    auto_apply_confidence: float
    auto_apply_sources: int
    default_keywords: tuple[str, ...]


@dataclass(frozen=True)
class AlertSettings:
    hourly_cap: int
    max_attempts: int
    min_confidence: float  # a stance alert below it waits for more sources or an operator


@dataclass(frozen=True)
class Settings:
    config_path: Path
    database: Path  # the SQLite file; on PostgreSQL, where the local files (images) go beside
    demo_database: Path  # the demo's own file: the demo never writes to `database`
    log_level: str
    log_format: str  # "plain" (key=value) or "json" (one object per line)
    operators: tuple[str, ...]
    countries_file: Path
    stances_file: Path
    reading_model_file: Path | None  # None: the rules read alone
    http_host: str
    http_port: int  # 0: no HTTP listener (no health, metrics or Slack HTTP mode)
    discord: DiscordSettings
    slack: SlackSettings
    feeds: FeedSettings
    analysis: AnalysisSettings
    alerts: AlertSettings
    database_url: DatabaseUrl | None = None  # STANCEBOT_DB=postgresql://...: used, not the file

    @property
    def store(self) -> Path | DatabaseUrl:
        """Where the bot's data lives: the PostgreSQL server if one is set, else the file."""
        return self.database_url or self.database

    @property
    def has_platform_token(self) -> bool:
        """Whether Slack or Discord is configured (without either, the bot runs its demo)."""
        return self.discord.token is not None or self.slack.bot_token is not None

    def secrets(self) -> list[str]:
        """Every secret value, for the log filter that masks them."""
        candidates = [
            self.discord.token,
            self.slack.bot_token,
            self.slack.app_token,
            self.slack.signing_secret,
        ]
        found = [secret.value for secret in candidates if secret is not None]
        password = self.database_url.password if self.database_url else None
        return [*found, password] if password else found


def config_path_from(env: Mapping[str, str]) -> Path:
    if "STANCEBOT_CONFIG" in env:
        return Path(env["STANCEBOT_CONFIG"])
    local = Path("config/settings.toml")
    return local if local.exists() else PROJECT_CONFIG


def load_settings(env: Mapping[str, str]) -> Settings:
    settings, problems = read_settings(env)
    if problems:
        raise ConfigError(f"Settings are invalid ({settings.config_path}):", problems)
    return settings


def read_settings(env: Mapping[str, str]) -> tuple[Settings, list[str]]:
    """The settings as they would be, and every problem found reading them (none: valid)."""
    path = config_path_from(env)
    reader = _Reader(read_toml(path), env, path)
    settings = reader.settings()
    return settings, reader.problems


class _Reader:
    """Reads values section by section, collecting problems instead of stopping at the first."""

    def __init__(self, data: dict[str, Any], env: Mapping[str, str], path: Path) -> None:
        self.data, self.env, self.folder = data, env, path.parent
        self.path = path
        self.problems: list[str] = []

    def settings(self) -> Settings:
        database, database_url = self.database()
        return Settings(
            config_path=self.path,
            database=database,
            demo_database=Path(
                self.env.get("STANCEBOT_DEMO_DB", "").strip() or database.with_name(DEMO_DATABASE)
            ),
            log_level=self.choice("bot", "log_level", LOG_LEVELS, "STANCEBOT_LOG_LEVEL"),
            log_format=self.choice(
                "bot", "log_format", LOG_FORMATS, "STANCEBOT_LOG_FORMAT", optional=True
            ),
            operators=self.strings("bot", "operators"),
            countries_file=self.folder / self.text("data", "countries"),
            stances_file=self.folder / self.text("data", "stances"),
            reading_model_file=self.optional_file("data", "reading_model"),
            http_host=self.text("http", "host", "STANCEBOT_HTTP_HOST"),
            http_port=self.port("http", "port", "STANCEBOT_HTTP_PORT"),
            discord=DiscordSettings(
                token=self.secret("DISCORD_TOKEN"),
                api_base=self.url("discord", "api_base", "DISCORD_API_BASE"),
                gateway_url=self.url("discord", "gateway_url", "DISCORD_GATEWAY_URL", empty=True),
                guild_id=self.snowflake("discord", "guild_id", "DISCORD_GUILD_ID"),
                shards=self.shards("DISCORD_SHARDS"),
            ),
            slack=SlackSettings(
                bot_token=self.secret("SLACK_BOT_TOKEN"),
                app_token=self.secret("SLACK_APP_TOKEN"),
                signing_secret=self.secret("SLACK_SIGNING_SECRET"),
                api_url=self.url("slack", "api_url", "SLACK_API_URL"),
                admin_users=self.strings("slack", "admin_users"),
            ),
            feeds=self.feed_settings(),
            analysis=AnalysisSettings(
                event_window=timedelta(hours=self.number("analysis", "event_window_hours", 1, 720)),
                auto_apply_confidence=self.fraction("analysis", "auto_apply_confidence"),
                auto_apply_sources=self.number("analysis", "auto_apply_sources", 1, 50),
                default_keywords=self.strings("analysis", "default_keywords"),
            ),
            alerts=AlertSettings(
                hourly_cap=self.number("alerts", "hourly_cap", 1, 1000),
                max_attempts=self.number("alerts", "max_attempts", 1, 100),
                min_confidence=self.fraction("alerts", "min_confidence", default=0.0),
            ),
            database_url=database_url,
        )

    def database(self) -> tuple[Path, DatabaseUrl | None]:
        """The SQLite file, and the PostgreSQL server's URL when STANCEBOT_DB is one."""
        chosen = self.text("bot", "database", "STANCEBOT_DB")
        if not is_database_url(chosen):
            return Path(chosen), None
        configured = self.text("bot", "database")
        local = Path("data/stancebot.db") if is_database_url(configured) else Path(configured)
        return local, DatabaseUrl(chosen)

    def feed_settings(self) -> FeedSettings:
        return FeedSettings(
            interval=timedelta(minutes=self.number("feeds", "interval_minutes", 1, 24 * 60)),
            jitter=timedelta(seconds=self.number("feeds", "jitter_seconds", 0, 3600)),
            user_agent=self.text("feeds", "user_agent"),
            timeout=self.number("feeds", "timeout_seconds", 1, 600),
            max_bytes=self.number("feeds", "max_bytes", 10_000, 100_000_000),
            max_items=self.number("feeds", "max_items", 1, 100_000, default=500),
            max_redirects=self.number("feeds", "max_redirects", 0, 20),
            max_concurrent=self.number("feeds", "max_concurrent", 1, 1000),
            max_per_host=self.number("feeds", "max_per_host", 1, 100),
            parse_workers=self.parse_workers(),
            max_item_age=timedelta(days=self.number("feeds", "max_item_age_days", 1, 365)),
            disable_after_failures=self.number("feeds", "disable_after_failures", 1, 1000),
            allow_addresses=self.addresses("feeds", "allow_addresses"),
            demo=self.text("feeds", "demo", empty=True),
            global_feeds=self.strings("feeds", "global"),
        )

    def parse_workers(self) -> int:
        """A number, or "auto": what the machine's CPUs allow (`auto_parse_workers`)."""
        table = self.data.get("feeds", {})
        if isinstance(table, dict) and table.get("parse_workers") == "auto":
            return auto_parse_workers(available_cpus())
        return self.number("feeds", "parse_workers", 0, 64)

    def addresses(self, section: str, key: str) -> tuple[str, ...]:
        entries = self.strings(section, key)
        for entry in entries:
            try:
                ip_network(entry, strict=False)
            except ValueError:
                if not entry or "/" in entry or " " in entry:
                    self.problems.append(f"{section}.{key}: {entry!r} is not an IP, CIDR or host")
        return entries

    def fraction(self, section: str, key: str, default: float = 1.0) -> float:
        name, value = self.raw(section, key, None)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            if value is not None:
                self.problems.append(f"{name}: expected a number from 0 to 1, got {value!r}")
            return default
        return float(value)

    def number(
        self, section: str, key: str, low: int, high: int, default: int | None = None
    ) -> int:
        name, value = self.raw(section, key, None)
        number = _as_int(value)
        if value is not None and (number is None or not low <= number <= high):
            self.problems.append(f"{name}: expected a whole number {low}-{high}, got {value!r}")
        if number is not None:
            return number
        return default if default is not None else low

    def raw(self, section: str, key: str, env_var: str | None) -> tuple[str, Any]:
        """The value and the name to blame for it: the variable if set, else the file key."""
        if env_var and env_var in self.env:
            return env_var, self.env[env_var]
        name = f"{section}.{key}"
        table = self.data.get(section, {})
        if not isinstance(table, dict) or key not in table:
            self.problems.append(f"{name}: missing")
            return name, None
        return name, table[key]

    def optional_file(self, section: str, key: str) -> Path | None:
        name = self.data.get(section, {}).get(key, "")
        if not isinstance(name, str):
            self.problems.append(f"[{section}] {key}: expected a file name")
            return None
        return self.folder / name if name else None

    def text(self, section: str, key: str, env_var: str | None = None, empty: bool = False) -> str:
        name, value = self.raw(section, key, env_var)
        if value is None:
            return ""
        if not isinstance(value, str) or not (empty or value.strip()):
            self.problems.append(f"{name}: expected a non-empty string, got {value!r}")
            return ""
        return value.strip()

    def strings(self, section: str, key: str) -> tuple[str, ...]:
        name, value = self.raw(section, key, None)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            if value is not None:
                self.problems.append(f"{name}: expected a list of strings, got {value!r}")
            return ()
        return tuple(value)

    def choice(
        self,
        section: str,
        key: str,
        allowed: tuple[str, ...],
        env_var: str,
        *,
        optional: bool = False,
    ) -> str:
        """One of `allowed`, in their case; `optional`: a file without the key means the first
        (keys added since, so an older settings file still loads)."""
        table = self.data.get(section)
        absent = not (isinstance(table, dict) and key in table) and env_var not in self.env
        if optional and absent:
            return allowed[0]
        name, value = self.raw(section, key, env_var)
        if value is None:
            return allowed[0]
        found = [choice for choice in allowed if choice.upper() == str(value).strip().upper()]
        if not found:
            self.problems.append(f"{name}: expected one of {', '.join(allowed)}, got {value!r}")
            return allowed[0]
        return found[0]

    def port(self, section: str, key: str, env_var: str) -> int:
        name, value = self.raw(section, key, env_var)
        number = _as_int(value)
        if value is not None and (number is None or not 0 <= number <= 65535):
            self.problems.append(f"{name}: expected a port number 0-65535 (0: off), got {value!r}")
        return number or 0

    def snowflake(self, section: str, key: str, env_var: str) -> int | None:
        name, value = self.raw(section, key, env_var)
        if value in (None, ""):
            return None
        number = _as_int(value)
        if number is None or number <= 0:
            self.problems.append(f"{name}: expected a numeric Discord id, got {_hidden(value)}")
        return number

    def url(self, section: str, key: str, env_var: str, empty: bool = False) -> str:
        name = env_var if env_var in self.env else f"{section}.{key}"
        value = self.text(section, key, env_var, empty=empty)
        if value and urlsplit(value).scheme not in ("http", "https", "ws", "wss"):
            self.problems.append(f"{name}: expected an http(s) or ws(s) URL, got {_hidden(value)}")
        return value

    def shards(self, env_var: str) -> Shards | None:
        value = self.env.get(env_var, "").strip()
        if not value:
            return None
        try:
            return parse_shards(value)
        except ValueError as exc:
            self.problems.append(f"{env_var}: {exc}")
            return None

    def secret(self, env_var: str) -> Secret | None:
        value = self.env.get(env_var, "").strip()
        return Secret(value) if value else None


def _hidden(value: Any) -> str:
    """A value beside a token's variables is never echoed: a token pasted into the wrong one
    would end up in the terminal and in CI logs."""
    return f"{len(str(value))} characters (not shown, in case it is a token)"


def auto_parse_workers(cpus: int) -> int:
    """Parser processes for a machine of `cpus` CPUs: one CPU is left to the bot's own process
    (fetching, storing, the analysis), so 1 on a 2-CPU machine, where a second worker would only
    take turns with the bot for the same two CPUs and cost another 18 MB; at most 2."""
    return max(1, min(2, cpus - 1))


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, as containers set it), else all."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
