from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.core.errors import ConfigError
from bot.logs import SecretMaskingFilter, event
from bot.settings import PROJECT_CONFIG, auto_parse_workers, available_cpus, load_settings

BASE = {"STANCEBOT_CONFIG": str(PROJECT_CONFIG)}


def test_defaults_come_from_the_settings_file() -> None:
    settings = load_settings(BASE)
    assert ("127.0.0.1", 3000, Path("data/stancebot.db")) == (
        settings.http_host,
        settings.http_port,
        settings.database,
    )
    assert "https://discord.com/api/v10" == settings.discord.api_base
    assert settings.discord.token is None


def test_environment_variables_win() -> None:
    settings = load_settings(
        {
            **BASE,
            "STANCEBOT_DB": "/tmp/x.db",
            "STANCEBOT_HTTP_PORT": "8080",
            "DISCORD_GUILD_ID": "1234",
            "SLACK_API_URL": "http://127.0.0.1:9999/api/",
        }
    )
    assert (Path("/tmp/x.db"), 8080, 1234, "http://127.0.0.1:9999/api/") == (
        settings.database,
        settings.http_port,
        settings.discord.guild_id,
        settings.slack.api_url,
    )


def test_every_invalid_value_is_reported_at_once_by_name() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(
            {
                **BASE,
                "STANCEBOT_HTTP_PORT": "eighty",
                "DISCORD_GUILD_ID": "my-guild",
                "DISCORD_API_BASE": "discord.com",
                "STANCEBOT_LOG_LEVEL": "LOUD",
            }
        )
    named = [problem.split(":")[0] for problem in caught.value.problems]
    assert [
        "STANCEBOT_LOG_LEVEL",
        "STANCEBOT_HTTP_PORT",
        "DISCORD_API_BASE",
        "DISCORD_GUILD_ID",
    ] == named


def test_missing_keys_are_named(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text('[bot]\ndatabase = "x.db"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings({"STANCEBOT_CONFIG": str(config)})
    assert "http.port: missing" in caught.value.problems


def test_a_missing_settings_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nowhere\.toml is missing"):
        load_settings({"STANCEBOT_CONFIG": str(tmp_path / "nowhere.toml")})


def test_secrets_never_show_in_a_repr() -> None:
    settings = load_settings(
        {**BASE, "DISCORD_TOKEN": "MTIz.secret-token", "SLACK_BOT_TOKEN": "xoxb-1-2"}
    )
    assert "secret-token" not in repr(settings)
    assert "xoxb-1-2" not in repr(settings)
    assert settings.discord.token is not None
    assert "MTIz.secret-token" == settings.discord.token.value


def test_secrets_are_masked_in_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.secrets")
    caplog.handler.addFilter(SecretMaskingFilter(["xoxb-very-secret"]))
    with caplog.at_level(logging.INFO):
        event(logger, "slack.connect", token="xoxb-very-secret")
        logger.info("raw %s", "Bearer xoxb-very-secret")
    assert ["slack.connect token=****", "raw Bearer ****"] == [
        r.getMessage() for r in caplog.records
    ]


def test_parser_workers_leave_one_cpu_to_the_bot_and_are_at_most_two() -> None:
    assert [1, 1, 2, 2, 2] == [auto_parse_workers(cpus) for cpus in (1, 2, 3, 4, 64)]


def test_the_shipped_settings_choose_the_parser_workers_by_the_machine() -> None:
    workers = load_settings(BASE).feeds.parse_workers
    assert auto_parse_workers(available_cpus()) == workers


@pytest.mark.parametrize(
    ("given", "ids", "count"),
    [("0-3/8", [0, 1, 2, 3], 8), ("2/8", [2], 8), (" 1 - 2 / 3 ", [1, 2], 3), ("0/1", [0], 1)],
)
def test_discord_shards_are_a_range_of_a_count(given: str, ids: list[int], count: int) -> None:
    shards = load_settings({**BASE, "DISCORD_SHARDS": given}).discord.shards
    assert shards is not None
    assert (ids, count) == (shards.ids, shards.count)


def test_no_discord_shards_means_the_only_shard() -> None:
    assert None is load_settings({**BASE, "DISCORD_SHARDS": ""}).discord.shards


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("4", "DISCORD_SHARDS: expected FIRST-LAST/COUNT or ID/COUNT, e.g. 0-3/8 or 2/8, got '4'"),
        (
            "0-/8",
            "DISCORD_SHARDS: expected FIRST-LAST/COUNT or ID/COUNT, e.g. 0-3/8 or 2/8, got '0-/8'",
        ),
        ("0/0", "DISCORD_SHARDS: the shard count must be at least 1, got 0"),
        (
            "6-9/8",
            "DISCORD_SHARDS: shards 6-9 do not fit in 8: give ids from 0 to 7, lowest first",
        ),
        (
            "3-1/8",
            "DISCORD_SHARDS: shards 3-1 do not fit in 8: give ids from 0 to 7, lowest first",
        ),
    ],
)
def test_bad_discord_shards_are_explained(given: str, problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({**BASE, "DISCORD_SHARDS": given})
    assert (problem,) == tuple(caught.value.problems)
