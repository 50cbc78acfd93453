"""Socket Mode: with SLACK_APP_TOKEN the bot dials out to Slack's websocket instead of listening."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import parse_qsl

from bot.chat.slack import SlackBot
from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import Call, SlackEmulator, until
from tests.chat.slack.support import (
    CHANNEL,
    MEMBER,
    click_body,
    command_body,
    running_bot,
    slack_settings,
)


async def until_connected(bot: SlackBot) -> None:
    deadline = asyncio.get_running_loop().time() + 5.0
    while not await bot.connected():
        assert asyncio.get_running_loop().time() < deadline, "the socket never connected"
        await asyncio.sleep(0.02)


async def ack_of(slack: SlackEmulator, envelope_id: str) -> Call:
    def acks() -> list[Call]:
        return [
            c for c in slack.calls_to("socket_ack") if c.params.get("envelope_id") == envelope_id
        ]

    await until(lambda: bool(acks()), 5.0, f"the ack of {envelope_id}")
    return acks()[0]


async def test_a_slash_command_envelope_is_acked_then_answered(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> None:
    settings = slack_settings(
        tmp_path, slack, database=database_target, SLACK_APP_TOKEN="xapp-test"
    )
    async with running_bot(settings, slack) as harness:
        url = slack.response_url()
        payload = dict(parse_qsl(command_body("country uk", MEMBER, CHANNEL, url)))
        envelope_id = await slack.send_envelope("slash_commands", payload)
        ack = await ack_of(slack, envelope_id)
        reply = await harness.response(url)

    opened = slack.calls_to("apps.connections.open")[0]
    assert ("socket", "xapp-test") == (harness.bot.mode, opened.token)
    assert {"envelope_id": envelope_id} == ack.params
    assert "United Kingdom" in reply.params["blocks"][0]["text"]["text"]


async def test_a_button_envelope_is_acked_then_permission_checked(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> None:
    settings = slack_settings(
        tmp_path, slack, database=database_target, SLACK_APP_TOKEN="xapp-test"
    )
    async with running_bot(settings, slack) as harness:
        url = slack.response_url()
        click = dict(parse_qsl(click_body("stancebot_confirm", "1", MEMBER, "1.0", url)))
        payload = json.loads(click["payload"])
        envelope_id = await slack.send_envelope("interactive", payload)
        ack = await ack_of(slack, envelope_id)
        reply = await harness.response(url)

    assert {"envelope_id": envelope_id} == ack.params
    assert "Only a bot operator may do that" in json.dumps(reply.params["blocks"])


async def test_readiness_sees_the_socket_open_and_then_closed(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> None:
    settings = slack_settings(
        tmp_path, slack, database=database_target, SLACK_APP_TOKEN="xapp-test"
    )
    async with running_bot(settings, slack) as harness:
        await until_connected(harness.bot)
        while_serving = await harness.bot.connected()
    after_stop = await harness.bot.connected()
    assert (True, False) == (while_serving, after_stop)
