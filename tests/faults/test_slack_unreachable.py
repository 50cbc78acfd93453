"""Slack unreachable at start (Socket Mode): one log line per try, waits doubling, no traceback;
the bot connects once Slack answers."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.chat.slack import Waits
from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import SlackEmulator, until
from tests.chat.slack.support import free_port, running_bot, slack_settings

FIRST_WAIT = 0.05


def unreachable_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "slack.unreachable" in r.getMessage()]


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_slack_answering_503_three_times_costs_three_lines_then_connects(
    tmp_path: Path,
    slack: SlackEmulator,
    database_target: Path | DatabaseUrl,
    caplog: pytest.LogCaptureFixture,
) -> None:
    slack.fail("apps.connections.open", "", status=503, times=3)
    settings = slack_settings(
        tmp_path, slack, database=database_target, SLACK_APP_TOKEN="xapp-test"
    )

    with caplog.at_level(logging.INFO):
        async with running_bot(settings, slack, waits=Waits(first_reconnect=FIRST_WAIT)):
            await slack.send_envelope("events_api", {"event": {"type": "noop"}})

    lines = unreachable_lines(caplog)
    waits = [line.split("retry_in=")[1].split()[0] for line in lines]
    assert (["0.05s", "0.1s", "0.2s"], []) == (waits, tracebacks(caplog))
    assert 4 == len(slack.calls_to("apps.connections.open"))


async def test_slack_down_logs_one_line_per_try_and_never_a_traceback(
    tmp_path: Path,
    slack: SlackEmulator,
    database_target: Path | DatabaseUrl,
    caplog: pytest.LogCaptureFixture,
) -> None:
    closed = f"http://127.0.0.1:{free_port()}/api/"  # nothing listens there
    settings = slack_settings(
        tmp_path,
        slack,
        database=database_target,
        SLACK_APP_TOKEN="xapp-test",
        SLACK_API_URL=closed,
    )

    with caplog.at_level(logging.INFO):
        async with running_bot(
            settings, slack, waits=Waits(first_reconnect=FIRST_WAIT, connect=0.1)
        ):
            await until(lambda: len(unreachable_lines(caplog)) >= 4, 5.0, "four tries")
            await asyncio.sleep(0)

    lines = unreachable_lines(caplog)
    assert [] == tracebacks(caplog)
    assert ["attempt=1", "attempt=2", "attempt=3", "attempt=4"] == [
        line.split()[1] for line in lines[:4]
    ]
