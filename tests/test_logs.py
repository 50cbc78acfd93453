"""Log lines: plain key=value by default, one JSON object per line with STANCEBOT_LOG_FORMAT=json;
secrets masked in both, in messages, context values and tracebacks alike."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.logs import configure_logging, event
from bot.settings import PROJECT_CONFIG

SECRET = "xoxb-very-secret-token"


@pytest.fixture(autouse=True)
def root_logging() -> Iterator[None]:
    """configure_logging replaces the root's handlers: each test gets them back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


def log_some(capsys: pytest.CaptureFixture[str], log_format: str) -> list[str]:
    configure_logging("INFO", [SECRET], log_format)
    logger = logging.getLogger("test.logs")
    event(logger, "slack.connect", token=SECRET, attempts=2, note="two words")
    logger.warning("raw Bearer %s", SECRET)
    try:
        raise RuntimeError(f"refused {SECRET}")
    except RuntimeError:
        logger.exception("call.failed")
    return capsys.readouterr().err.splitlines()


def test_plain_is_the_default_format_and_masks_secrets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = log_some(capsys, "plain")
    assert lines[0].endswith('INFO test.logs slack.connect token=**** attempts=2 note="two words"')
    assert lines[1].endswith("WARNING test.logs raw Bearer ****")
    assert "RuntimeError: refused ****" in lines
    assert [] == [line for line in lines if SECRET in line]


def test_json_writes_one_object_per_line_with_the_event_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = log_some(capsys, "json")
    objects = [json.loads(line) for line in lines]
    for found in objects:
        del found["time"]
    assert 3 == len(lines)
    assert {
        "level": "INFO",
        "logger": "test.logs",
        "event": "slack.connect",
        "token": "****",
        "attempts": 2,
        "note": "two words",
    } == objects[0]
    assert {"level": "WARNING", "logger": "test.logs", "message": "raw Bearer ****"} == objects[1]
    assert ("call.failed", True) == (
        objects[2]["message"],
        objects[2]["exception"].endswith("RuntimeError: refused ****"),
    )
    assert [] == [line for line in lines if SECRET in line]


def test_the_bot_logs_json_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in {
        "STANCEBOT_CONFIG": str(PROJECT_CONFIG),
        "STANCEBOT_DB": str(tmp_path / "bot.db"),
        "STANCEBOT_ENV_FILE": "",
        "STANCEBOT_LOG_FORMAT": "json",
        "STANCEBOT_LOG_LEVEL": "INFO",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert 0 == main(["poll", "--once"])
    logged = [line for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    objects: list[dict[str, Any]] = [json.loads(line) for line in logged]
    polled = [o for o in objects if o.get("event") == "feed.polled"]
    assert [(40, 40)] == [(o["entries"], o["new"]) for o in polled]
    assert {"time", "level", "logger"} <= set(objects[0])
