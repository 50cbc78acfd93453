"""An alert that went out inside a digest is never edited into an alert: through the pipeline,
the outbox and the emulator, a source joining its event leaves the digest message as it was."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator

import pytest

from bot.app import App, open_app
from bot.chat.discord import DiscordBot
from bot.platforms import DiscordLink
from bot.settings import Settings
from tests.chat.digested import JOINING, alert_then_digest, one_alert_an_hour, report
from tests.chat.digested import subscribe_daily as subscribe
from tests.chat.discord.emulator import DiscordEmulator
from tests.chat.discord.support import alerts_channel, embed_of, running_bot


@pytest.fixture
async def app(settings: Settings, link: DiscordLink) -> AsyncIterator[App]:
    async with open_app(one_alert_an_hour(settings), outlets={"discord": link.outlet}) as opened:
        yield opened


@pytest.fixture
async def bot(app: App, link: DiscordLink) -> AsyncIterator[DiscordBot]:
    async with running_bot(app, link) as started:
        yield started


async def test_a_source_joining_an_event_sent_in_a_digest_leaves_the_digest_as_it_was(
    bot: DiscordBot, app: App, emulator: DiscordEmulator
) -> None:
    await subscribe(app, alerts_channel(emulator))
    await alert_then_digest(app)
    _, digest = emulator.in_channel(emulator.channels["alerts"])
    before = copy.deepcopy(digest)

    await report(app, JOINING)

    edited = [r.path.rsplit("/", 1)[-1] for r in emulator.sent("PATCH", r".*/messages/\d+")]
    assert ("Daily digest", []) == (embed_of(before)["title"].split(":")[0], edited)
    assert before == emulator.messages[int(digest["id"])]
    assert (2, {}) == (len(emulator.in_channel(emulator.channels["alerts"])), emulator.threads)
