"""The outbox table on a real SQLite file: what enqueue writes and how rows move on."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.routing import Route, route
from bot.core.subscriptions import DeliveryStatus, Mute
from bot.storage.outbox import Outbox
from tests.delivery.support import NOW, World


async def test_enqueue_writes_one_pending_row_per_route_with_its_own_nonce(world: World) -> None:
    first, second = await world.subscribe("C1"), await world.subscribe("C2")
    event_id = await world.story("GB", "UK bans Huawei")

    added = await world.enqueue(event_id, first, second)

    rows = [await world.row(event_id, s) for s in (first, second)]
    assert 2 == added
    assert [("pending", NOW.isoformat(), 0)] * 2 == [
        (r["status"], r["next_attempt_at"], r["attempts"]) for r in rows
    ]
    assert 2 == len({r["nonce"] for r in rows})
    assert all(len(str(r["nonce"])) == 24 for r in rows)


async def test_routes_held_by_a_mute_are_written_held_with_the_reason(world: World) -> None:
    muted, open_ = await world.subscribe("C1"), await world.subscribe("C2")
    event_id = await world.story("GB", "UK bans Huawei")
    event = await world.events.get(event_id)
    assert event is not None
    mute = Mute(1, muted.channel, frozenset(), NOW + timedelta(hours=2), "elections", "U1")
    routes = route(event, [muted, open_], lambda _: True, [mute], {}, now=NOW)

    async with world.database.transaction() as conn:
        await Outbox.enqueue(conn, event_id, routes, NOW)

    held, pending = await world.row(event_id, muted), await world.row(event_id, open_)
    assert ("held", "muted until 2026-11-01 14:00 UTC: elections") == (
        held["status"],
        held["held_reason"],
    )
    assert "pending" == pending["status"]


async def test_enqueue_rolls_back_with_the_callers_transaction(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")

    async def pipeline_step() -> None:
        async with world.database.transaction() as conn:
            await Outbox.enqueue(conn, event_id, [Route(sub, DeliveryStatus.PENDING)], NOW)
            raise RuntimeError("the event write failed")

    with pytest.raises(RuntimeError):
        await pipeline_step()

    assert 0 == sum((await world.outbox.stats()).values())


async def test_enqueue_again_marks_a_sent_message_for_an_edit_and_adds_only_new_channels(
    world: World,
) -> None:
    old, new = await world.subscribe("C1"), await world.subscribe("C2")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, old)
    await world.worker().run_once()
    sent = await world.row(event_id, old)

    added = await world.enqueue(event_id, old, new)

    again = await world.row(event_id, old)
    assert (1, "sent", 1) == (added, again["status"], again["edit_pending"])
    assert (sent["nonce"], sent["message_id"]) == (again["nonce"], again["message_id"])


async def test_enqueue_again_leaves_held_and_finished_rows_as_they_are(world: World) -> None:
    held, gone = await world.subscribe("C1"), await world.subscribe("C2")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, held, held="quiet hours")
    await world.enqueue(event_id, gone)
    await world.outbox.dead(await world.row_id(event_id, gone), "gone", NOW)
    before = [await world.row(event_id, s) for s in (held, gone)]

    added = await world.enqueue(event_id, held, gone)

    assert (0, before) == (added, [await world.row(event_id, s) for s in (held, gone)])


async def test_due_is_oldest_first_and_skips_disabled_subscriptions(world: World) -> None:
    first, second, disabled = [await world.subscribe(c) for c in ("C1", "C2", "C3")]
    early, late = await world.story("GB", "UK bans"), await world.story("SE", "Sweden bans")
    world.clock.advance(-10)
    await world.enqueue(late, second)
    world.clock.advance(10)
    await world.enqueue(early, first, disabled)
    await world.database.execute_many(
        "UPDATE subscriptions SET active = 0 WHERE id = ?", [(disabled.id,)]
    )

    due = await world.outbox.due(NOW, ["discord"])

    assert [(late, "C2"), (early, "C1")] == [(d.event_id, d.channel.channel) for d in due]
    assert [] == await world.outbox.due(NOW - timedelta(seconds=11), ["discord"])
    assert [] == await world.outbox.due(NOW, ["slack"])


async def test_giving_up_an_edit_keeps_the_message_sent(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    await world.worker().run_once()
    await world.enqueue(event_id, sub)

    await world.outbox.fail(await world.row_id(event_id, sub), "edit refused", NOW)

    row = await world.row(event_id, sub)
    assert ("sent", 0, "edit refused") == (row["status"], row["edit_pending"], row["last_error"])


async def test_stats_count_every_status(world: World) -> None:
    subs = [await world.subscribe(f"C{n}") for n in range(3)]
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, *subs[:2])
    await world.enqueue(event_id, subs[2], held="muted")
    await world.outbox.to_digest([await world.row_id(event_id, subs[0])], NOW)

    stats = await world.outbox.stats()

    expected = dict.fromkeys(DeliveryStatus, 0) | {
        DeliveryStatus.PENDING: 1,
        DeliveryStatus.HELD: 1,
        DeliveryStatus.DIGEST: 1,
    }
    assert expected == stats


async def test_digest_rows_wait_until_a_digest_message_carries_them(world: World) -> None:
    sub = await world.subscribe("C1")
    events = [await world.story("GB", "UK bans"), await world.story("SE", "Sweden bans")]
    for event_id in events:
        await world.enqueue(event_id, sub)
    ids = [await world.row_id(e, sub) for e in events]
    await world.outbox.to_digest(ids, NOW)

    waiting = await world.outbox.digest_rows(sub.id, since=NOW - timedelta(days=1))
    await world.outbox.mark_digested(ids, "digest-1", NOW)

    assert events == [row.event_id for row in waiting]
    assert [] == await world.outbox.digest_rows(sub.id)
    assert ("sent", "digest-1") == (
        (row := await world.row(events[0], sub))["status"],
        row["message_id"],
    )


async def test_a_row_sent_inside_a_digest_is_never_marked_for_an_edit(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans")
    await world.enqueue(event_id, sub)
    ids = [await world.row_id(event_id, sub)]
    await world.outbox.to_digest(ids, NOW)
    await world.outbox.mark_digested(ids, "digest-1", NOW)

    await world.enqueue(event_id, sub)  # a source joins the event
    refreshed = await world.outbox.refresh(event_id, NOW)  # an operator decides on it

    row = await world.row(event_id, sub)
    assert (0, 1, 0) == (refreshed, row["in_digest"], row["edit_pending"])
    assert [] == await world.outbox.due(NOW + timedelta(hours=1), ["slack", "discord"])
