"""The alert's buttons: acked, then checked server-side by running the neutral command as the
person who clicked."""

from __future__ import annotations

import json

import pytest

from bot.core.alerts import build_alert
from bot.core.events import EventStatus
from bot.core.models import Stance
from bot.core.subscriptions import Channel
from tests.chat.slack.emulator import TEAM
from tests.chat.slack.support import CHANNEL, CREATOR, MEMBER, OPERATOR, Harness, click_body
from tests.samples import reported_event

HERE = Channel("slack", TEAM, CHANNEL)


async def posted_alert(harness: Harness) -> tuple[int, str]:
    """A pending change about Germany, posted in the channel: its event id and message ts."""
    event_id = await reported_event(
        harness.app, "DE", Stance.BANNED, "Germany bans Huawei", "dw.com"
    )
    found = await harness.app.events.get(event_id)
    assert found is not None
    alert = build_alert(found, harness.app.countries.get("DE"))
    ts = await harness.bot.sender.send(HERE, alert, "nonce")
    return event_id, ts


async def status_of(harness: Harness, event_id: int) -> EventStatus:
    found = await harness.app.events.get(event_id)
    assert found is not None
    return found.status


async def test_an_operator_confirms_a_change_from_its_button(harness: Harness) -> None:
    event_id, ts = await posted_alert(harness)

    reply = await harness.click("stancebot_confirm", str(event_id), OPERATOR, ts)
    update = await harness.slack.next_call("chat.update")

    assert EventStatus.CONFIRMED == await status_of(harness, event_id)
    assert "ephemeral" == reply.params["response_type"]
    assert reply.params["blocks"][0]["text"]["text"].startswith("✅ Confirmed: #")
    shown = json.dumps(update.params["blocks"])
    assert (ts, True, False) == (
        update.params["ts"],
        "Confirmed by an operator" in shown,
        "stancebot_confirm" in shown,
    )


async def test_a_member_cannot_confirm_and_is_told_so_privately(harness: Harness) -> None:
    event_id, ts = await posted_alert(harness)

    reply = await harness.click("stancebot_confirm", str(event_id), MEMBER, ts)

    assert EventStatus.PENDING == await status_of(harness, event_id)
    assert "ephemeral" == reply.params["response_type"]
    assert "Only a bot operator may do that" in json.dumps(reply.params["blocks"])
    assert [] == harness.slack.calls_to("chat.update")


async def test_an_operator_rejects_a_change(harness: Harness) -> None:
    event_id, ts = await posted_alert(harness)

    await harness.click("stancebot_reject", str(event_id), OPERATOR, ts)

    assert EventStatus.REJECTED == await status_of(harness, event_id)


async def test_the_channel_manager_mutes_the_country_for_a_day(harness: Harness) -> None:
    _, ts = await posted_alert(harness)

    reply = await harness.click("stancebot_mute", "DE", CREATOR, ts)

    mutes = await harness.app.subscriptions.mutes(HERE, harness.app.started_at)
    assert [frozenset({"DE"})] == [m.countries for m in mutes]
    assert "Muted" in reply.params["blocks"][0]["text"]["text"]


async def test_a_member_cannot_mute(harness: Harness) -> None:
    _, ts = await posted_alert(harness)

    reply = await harness.click("stancebot_mute", "DE", MEMBER, ts)

    assert "Only a channel manager may do that" in json.dumps(reply.params["blocks"])
    assert [] == await harness.app.subscriptions.mutes(HERE, harness.app.started_at)


async def test_a_source_button_click_is_only_acknowledged(harness: Harness) -> None:
    url = harness.slack.response_url()

    answer = await harness.post(click_body("stancebot_link_0", "", MEMBER, "1.0", url))

    assert (200, []) == (answer.status, harness.slack.calls_to("response_url"))


@pytest.mark.parametrize("value", ["1 because I say so", "9" * 20, "²"])
async def test_a_button_value_that_is_not_ours_runs_nothing(harness: Harness, value: str) -> None:
    reply = await harness.click("stancebot_confirm", value, OPERATOR, "1.0")

    assert "not one stancebot recognises" in json.dumps(reply.params["blocks"])
