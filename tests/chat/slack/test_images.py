"""A reply with an image (a map): the text by response_url, the image by files upload v2."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App
from bot.core.access import Caller
from bot.core.replies import Image, Reply
from bot.storage.target import DatabaseUrl
from handlers.dispatch import Dispatcher
from tests.chat.slack.emulator import SlackEmulator
from tests.chat.slack.support import (
    CHANNEL,
    MEMBER,
    Harness,
    command_body,
    running_bot,
    slack_settings,
)

MAP = Image(b"\x89PNG a map", "map.png", "Huawei 5G stances in Europe")


class MapDispatcher(Dispatcher):
    """Answers every command with a map; `public:true` shares it."""

    async def handle(self, text: str, caller: Caller) -> Reply:
        return Reply(title="Map", image=MAP, private="public:true" not in text)


def with_maps(app: App) -> App:
    return dataclasses.replace(app, dispatcher=MapDispatcher(app.dispatcher.services, ()))


@pytest.fixture
async def mapping(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> AsyncIterator[Harness]:
    async with running_bot(
        slack_settings(tmp_path, slack, database=database_target), slack, with_maps
    ) as running:
        yield running


async def test_a_shared_map_is_uploaded_into_the_channel(
    mapping: Harness, slack: SlackEmulator
) -> None:
    reply = await mapping.command("map public:true")
    completed = await slack.next_call("files.completeUploadExternal")

    assert ("in_channel", CHANNEL) == (
        reply.params["response_type"],
        completed.params["channel_id"],
    )
    assert [MAP.data] == list(slack.uploads.values())


async def test_a_private_map_goes_to_the_askers_direct_messages(
    mapping: Harness, slack: SlackEmulator
) -> None:
    await mapping.command("map")
    completed = await slack.next_call("files.completeUploadExternal")

    opened = slack.calls_to("conversations.open")[0]
    assert (MEMBER, f"D{MEMBER}") == (opened.params["users"], completed.params["channel_id"])


async def test_a_failed_upload_is_explained_to_the_asker(
    mapping: Harness, slack: SlackEmulator
) -> None:
    slack.fail("files.completeUploadExternal", "not_in_channel")
    url = slack.response_url()

    await mapping.post(command_body("map public:true", MEMBER, CHANNEL, url))
    await slack.next_call("response_url", after=1)

    notes = [c for c in slack.calls_to("response_url") if c.params["key"] == url.rsplit("/")[-1]]
    assert "Image not attached" == notes[1].params["blocks"][0]["text"]["text"].removeprefix("⚠️ ")


async def test_the_real_map_command_uploads_a_png(harness: Harness, slack: SlackEmulator) -> None:
    reply = await harness.command("map public:true")
    completed = await slack.next_call("files.completeUploadExternal")
    (uploaded,) = slack.uploads.values()
    assert ("in_channel", CHANNEL) == (
        reply.params["response_type"],
        completed.params["channel_id"],
    )
    assert b"\x89PNG\r\n\x1a\n" == uploaded[:8]
