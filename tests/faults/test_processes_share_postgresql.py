"""Two `stancebot run` processes on one PostgreSQL database, each running its own Discord shard
(DISCORD_SHARDS=0/2 and 1/2) and serving Slack: one is killed with kill -9 while it delivers,
and every alert still reaches its Slack or Discord channel exactly once."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from tests.chat.test_one_process import START_WITHIN, STOP_WITHIN
from tests.faults.support import Platforms, platforms, queue_alerts, tally
from tests.postgres import fresh_schema
from tests.process import stancebot_run

COUNTRIES = ["DE", "FR", "IT", "ES", "PL", "NL"]  # 6 alerts for 4 channels: 24 deliveries
FINISH_WITHIN = 40.0  # Slack takes one message a second per channel


def identified_shards(world: Platforms) -> list[tuple[int, ...]]:
    return sorted(tuple(i["shard"]) for i in world.discord.gateway.identified)


async def test_two_processes_deliver_every_alert_once_though_one_is_killed(
    tmp_path: Path,
) -> None:
    async with fresh_schema() as url, platforms(shard_count=2) as world:
        # Posts are stored at once and answered late: the kill often falls in between.
        world.slack.answer_delays["chat.postMessage"] = 0.3
        world.discord.answer_delay = 0.3
        first, second = (tmp_path / "first", tmp_path / "second")
        first.mkdir()
        second.mkdir()
        env_first = world.env(first, url, shards="0/2")
        env_second = world.env(second, url, shards="1/2")
        expected = await queue_alerts(env_first, world.channels(), COUNTRIES)
        async with stancebot_run(env_first) as killed, stancebot_run(env_second) as survivor:
            await killed.until(lambda: sum(world.shown().values()) > 0, START_WITHIN, "a send")
            killed.process.kill()
            await killed.process.wait()
            at_kill = sum(world.shown().values())
            await survivor.until(
                lambda: not tally(expected, world.shown())["lost"],
                FINISH_WITHIN,
                "every alert in its channel",
            )
            await survivor.until(
                lambda: (1, 2) in identified_shards(world), START_WITHIN, "its shard's IDENTIFY"
            )
            survivor.process.send_signal(signal.SIGTERM)
            async with asyncio.timeout(STOP_WITHIN):
                await survivor.process.wait()
        shown = world.shown()
        identified = identified_shards(world)

    assert (24, -signal.SIGKILL, 0, True) == (
        len(expected),
        killed.process.returncode,
        survivor.process.returncode,
        0 < at_kill < len(expected),  # killed in the middle of the work
    )
    # The survivor ran its own shard alone (the other process may die before it identifies).
    assert [(1, 2)] == [shard for shard in identified if shard != (0, 2)]
    assert {"lost": [], "duplicated": []} == tally(expected, shown)
