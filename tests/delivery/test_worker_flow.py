"""The delivery worker's limits and flow: hourly cap, pacing, edits, held rows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.subscriptions import Channel
from bot.delivery import DeliveryReport
from bot.storage.outbox import HoldPolicy
from bot.storage.subscriptions import SubscriptionStore
from tests.delivery.support import During, World


async def test_the_hourly_cap_sends_the_21st_alert_of_an_hour_to_the_digest(world: World) -> None:
    sub = await world.subscribe("C1")
    codes = ["GB", "SE", "DE", "FR", "IT", "ES", "PL", "NL", "BE", "AT", "CZ"]
    codes += ["DK", "FI", "NO", "PT", "IE", "RO", "BG", "HU", "SK", "SI"]
    event_ids = [await world.story(code, f"{code} bans Huawei") for code in codes]
    for event_id in event_ids:
        await world.enqueue(event_id, sub)
    worker = world.worker()

    report = await worker.run_once()
    digest = await world.outbox.digest_rows(sub.id)

    assert (20, 1) == (report.sent, report.digest)
    assert [event_ids[-1]] == [row.event_id for row in digest]


async def test_the_hourly_cap_is_a_rolling_hour(world: World) -> None:
    sub = await world.subscribe("C1")
    first, second = await world.story("GB", "UK bans"), await world.story("SE", "Sweden bans")
    await world.enqueue(first, sub)
    worker = world.worker(hourly_cap=1)
    await worker.run_once()
    world.clock.advance(3600)
    await world.enqueue(second, sub)

    assert 1 == (await worker.run_once()).sent


async def test_slack_pacing_keeps_two_sends_to_one_channel_a_second_apart(world: World) -> None:
    busy, quiet = await world.subscribe("C1", "slack"), await world.subscribe("C2", "slack")
    first, second = await world.story("GB", "UK bans"), await world.story("SE", "Sweden bans")
    await world.enqueue(first, busy, quiet)
    await world.enqueue(second, busy)
    worker = world.worker(world.sender(platform="slack"))

    report = await worker.run_once()

    times = [p.at for p in world.platform.posts if p.channel.channel == "C1"]
    assert 3 == report.sent
    assert [1.0] == world.clock.slept  # only C1 waited, once
    assert times[1] - times[0] >= timedelta(seconds=1)


async def test_pacing_holds_across_batches_and_discord_is_not_paced(world: World) -> None:
    slack, discord = await world.subscribe("S1", "slack"), await world.subscribe("D1")
    events = [await world.story("GB", "UK bans"), await world.story("SE", "Sweden bans")]
    worker = world.worker(world.sender(platform="slack"), world.sender())
    for event_id in events:
        await world.enqueue(event_id, slack, discord)
        world.clock.advance(0.25)
        await worker.run_once()

    assert [0.75] == world.clock.slept
    assert 4 == len(world.platform.messages)


async def test_an_edit_pending_row_is_edited_with_an_alert_listing_the_new_source(
    world: World,
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei", outlet="bbc.co.uk")
    await world.enqueue(event_id, sub)
    worker = world.worker()
    await worker.run_once()
    world.clock.advance(60)
    joined = await world.story("GB", "Britain bans Huawei too", outlet="reuters.com")
    new_rows = await world.enqueue(joined, sub)

    report = await worker.run_once()

    [(message_id, alert)] = world.platform.edits
    assert (event_id, 0) == (joined, new_rows)
    assert (1, 0, "m1") == (report.edited, report.sent, message_id)
    assert ["bbc.co.uk", "reuters.com"] == [s.outlet for s in alert.sources]
    assert (2, 1) == (alert.source_count, len(world.platform.posts))
    assert 0 == (await world.row(event_id, sub))["edit_pending"]


async def test_a_source_joining_while_the_message_is_in_flight_still_gets_an_edit(
    world: World,
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei", outlet="bbc.co.uk")
    await world.enqueue(event_id, sub)

    async def another_outlet_reports_it() -> None:
        world.clock.advance(1)
        await world.story("GB", "Britain bans Huawei too", outlet="reuters.com")
        await world.enqueue(event_id, sub)

    worker = world.worker(world.sender(During(another_outlet_reports_it)))
    first, second = await worker.run_once(), await worker.run_once()

    [post], [(_, edited)] = world.platform.posts, world.platform.edits
    assert (1, 1) == (first.sent, second.edited)
    assert (1, 2) == (post.alert.source_count, edited.source_count)


class StillMuted:
    async def hold_reason(self, channel: Channel, country: str, now: datetime) -> str:
        return "muted"


@pytest.mark.parametrize("holds", [None, StillMuted()])
async def test_held_rows_are_not_sent(world: World, holds: HoldPolicy | None) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub, held="muted until 2026-11-02 12:00 UTC")

    report = await world.worker(holds=holds).run_once()

    assert DeliveryReport() == report
    assert [] == world.platform.posts
    assert "held" == (await world.row(event_id, sub))["status"]


async def test_a_held_row_is_sent_once_its_mute_has_ended(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    store = SubscriptionStore(world.database)
    await store.mute(
        Channel("discord", "T1", "C1"),
        frozenset(),
        until=world.clock() + timedelta(hours=2),
        reason="",
        created_by="U1",
        now=world.clock(),
    )
    await world.enqueue(event_id, sub, held="muted")
    worker = world.worker(holds=store)

    during = await worker.run_once()
    world.clock.advance(2 * 3600)
    after = await worker.run_once()

    assert (DeliveryReport(), DeliveryReport(sent=1, released=1)) == (during, after)
    assert "sent" == (await world.row(event_id, sub))["status"]


async def test_rows_for_a_platform_without_a_sender_wait_untouched(world: World) -> None:
    sub = await world.subscribe("C1", "slack")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)

    report = await world.worker(world.sender()).run_once()

    assert DeliveryReport() == report
    assert ("pending", 0) == ((row := await world.row(event_id, sub))["status"], row["attempts"])
