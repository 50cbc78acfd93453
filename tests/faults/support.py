"""The fault suite's world: local Slack and Discord, a quiet local feed, `stancebot run` as a real
process, alerts queued in its database beforehand, and a tally of what the channels show."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.app import open_app
from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.routing import Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest
from bot.settings import load_settings
from bot.storage.outbox import Outbox
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import TOKEN, DiscordEmulator
from tests.chat.slack.emulator import TEAM, SlackEmulator
from tests.chat.slack.support import ADMIN, CHANNEL, CREATOR, SECRET, free_port
from tests.chat.test_one_process import OLD_NEWS, LocalFeed, config_with_feed
from tests.samples import reported_event

SLACK_ALERTS = "CALERTS"


@dataclass
class Platforms:
    slack: SlackEmulator
    discord: DiscordEmulator
    feed: LocalFeed  # the only global feed: old news, so the process polls without alerting

    def channels(self) -> list[Channel]:
        guild = str(self.discord.guild_id)
        return [
            Channel("slack", TEAM, CHANNEL),
            Channel("slack", TEAM, SLACK_ALERTS),
            *(Channel("discord", guild, str(c)) for c in self.discord.channels.values()),
        ]

    def env(
        self, folder: Path, database: DatabaseUrl | None = None, shards: str = ""
    ) -> dict[str, str]:
        """`stancebot run` serving both platforms (Slack in HTTP mode) on a database in `folder`,
        or on the PostgreSQL `database` with its local files in `folder`; `shards`: the Discord
        shards it runs (DISCORD_SHARDS)."""
        config = folder / "config"
        if not config.exists():
            settings = config_with_feed(config, self.feed.url, folder)
            text = settings.read_text("utf-8").replace(
                "admin_users = []", f'admin_users = ["{ADMIN}"]'
            )
            settings.write_text(text, "utf-8")
        return {
            "STANCEBOT_CONFIG": str(config / "settings.toml"),
            "STANCEBOT_DB": database.value if database else str(folder / "bot.db"),
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": self.slack.api_url,
            "STANCEBOT_HTTP_PORT": str(free_port()),
            "DISCORD_TOKEN": TOKEN,
            "DISCORD_API_BASE": self.discord.api_base,
            "DISCORD_GATEWAY_URL": self.discord.gateway_url,
            "DISCORD_GUILD_ID": str(self.discord.guild_id),
            "DISCORD_SHARDS": shards,
        }

    def shown(self) -> Counter[str]:
        """How many messages each delivery's nonce has in the channels, on both platforms."""
        nonces = [
            str(m["metadata"]["event_payload"]["nonce"])
            for m in self.slack.messages.values()
            if isinstance(m.get("metadata"), dict)
        ]
        nonces += [str(m["nonce"]) for m in self.discord.messages.values() if m.get("nonce")]
        return Counter(nonces)


@asynccontextmanager
async def platforms(shard_count: int = 1) -> AsyncIterator[Platforms]:
    """Slack, Discord (its gateway split in `shard_count` shards) and the quiet feed."""
    slack, discord = SlackEmulator(), DiscordEmulator(shard_count=shard_count)
    feed = LocalFeed([OLD_NEWS])
    await slack.start()
    await discord.start()
    await feed.start()
    slack.add_channel(CHANNEL, creator=CREATOR)
    slack.add_channel(SLACK_ALERTS, creator=CREATOR)
    try:
        yield Platforms(slack, discord, feed)
    finally:
        await feed.close()
        await discord.close()
        await slack.close()


async def queue_alerts(
    env: dict[str, str], channels: Iterable[Channel], countries: Iterable[str]
) -> list[str]:
    """Every channel subscribed, one alert per country for each: the deliveries' nonces."""
    now = datetime.now(UTC)
    async with open_app(load_settings(env)) as app:
        subscriptions = [
            (
                await app.subscriptions.subscribe(
                    channel,
                    frozenset(),
                    level=AlertKind.CHANGE,
                    digest=Digest.OFF,
                    created_by="tests",
                    now=now,
                )
            )[0]
            for channel in channels
        ]
        routes = [Route(s, DeliveryStatus.PENDING) for s in subscriptions]
        for code in countries:
            event_id = await reported_event(app, code, Stance.BANNED, f"{code} bans Huawei")
            async with app.database.transaction() as conn:
                await Outbox.enqueue(conn, event_id, routes, now)
        rows = await app.database.fetch_all("SELECT nonce FROM deliveries ORDER BY id")
    return [str(row["nonce"]) for row in rows]


def tally(expected: Iterable[str], shown: Counter[str]) -> dict[str, list[str]]:
    """The deliveries no channel shows, and those shown more than once."""
    return {
        "lost": [nonce for nonce in expected if shown[nonce] == 0],
        "duplicated": [nonce for nonce, count in shown.items() if count > 1],
    }
