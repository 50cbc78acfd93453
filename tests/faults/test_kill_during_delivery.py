"""kill -9 of `stancebot run` while it delivers, a few times over, then a clean run: every alert
reaches its Slack or Discord channel exactly once."""

from __future__ import annotations

import asyncio
import random
import signal
from pathlib import Path

from bot.storage.target import DatabaseUrl
from tests.chat.test_one_process import START_WITHIN, STOP_WITHIN
from tests.faults.support import platforms, queue_alerts, tally
from tests.postgres import shared
from tests.process import stancebot_run

COUNTRIES = ["DE", "FR", "IT", "ES", "PL", "NL"]  # 6 alerts for 4 channels: 24 deliveries
KILLS = 3
FINISH_WITHIN = 40.0  # Slack takes one message a second per channel


async def test_three_kill_9_during_delivery_lose_nothing_and_duplicate_nothing(
    tmp_path: Path, database_target: Path | DatabaseUrl
) -> None:
    chance = random.Random(13)  # when to kill: not a secret
    async with platforms() as world:
        # Posts are stored at once and answered late: a kill often falls in between.
        world.slack.answer_delays["chat.postMessage"] = 0.3
        world.discord.answer_delay = 0.3
        env = world.env(tmp_path, shared(database_target))
        expected = await queue_alerts(env, world.channels(), COUNTRIES)
        killed = 0
        for _ in range(KILLS):
            async with stancebot_run(env) as running:
                before = sum(world.shown().values())
                await running.until(
                    lambda before=before: sum(world.shown().values()) > before,  # type: ignore[misc]
                    START_WITHIN,
                    "a delivery to kill",
                )
                await asyncio.sleep(chance.uniform(0.0, 0.4))
                running.process.kill()
                await running.process.wait()
                killed += 1
        async with stancebot_run(env) as running:
            await running.until(
                lambda: not tally(expected, world.shown())["lost"],
                FINISH_WITHIN,
                "every alert in its channel",
            )
            running.process.send_signal(signal.SIGTERM)
            async with asyncio.timeout(STOP_WITHIN):
                await running.process.wait()
        shown = world.shown()
        unrouted = world.discord.unrouted

    assert (KILLS, 24) == (killed, len(expected))
    assert {"lost": [], "duplicated": []} == tally(expected, shown)
    assert [] == unrouted
