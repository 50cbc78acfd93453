"""Starting and stopping the Slack app: clear errors for bad settings, a clean stop."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.app import open_app
from bot.core.errors import ConfigError
from bot.platforms import SlackLink
from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import SlackEmulator
from tests.chat.slack.support import (
    ADMIN,
    CHANNEL,
    Harness,
    command_body,
    running_bot,
    slack_settings,
)


async def test_the_alert_sender_is_the_one_wired_at_start(harness: Harness) -> None:
    assert ("http", harness.bot.sender) == (harness.bot.mode, harness.app.senders["slack"])


@pytest.mark.parametrize(
    ("env", "failing", "problem"),
    [
        (
            {"SLACK_SIGNING_SECRET": ""},
            "",
            "set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode",
        ),
        ({}, "auth.test", "SLACK_BOT_TOKEN: invalid_auth"),
        ({"SLACK_APP_TOKEN": "xapp-bad"}, "apps.connections.open", "SLACK_APP_TOKEN: invalid_auth"),
    ],
)
async def test_bad_settings_stop_the_start_with_a_clear_message(
    tmp_path: Path,
    slack: SlackEmulator,
    env: dict[str, str],
    failing: str,
    problem: str,
) -> None:
    if failing:
        slack.fail(failing, "invalid_auth")
    settings = slack_settings(tmp_path, slack, database=None, **env)
    link = SlackLink(settings)
    async with open_app(settings, outlets={"slack": link.outlet}) as app:
        bot = link.serve(app)
        with pytest.raises(ConfigError) as raised:
            await bot.start()

    assert (problem,) == raised.value.problems
    assert not await bot.connected()


async def test_a_command_in_flight_finishes_when_the_bot_stops(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> None:
    slack.delays["users.info"] = 0.3
    url = slack.response_url()
    async with running_bot(
        slack_settings(tmp_path, slack, database=database_target), slack
    ) as harness:
        answer = await harness.post(command_body("subscribe", ADMIN, CHANNEL, url))
    # running_bot has stopped the bot: the reply must already have been posted

    posted = [c for c in slack.calls_to("response_url") if url.endswith(c.params["key"])]
    assert (200, 1) == (answer.status, len(posted))
    assert not await harness.bot.connected()  # stopped: its route is no longer served


async def test_no_token_reaches_the_logs(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    await harness.command("subscribe", user=ADMIN)
    await harness.post(command_body("country uk", ADMIN, CHANNEL, "x"), signed_with="forged")

    assert "xoxb-test" not in caplog.text
    assert "deprecated-verification-token" not in caplog.text
