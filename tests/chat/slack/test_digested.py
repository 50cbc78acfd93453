"""An alert that went out inside a digest is never edited into an alert: through the pipeline,
the outbox and the emulator, a source joining its event leaves the digest message as it was."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.subscriptions import Channel
from bot.storage.target import DatabaseUrl
from tests.chat.digested import JOINING, alert_then_digest, one_alert_an_hour, report
from tests.chat.digested import subscribe_daily as subscribe
from tests.chat.slack.emulator import TEAM, SlackEmulator
from tests.chat.slack.support import CHANNEL, Harness, running_bot, slack_settings


@pytest.fixture
async def capped(
    tmp_path: Path, slack: SlackEmulator, database_target: Path | DatabaseUrl
) -> AsyncIterator[Harness]:
    """The bot with a cap of one alert per channel an hour."""
    async with running_bot(
        one_alert_an_hour(slack_settings(tmp_path, slack, database=database_target)), slack
    ) as running:
        yield running


async def test_a_source_joining_an_event_sent_in_a_digest_leaves_the_digest_as_it_was(
    capped: Harness,
) -> None:
    app, slack = capped.app, capped.slack
    await subscribe(app, Channel("slack", TEAM, CHANNEL))
    await alert_then_digest(app)
    alert, digest = slack.posted_in(CHANNEL)
    before = copy.deepcopy(digest)

    await report(app, JOINING)

    assert ("Daily digest", []) == (before["text"].split(":")[0], slack.calls_to("chat.update"))
    assert [alert, before] == slack.posted_in(CHANNEL)  # no thread reply either
