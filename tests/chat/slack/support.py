"""Signed Slack requests, a running bot against the emulator, and news stories in its database."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import aiohttp

from bot.app import App, open_app
from bot.chat.slack import SlackBot, Waits
from bot.platforms import SlackLink
from bot.settings import PROJECT_CONFIG, Settings, load_settings
from bot.storage.target import DatabaseUrl
from tests.chat.slack.emulator import TEAM, Call, SlackEmulator, until
from tests.postgres import on

SECRET = "secret"
OPERATOR = "UOPER"
ADMIN = "UADMIN"
MEMBER = "UMEMBER"
CREATOR = "UCREATOR"
CHANNEL = "CNEWS"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def slack_settings(
    folder: Path,
    slack: SlackEmulator,
    *,
    database: Path | DatabaseUrl | None = None,
    **env: str,
) -> Settings:
    """The project's settings, the emulator as Slack, and UOPER as an operator; the bot's
    database is `database` (a file or a PostgreSQL schema), else a file in `folder`."""
    loaded = load_settings(
        {
            "STANCEBOT_CONFIG": str(PROJECT_CONFIG),
            "STANCEBOT_DB": str(folder / "bot.db"),
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack.api_url,
            "STANCEBOT_HTTP_PORT": str(free_port()),
            **env,
        }
    )
    loaded = on(loaded, database or folder / "bot.db")
    return dataclasses.replace(loaded, operators=(*loaded.operators, f"slack:{OPERATOR}"))


def signature(body: str, timestamp: str, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def command_body(text: str, user: str, channel: str, response_url: str) -> str:
    return urlencode(
        {
            "token": "deprecated-verification-token",
            "team_id": TEAM,
            "team_domain": "emu",
            "channel_id": channel,
            "channel_name": "news",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/huawei",
            "text": text,
            "api_app_id": "AEMU",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def click_body(action_id: str, value: str, user: str, ts: str, response_url: str) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM, "domain": "emu"},
        "user": {"id": user, "team_id": TEAM},
        "api_app_id": "AEMU",
        "channel": {"id": CHANNEL, "name": "news"},
        "container": {"type": "message", "message_ts": ts, "channel_id": CHANNEL},
        "message": {"ts": ts, "type": "message"},
        "response_url": response_url,
        "trigger_id": "1.2.3",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "value": value,
                "block_id": "b",
                "action_ts": "1.1",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    text: str


@dataclass
class Harness:
    app: App
    bot: SlackBot
    slack: SlackEmulator

    @property
    def endpoint(self) -> str:
        settings = self.app.settings
        return f"http://{settings.http_host}:{settings.http_port}/slack/events"

    async def post(
        self,
        body: str,
        *,
        timestamp: str | None = None,
        signed_with: str = SECRET,
        content_type: str = "application/x-www-form-urlencoded",
    ) -> Answer:
        stamp = timestamp or str(int(time.time()))
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature(body, stamp, signed_with),
        }
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.endpoint, data=body.encode(), headers=headers) as response,
        ):
            return Answer(response.status, response.content_type, await response.text())

    async def command(self, text: str, user: str = MEMBER, channel: str = CHANNEL) -> Call:
        """Run `/huawei <text>` as Slack would; the reply posted to its response_url."""
        url = self.slack.response_url()
        answer = await self.post(command_body(text, user, channel, url))
        assert (200, "") == (answer.status, answer.text)
        return await self.response(url)

    async def click(self, action_id: str, value: str, user: str, ts: str) -> Call:
        url = self.slack.response_url()
        answer = await self.post(click_body(action_id, value, user, ts, url))
        assert 200 == answer.status
        return await self.response(url)

    async def response(self, url: str) -> Call:
        """The first post the bot made to `url`, waiting for it."""
        key = url.rsplit("/", 1)[1]

        def posted() -> list[Call]:
            return [c for c in self.slack.calls_to("response_url") if c.params["key"] == key]

        await until(lambda: bool(posted()), 5.0, f"a post to {url}")
        return posted()[0]


@asynccontextmanager
async def running_bot(
    settings: Settings,
    slack: SlackEmulator,
    adapt: Callable[[App], App] = lambda app: app,
    waits: Waits | None = None,
) -> AsyncIterator[Harness]:
    """The bot serving `settings` (its app changed by `adapt` first), stopped afterwards."""
    link = SlackLink(settings)
    async with open_app(settings, outlets={"slack": link.outlet}) as opened:
        app = adapt(opened)
        bot = link.serve(app, waits=waits)
        await bot.start()
        try:
            yield Harness(app, bot, slack)
        finally:
            await bot.stop()
