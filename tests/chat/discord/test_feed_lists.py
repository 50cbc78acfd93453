"""`/huawei-admin feeds export|import` through the emulator: the OPML file attached both ways."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App
from bot.chat.discord import DiscordBot
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.settings import Settings, load_settings
from bot.storage.target import DatabaseUrl
from tests.chat.discord.emulator import TOKEN, DiscordEmulator
from tests.chat.discord.interacting import attachment
from tests.chat.discord.support import People, answered, embed_of
from tests.conftest import FIXED_NOW, copy_config
from tests.feeds.server import FeedServer, running_server
from tests.postgres import on
from tests.samples import STORIES, rss


@pytest.fixture
def settings(
    tmp_path: Path, emulator: DiscordEmulator, people: People, database_target: Path | DatabaseUrl
) -> Settings:
    """Discord's settings, with the feed server on 127.0.0.1 let through the address guard."""
    config = copy_config(
        tmp_path / "config",
        **{
            'operators = ["console:operator"]': f'operators = ["discord:{people.operator.id}"]',
            "allow_addresses = []": 'allow_addresses = ["127.0.0.1"]',
        },
    )
    loaded = load_settings(
        {
            "STANCEBOT_CONFIG": str(config),
            "STANCEBOT_DB": str(tmp_path / "bot.db"),
            "DISCORD_TOKEN": TOKEN,
            "DISCORD_API_BASE": emulator.api_base,
            "DISCORD_GATEWAY_URL": emulator.gateway_url,
            "DISCORD_GUILD_ID": str(emulator.guild_id),
        }
    )
    return on(loaded, database_target)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with running_server() as running:
        yield running


async def test_an_attached_opml_file_is_imported_then_exported_as_a_file(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People, server: FeedServer
) -> None:
    feed = server.serve("/feed", rss(*STORIES))
    listed = dump_opml([OpmlFeed(feed, "Trade press")], "mine", FIXED_NOW)
    upload = attachment(9001, server.serve("/feeds.opml", listed), "feeds.opml")

    imported = await emulator.command(people.admin, "huawei-admin feeds import", file=upload)
    imported_embed = embed_of(await answered(emulator, imported))
    exported = await emulator.command(people.admin, "huawei-admin feeds export")
    message = await answered(emulator, exported)

    guild = str(emulator.guild_id)
    assert "Imported 1 feed" == imported_embed["title"]
    assert [feed] == [f.url for f in await app.feeds.listed(guild) if f.tenant == guild]
    [file] = message["attachments"]
    assert file["filename"].endswith(".opml")
    [(_, data)] = emulator.sent("POST", r"/webhooks/\d+/[^/]+$")[-1].files
    assert [feed] == [f.url for f in parse_opml(data)]


async def test_an_operator_removes_a_global_feed_with_the_option_the_table_declares(
    bot: DiscordBot, app: App, emulator: DiscordEmulator, people: People, server: FeedServer
) -> None:
    feed = server.serve("/global", rss(*STORIES))
    scope = {"global": True}

    added = await emulator.command(people.operator, "huawei-admin feeds add", url=feed, **scope)
    await answered(emulator, added)
    before = [f.url for f in await app.feeds.listed("") if f.tenant == ""]
    removed = await emulator.command(
        people.operator, "huawei-admin feeds remove", feed=feed, **scope
    )
    await answered(emulator, removed)
    after = [f.url for f in await app.feeds.listed("") if f.tenant == ""]

    assert (True, False) == (feed in before, feed in after)
