"""Configuration as people set it: `.env` beneath the environment, the demo on its own database,
`--version`, and `config check` naming every problem at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.core.analysis import compiled
from bot.core.errors import ConfigError
from bot.environment import read_environment
from bot.settings import PROJECT_CONFIG, load_settings
from tests.conftest import copy_config

PLATFORM_VARIABLES = ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")


@pytest.fixture(autouse=True)
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in PLATFORM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STANCEBOT_CONFIG", str(PROJECT_CONFIG))
    monkeypatch.setenv("STANCEBOT_DB", str(tmp_path / "bot.db"))
    monkeypatch.setenv("STANCEBOT_ENV_FILE", "")
    monkeypatch.setenv("STANCEBOT_HTTP_PORT", "0")
    return tmp_path


def test_the_env_file_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\nSTANCEBOT_LOG_LEVEL=DEBUG\nSTANCEBOT_HTTP_PORT=9000\n"
        "export DISCORD_GUILD_ID=42\nSLACK_BOT_TOKEN='xoxb-from-file'\n"
    )
    merged, read = read_environment(
        {"STANCEBOT_ENV_FILE": str(env_file), "STANCEBOT_HTTP_PORT": "9100"}
    )
    settings = load_settings({**merged, "STANCEBOT_CONFIG": str(PROJECT_CONFIG)})
    assert env_file == read
    assert ("DEBUG", 9100, 42) == (
        settings.log_level,
        settings.http_port,
        settings.discord.guild_id,
    )
    assert settings.slack.bot_token is not None
    assert "xoxb-from-file" == settings.slack.bot_token.value


def test_dot_env_in_the_working_folder_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=from-dot-env\n")
    monkeypatch.chdir(tmp_path)
    merged, read = read_environment({})
    assert (Path(".env"), "from-dot-env") == (read, merged["DISCORD_TOKEN"])
    assert ({"STANCEBOT_ENV_FILE": ""}, None) == read_environment({"STANCEBOT_ENV_FILE": ""})


def test_an_env_file_named_but_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="STANCEBOT_ENV_FILE names no file"):
        read_environment({"STANCEBOT_ENV_FILE": str(tmp_path / "nowhere.env")})


def items_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM items").fetchone()[0])


def test_the_demo_never_writes_to_the_configured_database(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["poll", "--once"])
    _, err = capsys.readouterr()
    assert f"the demo runs on {environment / 'demo.db'}" in err
    assert (False, 40) == ((environment / "bot.db").exists(), items_in(environment / "demo.db"))


def test_the_demo_database_can_be_named(
    environment: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STANCEBOT_DEMO_DB", str(environment / "elsewhere.db"))
    assert 0 == main(["poll", "--once"])
    capsys.readouterr()
    assert 40 == items_in(environment / "elsewhere.db")


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert (0, f"stancebot {__version__}\n") == (exited.value.code, capsys.readouterr().out)


def test_config_check_prints_the_settings_with_secrets_masked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-real-secret")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-real-secret")
    code = main(["config", "check"])
    out = capsys.readouterr().out
    lines = set(out.splitlines())
    assert 0 == code
    assert {
        "mode = slack socket mode",
        "slack.bot_token = ****",
        "slack.signing_secret = (not set)",
        "http_port = 0",
        "No problems found.",
    } <= lines
    assert "real-secret" not in out


@pytest.mark.parametrize(
    ("fresh", "expected"),
    [
        (True, "analysis = compiled to C (mypyc)"),
        (
            False,
            "analysis = read as Python (slower; `make` compiles it, given a C compiler)",
        ),
    ],
)
def test_config_check_says_whether_the_analysis_runs_compiled(
    fresh: bool, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(compiled, "fresh", lambda: fresh)
    main(["config", "check"])
    assert expected in capsys.readouterr().out.splitlines()


def test_config_check_names_every_problem_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "not-a-slack-token")
    monkeypatch.setenv("STANCEBOT_LOG_FORMAT", "xml")
    monkeypatch.setenv("STANCEBOT_HTTP_PORT", "0")
    monkeypatch.setenv("DISCORD_GUILD_ID", "my-server")
    code = main(["config", "check"])
    out = capsys.readouterr().out
    problems = [line[4:].split(":")[0] for line in out.splitlines() if line.startswith("  - ")]
    assert 1 == code
    assert "5 problems:" in out
    assert [
        "STANCEBOT_LOG_FORMAT",
        "DISCORD_GUILD_ID",
        "SLACK_BOT_TOKEN",
        "Slack HTTP mode needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)",
        "Slack HTTP mode needs STANCEBOT_HTTP_PORT (0 turns the listener off)",
    ] == problems
    assert "not-a-slack-token" not in out


def test_config_check_reads_the_reading_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = copy_config(tmp_path / "config")
    # A model written by an older version: one JSON document, not this version's format.
    (tmp_path / "config" / "reading-model.jsonl").write_text('{"format": 1, "item": {}}\n')
    monkeypatch.setenv("STANCEBOT_CONFIG", str(settings))
    code = main(["config", "check"])
    problems = [
        line[4:] for line in capsys.readouterr().out.splitlines() if line.startswith("  - ")
    ]
    assert 1 == code
    assert [
        "data.reading_model: The reading model is not in this version's format: refit it with"
        " `make model` (or `python -m training fit`)"
    ] == problems
