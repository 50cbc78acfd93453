"""A slow Discord channel does not hold up a Slack retry: each channel has its own lane."""

from __future__ import annotations

import asyncio

from bot.core.errors import RetryLaterError
from tests.chat.slack.emulator import until
from tests.delivery.support import During, World


async def test_a_slack_retry_due_in_5_s_runs_on_time_while_a_discord_channel_hangs(
    world: World,
) -> None:
    slow, quick = await world.subscribe("D1"), await world.subscribe("S1", "slack")
    event_id = await world.story("DE", "Germany bans Huawei")
    await world.enqueue(event_id, slow, quick)
    discord_answers = asyncio.Event()  # Discord takes as long as this test likes
    discord = world.sender(During(discord_answers.wait))
    slack = world.sender(RetryLaterError("slack: HTTP 503"), platform="slack")
    worker = world.worker(discord, slack)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop, interval=0.01))
    try:
        await until(lambda: len(slack.calls) == 1, 5.0, "Slack's first try")
        world.clock.advance(5)  # the retry is due (5 s backoff)
        await until(lambda: len(slack.calls) == 2, 5.0, "Slack's retry while Discord hangs")
        sent = [(p.channel.platform, p.channel.channel) for p in world.platform.posts]
        assert [("slack", "S1")] == sent
        assert (False, 1) == (discord_answers.is_set(), len(discord.calls))
    finally:
        discord_answers.set()
        stop.set()
        await running
    assert {"D1", "S1"} == {p.channel.channel for p in world.platform.posts}


async def test_a_stop_lets_the_send_in_flight_finish_and_be_recorded(world: World) -> None:
    sub = await world.subscribe("D1")
    event_id = await world.story("DE", "Germany bans Huawei")
    await world.enqueue(event_id, sub)
    answers = asyncio.Event()
    sender = world.sender(During(answers.wait))
    worker = world.worker(sender)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop, interval=0.01))
    await until(lambda: bool(sender.calls), 5.0, "the send")

    stop.set()
    answers.set()
    await running

    row = await world.row(event_id, sub)
    assert (["D1"], "sent") == ([p.channel.channel for p in world.platform.posts], row["status"])
