"""Health, readiness and metrics on the bot's HTTP listener.

The whole bot runs as people start it (`python -m bot run`, the terminal demo, no token) and is
scraped over HTTP while its first poll of the demo feed is analysed and delivered; readiness's
reasons are checked in-process on a bot whose parts are down.
"""

from __future__ import annotations

import re
import signal
from pathlib import Path

import aiohttp
import pytest

from bot.app import App
from bot.core.errors import StanceBotError
from bot.listener import HttpListener
from tests.chat.slack.support import free_port
from tests.process import Running, http_get, ready, stancebot_run

START_WITHIN = 30.0  # seconds for the listener, the first poll and the scheduler
DEMO_ITEMS = 40


def sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text format (0.0 when it is absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    for line in metrics.splitlines():
        found = re.fullmatch(rf"{name}(?:\{{(.*)\}})? (\S+)", line)
        if found and ",".join(sorted((found.group(1) or "").split(","))).strip(",") == wanted:
            return float(found.group(2))
    return 0.0


async def scraped(running: Running, port: int) -> str:
    async def settled() -> bool:
        """The demo's items analysed, and their alerts delivered."""
        status, body = await http_get(port, "/metrics")
        analysed = sample(body, "stancebot_items_analysed_total") == DEMO_ITEMS
        sent = sample(body, "stancebot_outbox_depth", status="sent") > 0
        pending = sample(body, "stancebot_outbox_depth", status="pending")
        return status == 200 and analysed and sent and pending == 0

    await running.until(settled, START_WITHIN, "the demo's items counted on /metrics")
    _, body = await http_get(port, "/metrics")
    return body


async def test_the_running_demo_answers_health_readiness_and_metrics(tmp_path: Path) -> None:
    port = free_port()
    env = {"STANCEBOT_DB": str(tmp_path / "bot.db"), "STANCEBOT_HTTP_PORT": str(port)}
    async with stancebot_run(env, "--console", keep_stdin=True) as running:
        await running.until(lambda: ready(port), START_WITHIN, "/readyz to say ready")
        metrics = await scraped(running, port)
        health, readiness = await http_get(port, "/healthz"), await http_get(port, "/readyz")
        running.process.send_signal(signal.SIGTERM)
        await running.process.wait()

    assert ((200, "ok\n"), (200, "ready\n")) == (health, readiness)
    counted = {
        "polls ok": sample(metrics, "stancebot_polls_total", outcome="ok"),
        "items": sample(metrics, "stancebot_items_analysed_total"),
        "feeds ok": sample(metrics, "stancebot_feeds", state="ok"),
        "fetch timed": sample(metrics, "stancebot_fetch_seconds_count"),
    }
    assert {"polls ok": 1, "items": DEMO_ITEMS, "feeds ok": 1, "fetch timed": 1} == counted
    sent = sample(metrics, "stancebot_deliveries_total", platform="console", outcome="sent")
    changes = sample(metrics, "stancebot_events_total", kind="change")
    banned = sample(metrics, "stancebot_findings_total", stance="banned")
    in_outbox = sample(metrics, "stancebot_outbox_depth", status="sent")
    assert (True, True, True) == (sent > 5, changes >= sent, banned > 0)
    assert in_outbox == sent  # each row the outbox marked sent was counted once
    assert "# TYPE stancebot_delivery_seconds histogram" in metrics
    assert not (tmp_path / "bot.db").exists()  # the demo kept to its own file
    assert (tmp_path / "demo.db").exists()


class Platform:
    """A chat platform as readiness sees it: our own interface, with a switch."""

    def __init__(self, name: str, up: bool) -> None:
        self.name, self.up = name, up

    async def connected(self) -> bool:
        return self.up


async def get(listener: HttpListener, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{listener.port}{path}") as response,
    ):
        return response.status, await response.text()


async def test_readiness_names_every_part_that_is_down(app: App) -> None:
    listener = HttpListener(app, "127.0.0.1", free_port())
    listener.platforms = [Platform("slack", up=True), Platform("discord", up=False)]
    await listener.start()
    try:
        down = await get(listener, "/readyz")
        await app.scheduler.start()
        listener.platforms = [Platform("slack", up=True)]
        up = await get(listener, "/readyz")
        await app.scheduler.stop()
        health = await get(listener, "/healthz")
    finally:
        await listener.stop()
    assert (503, "discord: not connected\nscheduler: not running\n") == down
    assert ((200, "ready\n"), (200, "ok\n")) == (up, health)


async def test_an_unreachable_database_makes_it_unready(app: App) -> None:
    listener = HttpListener(app, "127.0.0.1", free_port())
    await app.database.close()
    reasons = await listener.not_ready()
    assert ["database", "scheduler"] == [reason.split(":")[0] for reason in reasons]


async def test_a_taken_port_is_refused_with_the_variable_to_change(app: App) -> None:
    first = HttpListener(app, "127.0.0.1", free_port())
    await first.start()
    try:
        with pytest.raises(StanceBotError, match="STANCEBOT_HTTP_PORT"):
            await HttpListener(app, "127.0.0.1", first.port).start()
    finally:
        await first.stop()


async def test_nothing_is_mounted_where_no_platform_asked(app: App) -> None:
    listener = HttpListener(app, "127.0.0.1", free_port())
    await listener.start()
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{listener.port}/slack/events") as response,
        ):
            status = response.status
    finally:
        await listener.stop()
    assert 404 == status
