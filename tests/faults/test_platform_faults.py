"""A real `stancebot run` against platforms that rate-limit, fail, refuse or crawl: every alert
reaches each live channel once; a channel that is gone has its subscription disabled, saying why,
and loses nothing it could have had."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.storage.database import Database
from bot.storage.sql import Row
from bot.storage.target import DatabaseUrl
from tests.chat.slack.support import ADMIN, CHANNEL
from tests.chat.test_one_process import STOP_WITHIN
from tests.faults.support import SLACK_ALERTS, platforms, queue_alerts, tally
from tests.postgres import shared
from tests.process import stancebot_run

FINISH_WITHIN = 40.0  # the first retry comes 5 s after a failure


async def rows_of(target: Path | DatabaseUrl, sql: str) -> list[Row]:
    database = await Database.open(target)
    try:
        return await database.fetch_all(sql)
    finally:
        await database.close()


async def deliveries(target: Path | DatabaseUrl) -> dict[str, tuple[str, str]]:
    """Each delivery's nonce: (its channel, its status)."""
    rows = await rows_of(
        target,
        "SELECT d.nonce, s.channel, d.status FROM deliveries d"
        " JOIN subscriptions s ON s.id = d.subscription_id",
    )
    return {row["nonce"]: (row["channel"], row["status"]) for row in rows}


async def disabled(target: Path | DatabaseUrl) -> dict[str, str]:
    sql = "SELECT channel, disabled_reason FROM subscriptions WHERE active = 0"
    return {row["channel"]: row["disabled_reason"] for row in await rows_of(target, sql)}


async def test_429_5xx_403_and_a_slow_platform_lose_and_duplicate_nothing(
    tmp_path: Path, database_target: Path | DatabaseUrl
) -> None:
    async with platforms() as world:
        general, gone = world.discord.channels["general"], world.discord.channels["alerts"]
        env = world.env(tmp_path, shared(database_target))
        expected = await queue_alerts(env, world.channels(), ["DE", "FR", "IT"])
        world.slack.fail(CHANNEL, "ratelimited", status=429, retry_after=1)
        world.slack.fail(SLACK_ALERTS, "channel_not_found")
        world.discord.fail_next("POST", rf"/channels/{general}/messages", 502)
        world.discord.fail_next("POST", rf"/channels/{gone}/messages", 403, 50001)
        world.discord.answer_delay = 0.5  # and Discord is slow throughout
        rows = await deliveries(database_target)
        live = [n for n in expected if rows[n][0] in (CHANNEL, str(general))]

        async with stancebot_run(env) as running:
            await running.until(
                lambda: not tally(live, world.shown())["lost"], FINISH_WITHIN, "the live alerts"
            )
            running.process.send_signal(signal.SIGTERM)
            async with asyncio.timeout(STOP_WITHIN):
                await running.process.wait()
        shown = world.shown()
        owner_heard = [
            m["embeds"][0]["title"] for m in world.discord.direct_messages(world.discord.owner.id)
        ]
        admin_heard = [
            m["text"] for m in world.slack.messages.values() if m.get("channel") == f"D{ADMIN}"
        ]

    after = await deliveries(database_target)
    assert {"lost": [], "duplicated": []} == tally(live, shown)
    assert {"sent"} == {after[n][1] for n in live}
    assert {"dead"} == {status for n, (_, status) in after.items() if n not in live}
    assert {
        SLACK_ALERTS: "slack: channel_not_found",
        str(gone): f"discord channel {gone}: 403 403 error",
    } == await disabled(database_target)
    assert "Traceback" not in running.stderr, running.story()
    # Each platform's admins heard it once, in private.
    assert (1, 1) == (len(owner_heard), len(admin_heard))
    assert ("Alerts stopped for a channel" in owner_heard[0], SLACK_ALERTS in admin_heard[0]) == (
        True,
        True,
    )
