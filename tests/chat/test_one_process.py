"""`stancebot run` as people start it: one real process serving Slack and Discord at once.

The command line runs as a subprocess against the local Slack and Discord emulators, started in
this test's event loop. It answers `/huawei country uk` on both platforms, delivers an alert
from its feed poll to a Slack channel and a Discord channel, and stops cleanly on SIGTERM.

The alert needs one poll that finds a new item on a feed polled before. A feed's first poll
only primes it, and the next one comes an interval later (a minute at the least), so the feed
(a global one, from settings) is primed here before the process starts, by the same poller
with a clock an hour back: it is then due, and the process polls it as soon as it starts. The
local feed holds that poll's answer until both channels have subscribed through their
commands, then answers with the news.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import open_app
from bot.polling import PollOutcome
from bot.settings import PROJECT_CONFIG, load_settings
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import TOKEN, DiscordEmulator
from tests.chat.discord.payloads import JSON
from tests.chat.discord.support import People, answered, embed_of
from tests.chat.slack.emulator import Call, SlackEmulator
from tests.chat.slack.support import (
    ADMIN,
    CHANNEL,
    CREATOR,
    MEMBER,
    SECRET,
    command_body,
    free_port,
    signature,
)
from tests.conftest import copy_config
from tests.postgres import as_env
from tests.process import Running, accepting, http_get, ready, stancebot_run

START_WITHIN = 20.0  # seconds for the process to connect to both platforms
ANSWER_WITHIN = 10.0  # seconds for a reply or an alert to arrive
STOP_WITHIN = 15.0  # seconds for SIGTERM to end the process
SERVING = "stancebot is serving its chat platforms"

OLD_NEWS = """<item><title>Huawei opens a 5G research lab in Munich</title>
<link>https://news.example/munich-lab</link><guid isPermaLink="false">munich-lab</guid>
<pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>
<description>The lab will test network equipment with universities.</description></item>"""
HEADLINE = "Germany bans Huawei from its 5G networks"


def ban_news(published: datetime) -> str:
    return f"""<item><title>{HEADLINE}</title>
<link>https://news.example/germany-ban</link><guid isPermaLink="false">germany-ban</guid>
<pubDate>{format_datetime(published)}</pubDate>
<description>The German government ordered operators to remove Huawei equipment from 5G
networks, a full ban on the Chinese vendor.</description></item>"""


# A feed on 127.0.0.1 ---------------------------------------------------------------------------


@dataclass
class LocalFeed:
    """An RSS feed whose requests wait while `gate` is closed (once one is set)."""

    items: list[str]
    requests: int = 0
    gate: asyncio.Event | None = None
    url: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        server = web.Application()
        server.add_routes([web.get("/feed.xml", self._serve)])
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/feed.xml"

    async def close(self) -> None:
        if self.gate is not None:
            self.gate.set()  # a poll still waiting gets its answer rather than hanging
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.Response:
        self.requests += 1
        if self.gate is not None:
            await self.gate.wait()
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            "<title>Local 5G news</title><link>https://news.example/</link>"
            f"<description>Test feed</description>{''.join(self.items)}</channel></rss>"
        )
        return web.Response(text=body, content_type="application/rss+xml")


def config_with_feed(folder: Path, feed_url: str, local_files: Path | None = None) -> Path:
    """The project's config, with the local feed as the only global feed, polled without
    jitter, and 127.0.0.1 let through the address guard; `local_files`: the folder of the
    bot's local files when STANCEBOT_DB is a PostgreSQL URL (else ./data)."""
    local = {}
    if local_files is not None:
        local = {'database = "data/stancebot.db"': f'database = "{local_files / "bot.db"}"'}
    listed = re.search(r"^global = \[.*?^\]", PROJECT_CONFIG.read_text("utf-8"), re.M | re.S)
    assert listed is not None, "config/settings.toml has no `global = [...]` list"
    return copy_config(
        folder,
        **{
            listed.group(0): f'global = ["{feed_url}"]',
            "allow_addresses = []": 'allow_addresses = ["127.0.0.1"]',
            "jitter_seconds = 120": "jitter_seconds = 0",
            **local,
        },
    )


async def prime(env: dict[str, str]) -> None:
    """The global feed's first poll, as a run an hour ago would have made: its items are stored
    as seen, and the next poll is due as soon as the process starts."""
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    async with open_app(load_settings(env), clock=lambda: an_hour_ago) as app:
        await app.sync_feeds()
        [feed] = await app.feeds.listed()
        report = await app.poller.poll(feed)
    assert (PollOutcome.OK, 1) == (report.outcome, report.new)


# Talking to it -------------------------------------------------------------------------------


async def slack_command(
    running: Running, slack: SlackEmulator, port: int, text: str, user: str
) -> Call:
    """`/huawei <text>` as Slack sends it, really signed; the bot's post to its response_url."""
    url = slack.response_url()
    body = command_body(text, user, CHANNEL, url)
    stamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature(body, stamp),
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers=headers
        ) as response,
    ):
        acked = (response.status, await response.text())
    assert (200, "") == acked

    def posted() -> list[Call]:
        key = url.rsplit("/", 1)[1]
        return [c for c in slack.calls_to("response_url") if c.params["key"] == key]

    await running.until(lambda: bool(posted()), ANSWER_WITHIN, f"Slack's answer to {text!r}")
    return posted()[0]


def heading(call: Call) -> str:
    return str(call.params["blocks"][0]["text"]["text"])


def slack_alerts(slack: SlackEmulator) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == CHANNEL]


def discord_alerts(discord: DiscordEmulator) -> list[JSON]:
    posts = discord.sent("POST", rf"/channels/{discord.channels['general']}/messages")
    return [post.body for post in posts]


# The test -------------------------------------------------------------------------------------


async def test_one_process_serves_slack_and_discord_then_stops_cleanly_on_sigterm(
    tmp_path: Path, database_target: Path | DatabaseUrl
) -> None:
    slack, discord = SlackEmulator(), DiscordEmulator()
    feed = LocalFeed([OLD_NEWS])
    await slack.start()
    await discord.start()
    await feed.start()
    try:
        await serve_both(tmp_path, database_target, slack, discord, feed)
    finally:
        await feed.close()
        await discord.close()
        await slack.close()
    assert [] == discord.unrouted  # the bot used no route the emulator lacks


async def serve_both(
    tmp_path: Path,
    database: Path | DatabaseUrl,
    slack: SlackEmulator,
    discord: DiscordEmulator,
    feed: LocalFeed,
) -> None:
    slack.add_user(ADMIN, admin=True)
    slack.add_user(MEMBER)
    slack.add_channel(CHANNEL, creator=CREATOR)
    people = People.join(discord)  # before the bot connects: they arrive in GUILD_CREATE
    port = free_port()
    env = {
        "STANCEBOT_CONFIG": str(config_with_feed(tmp_path / "config", feed.url, tmp_path)),
        "STANCEBOT_DB": as_env(database),
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "STANCEBOT_HTTP_PORT": str(port),
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": discord.api_base,
        "DISCORD_GATEWAY_URL": discord.gateway_url,
        "DISCORD_GUILD_ID": str(discord.guild_id),
    }
    await prime(env)
    published = datetime.now(UTC) - timedelta(minutes=5)
    gate = asyncio.Event()  # the process's first poll waits until the channels subscribed
    feed.items, feed.gate = [OLD_NEWS, ban_news(published)], gate

    async with stancebot_run(env) as running:
        await running.until(discord.gateway.ready.is_set, START_WITHIN, "Discord's IDENTIFY")
        await running.until(
            lambda: bool(discord.commands.get(discord.guild_id)),
            START_WITHIN,
            "the Discord commands' sync",
        )
        await running.until(lambda: accepting(port), START_WITHIN, f"Slack HTTP on :{port}")
        await running.until(lambda: SERVING in running.stdout, START_WITHIN, "serving")
        await running.until(lambda: ready(port), START_WITHIN, "/readyz: both platforms up")
        assert (200, "ready\n") == await http_get(port, "/readyz")
        await running.until(lambda: 2 == feed.requests, ANSWER_WITHIN, "the feed's due poll")

        # Lookups, on each platform.
        looked_up = await slack_command(running, slack, port, "country uk", MEMBER)
        asked = await discord.command(people.member, "huawei country", name="uk")
        card = embed_of(await answered(discord, asked))
        assert ("ephemeral", True) == (
            looked_up.params["response_type"],
            "United Kingdom" in heading(looked_up),
        )
        assert "🇬🇧 United Kingdom: Banned" == card["title"]

        # A channel on each platform subscribes; then the poll gets its news.
        subscribed = await slack_command(running, slack, port, "subscribe", ADMIN)
        asked = await discord.command(people.manager, "huawei subscribe")
        discord_subscribed = embed_of(await answered(discord, asked))
        assert ("✅ Subscribed", "Subscribed") == (
            heading(subscribed),
            discord_subscribed["title"],
        )
        gate.set()
        await running.until(
            lambda: bool(slack_alerts(slack) and discord_alerts(discord)),
            ANSWER_WITHIN,
            "the alert in the Slack channel and in the Discord channel",
        )
        [slack_alert] = slack_alerts(slack)
        [discord_alert] = discord_alerts(discord)
        assert (True, True) == (
            HEADLINE in json.dumps(slack_alert.params["blocks"], ensure_ascii=False),
            HEADLINE in discord_alert["embeds"][0]["description"],
        )

        # SIGTERM: a clean stop.
        running.process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(STOP_WITHIN):
                code = await running.process.wait()
        except TimeoutError:
            raise AssertionError(
                f"no exit {STOP_WITHIN:.0f} s after SIGTERM{running.story()}"
            ) from None
    ended: dict[str, Any] = {
        "code": code,
        "stopped": "stancebot stopped." in running.stdout,
        "traceback": "Traceback" in running.stderr,
    }
    assert {"code": 0, "stopped": True, "traceback": False} == ended, running.story()
