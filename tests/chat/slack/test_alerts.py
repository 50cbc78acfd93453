"""Alerts through SlackSender and the outbox, against the emulator."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.chat.slack import SlackSender
from bot.chat.slack.service import build_client
from bot.core.alerts import Alert, build_alert
from bot.core.catalogue import Style
from bot.core.errors import ChannelGoneError, RetryLaterError
from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.replies import Image, Reply
from bot.core.routing import Route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest, Subscription
from bot.storage.outbox import Outbox
from tests.chat.slack.emulator import TEAM, SlackEmulator
from tests.chat.slack.support import CHANNEL, Harness, slack_settings
from tests.samples import reported_event

HERE = Channel("slack", TEAM, CHANNEL)


async def alert_about(harness: Harness, title: str, outlet: str = "reuters.com") -> Alert:
    event_id = await reported_event(harness.app, "DE", Stance.BANNED, title, outlet)
    found = await harness.app.events.get(event_id)
    assert found is not None
    return build_alert(found, harness.app.countries.get("DE"))


async def subscribe(harness: Harness) -> Subscription:
    subscription, _ = await harness.app.subscriptions.subscribe(
        HERE,
        frozenset(),
        level=AlertKind.CHANGE,
        digest=Digest.OFF,
        created_by="U1",
        now=datetime.now(UTC),
    )
    return subscription


async def enqueue(harness: Harness, event_id: int, subscription: Subscription) -> None:
    async with harness.app.database.transaction() as conn:
        route = Route(subscription, DeliveryStatus.PENDING)
        await Outbox.enqueue(conn, event_id, [route], datetime.now(UTC))


def sender_without_retries(tmp_path: Path, slack: SlackEmulator) -> SlackSender:
    """A sender whose client gives a 429 straight back instead of waiting it out."""
    return SlackSender(build_client(slack_settings(tmp_path, slack).slack, rate_limit_retries=0))


async def test_a_headline_cannot_ping_the_channel_or_smuggle_a_link(harness: Harness) -> None:
    headline = "<!channel> Germany bans Huawei <@U123> <https://evil.example|read> & more"
    alert = await alert_about(harness, headline)

    ts = await harness.bot.sender.send(HERE, alert, "nonce")

    posted = json.dumps(harness.slack.messages[ts], ensure_ascii=False)
    assert [] == [s for s in ("<!channel>", "<@U123>", "<https://evil") if s in posted]
    assert "&lt;!channel&gt; Germany bans Huawei &lt;@U123&gt;" in posted
    assert "&amp; more" in posted


async def test_an_unconfirmed_change_carries_the_decision_buttons(harness: Harness) -> None:
    alert = await alert_about(harness, "Germany bans Huawei from 5G")

    ts = await harness.bot.sender.send(HERE, alert, "nonce")

    actions = [
        (e["action_id"], e["value"])
        for block in harness.slack.messages[ts]["blocks"]
        if block.get("block_id") == "stancebot_decision"
        for e in block["elements"]
    ]
    expected = [
        ("stancebot_confirm", str(alert.event_id)),
        ("stancebot_reject", str(alert.event_id)),
        ("stancebot_mute", "DE"),
    ]
    assert expected == actions


async def test_an_alert_is_updated_when_a_source_joins(harness: Harness) -> None:
    subscription = await subscribe(harness)
    first = await reported_event(
        harness.app, "DE", Stance.BANNED, "Germany bans Huawei", "reuters.com"
    )
    await enqueue(harness, first, subscription)
    assert 1 == (await harness.app.delivery.run_once()).sent

    joined = await reported_event(harness.app, "DE", Stance.BANNED, "Berlin bars Huawei", "dw.com")
    await enqueue(harness, joined, subscription)
    report = await harness.app.delivery.run_once()

    posted = harness.slack.calls_to("chat.postMessage")[0]
    update = harness.slack.calls_to("chat.update")[0]
    assert (first, 1) == (joined, report.edited)
    assert (CHANNEL, harness.slack.messages[update.params["ts"]]["ts"]) == (
        update.params["channel"],
        update.params["ts"],
    )
    assert "*Reported by*\\n1 outlet" in json.dumps(posted.params["blocks"])
    assert "*Reported by*\\n2 outlets" in json.dumps(update.params["blocks"])


async def test_not_in_channel_means_the_channel_is_gone(harness: Harness) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")
    harness.slack.fail(CHANNEL, "not_in_channel")

    with pytest.raises(ChannelGoneError, match="not_in_channel"):
        await harness.bot.sender.send(HERE, alert, "nonce")


async def test_not_in_channel_disables_the_subscription(harness: Harness) -> None:
    subscription = await subscribe(harness)
    await enqueue(
        harness,
        await reported_event(harness.app, "DE", Stance.BANNED, "Ban", "dw.com"),
        subscription,
    )
    harness.slack.fail(CHANNEL, "not_in_channel")

    report = await harness.app.delivery.run_once()

    after = await harness.app.subscriptions.for_channel(HERE)
    assert after is not None
    assert (1, False, "slack: not_in_channel") == (report.dead, after.active, after.disabled_reason)


async def test_ratelimited_asks_to_retry_after_slacks_delay(
    harness: Harness, tmp_path: Path
) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")
    harness.slack.fail(CHANNEL, "ratelimited", status=429, retry_after=7)

    with pytest.raises(RetryLaterError) as raised:
        await sender_without_retries(tmp_path, harness.slack).send(HERE, alert, "nonce")

    assert (7.0, True) == (raised.value.retry_after, raised.value.rate_limited)


async def test_a_rate_limited_delivery_is_left_to_the_outbox_not_the_client(
    harness: Harness,
) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")
    harness.slack.fail(CHANNEL, "ratelimited", status=429, retry_after=3)

    with pytest.raises(RetryLaterError) as raised:
        await harness.bot.sender.send(HERE, alert, "nonce")

    # One retry policy: the outbox's, which waits Retry-After in the row, not in the client.
    assert (1, 3.0) == (len(harness.slack.calls_to("chat.postMessage")), raised.value.retry_after)


@pytest.mark.parametrize(("error", "status"), [("", 502), ("internal_error", 500)])
async def test_a_server_error_asks_to_retry(
    harness: Harness, tmp_path: Path, error: str, status: int
) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")
    harness.slack.fail(CHANNEL, error, status=status)

    with pytest.raises(RetryLaterError) as raised:
        await sender_without_retries(tmp_path, harness.slack).send(HERE, alert, "nonce")

    assert not raised.value.rate_limited  # an outage, not a 429


async def test_a_missing_scope_waits_an_hour_instead_of_disabling(harness: Harness) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")
    harness.slack.fail(CHANNEL, "missing_scope")

    with pytest.raises(RetryLaterError) as raised:
        await harness.bot.sender.send(HERE, alert, "nonce")

    assert 3600.0 == raised.value.retry_after


async def test_editing_a_deleted_message_is_not_an_error(harness: Harness) -> None:
    alert = await alert_about(harness, "Germany bans Huawei")

    await harness.bot.sender.edit(HERE, "1.000", alert)

    assert 1 == len(harness.slack.calls_to("chat.update"))


async def test_a_reply_image_is_uploaded_with_files_upload_v2(harness: Harness) -> None:
    image = Image(b"\x89PNG fake map", "map.png", "Huawei 5G stances in Europe")

    await harness.bot.sender.post(HERE, Reply(title="Map", image=image))

    completed = harness.slack.calls_to("files.completeUploadExternal")[0]
    files = json.loads(completed.params["files"])
    assert [image.data] == list(harness.slack.uploads.values())
    assert (CHANNEL, image.alt) == (completed.params["channel_id"], files[0]["title"])


async def test_a_compact_german_alert_is_sent_as_one_line(harness: Harness) -> None:
    subscription = await subscribe(harness)
    await harness.app.subscriptions.set_style(HERE, Style.COMPACT)
    await harness.app.subscriptions.set_language(HERE, "de")
    event_id = await reported_event(harness.app, "AT", Stance.BANNED, "Austria bans Huawei")
    event = await harness.app.events.get(event_id)
    assert event is not None
    assert event.lead is not None
    await enqueue(harness, event_id, subscription)

    assert 1 == (await harness.app.delivery.run_once()).sent

    [message] = harness.slack.messages.values()
    line, actions, hint = message["blocks"]
    expected = (
        f"🇦🇹 Österreich: Erlaubt → Verboten · <{event.lead.link}|Austria bans Huawei> "
        "· Konfidenz 70 %"
    )
    assert ("section", expected) == (line["type"], line["text"]["text"])
    assert ["Bestätigen", "Ablehnen", "24 h stumm"] == [
        e["text"]["text"] for e in actions["elements"]
    ]
    assert hint["elements"][0]["text"].startswith("Unbestätigt: Operatoren können")
    assert message["text"].startswith("🇦🇹 Österreich: Erlaubt → Verboten")
