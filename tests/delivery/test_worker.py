"""The delivery worker against a real outbox and a scripted platform: sends and faults."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.core.errors import ChannelGoneError, RetryLaterError
from bot.core.events import Event
from bot.core.subscriptions import Channel
from bot.delivery import DeliveryReport, DeliveryWorker, backoff
from bot.metrics import Metrics
from tests.delivery.support import NOW, AfterPost, WorkerKilledError, World


async def test_a_pending_delivery_is_sent_once_and_marked_sent_with_its_message_id(
    world: World,
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei from 5G")
    await world.enqueue(event_id, sub)
    worker = world.worker()

    first = await worker.run_once()
    second = await worker.run_once()

    row = await world.row(event_id, sub)
    assert (DeliveryReport(sent=1), DeliveryReport()) == (first, second)
    assert ("sent", "m1", NOW.isoformat()) == (row["status"], row["message_id"], row["sent_at"])
    assert [(Channel("discord", "T1", "C1"), row["nonce"])] == [
        (p.channel, p.nonce) for p in world.platform.posts
    ]
    assert "UK bans Huawei from 5G" == world.platform.messages["m1"].headline


async def test_a_server_error_is_retried_after_backoff_and_sent_without_a_duplicate(
    world: World,
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    worker = world.worker(world.sender(RetryLaterError("HTTP 500")))

    failed = await worker.run_once()
    retry = await world.row(event_id, sub)
    world.clock.advance(4.9)
    too_early = await worker.run_once()
    world.clock.advance(0.1)
    on_time = await worker.run_once()

    assert (1, "retry later: HTTP 500") == (retry["attempts"], retry["last_error"])
    assert [1, 0, 1] == [failed.retried, too_early.handled, on_time.sent]
    assert ["m1"] == list(world.platform.messages)
    assert "sent" == (await world.row(event_id, sub))["status"]


async def test_a_rate_limit_is_not_retried_before_its_retry_after(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    worker = world.worker(world.sender(RetryLaterError("HTTP 429", retry_after=120)))

    await worker.run_once()
    world.clock.advance(119)
    before = await worker.run_once()
    world.clock.advance(1)
    after = await worker.run_once()

    assert (0, 1) == (before.handled, after.sent)
    assert 1 == len(world.platform.messages)


async def test_attempts_are_counted_by_outcome_and_429s_apart_from_outages(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    metrics = Metrics()
    limited = RetryLaterError("HTTP 429", retry_after=10, rate_limited=True)
    worker = world.worker(world.sender(limited, RetryLaterError("HTTP 503")), metrics=metrics)

    for _ in range(3):
        await worker.run_once()
        world.clock.advance(3600)

    def counted(name: str, **labels: str) -> float | None:
        return metrics.registry.get_sample_value(f"stancebot_{name}", labels)

    assert {"retried": 2.0, "sent": 1.0, "429s": 1.0, "timed": 3.0} == {
        "retried": counted("deliveries_total", platform="discord", outcome="retried"),
        "sent": counted("deliveries_total", platform="discord", outcome="sent"),
        "429s": counted("rate_limited_total", source="discord"),
        "timed": counted("delivery_seconds_count", platform="discord"),
    }


async def test_a_gone_channel_disables_the_subscription_and_kills_its_other_pending_rows(
    world: World,
) -> None:
    gone, alive = await world.subscribe("C-gone"), await world.subscribe("C-alive")
    events = [await world.story(code, f"{code} bans Huawei") for code in ("GB", "SE", "DE")]
    await world.enqueue(events[0], gone, alive)
    await world.enqueue(events[1], gone)
    await world.enqueue(events[2], gone, held="muted")
    sender = world.sender(ChannelGoneError("403 Missing Access"), channel="C-gone")

    report = await world.worker(sender).run_once()

    reason = "403 Missing Access"
    rows = [await world.row(event_id, gone) for event_id in events]
    assert (1, 1) == (report.dead, report.sent)
    assert (0, reason) == await world.subscription_state(gone)
    assert [("dead", reason)] * 3 == [(row["status"], row["last_error"]) for row in rows]
    assert ["C-alive", "C-gone"] == sorted(c.channel for c in sender.calls)
    assert "sent" == (await world.row(events[0], alive))["status"]
    assert DeliveryReport() == await world.worker(sender).run_once()


async def test_a_worker_killed_between_send_and_record_resends_once_with_the_same_nonce(
    world: World,
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    killed = world.worker(world.sender(AfterPost(WorkerKilledError())))

    with pytest.raises(BaseExceptionGroup) as crash:
        await killed.run_once()
    pending, posted = await world.row(event_id, sub), len(world.platform.posts)
    restarted = world.worker()
    report = await restarted.run_once()

    nonce = pending["nonce"]
    assert crash.group_contains(WorkerKilledError)
    assert ("pending", 1) == (pending["status"], posted)
    assert [nonce, nonce] == [p.nonce for p in world.platform.posts]
    assert (1, ["m1"]) == (report.sent, list(world.platform.messages))
    assert ("sent", "m1") == ((row := await world.row(event_id, sub))["status"], row["message_id"])


async def test_without_nonce_support_a_kill_costs_at_most_one_duplicate(world: World) -> None:
    world.platform.honours_nonce = False
    sub = await world.subscribe("C1", "slack")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    killed = world.worker(world.sender(AfterPost(WorkerKilledError()), platform="slack"))

    with pytest.raises(BaseExceptionGroup):
        await killed.run_once()
    restarted = world.worker(world.sender(platform="slack"))
    await restarted.run_once()
    await restarted.run_once()

    assert ["m1", "m2"] == list(world.platform.messages)
    assert "m2" == (await world.row(event_id, sub))["message_id"]


async def test_a_send_cancelled_by_shutdown_stays_pending_and_goes_out_once(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    interrupted = world.worker(world.sender(AfterPost(asyncio.CancelledError())))

    with pytest.raises(asyncio.CancelledError):
        await interrupted.run_once()
    status = (await world.row(event_id, sub))["status"]
    await world.worker().run_once()

    assert "pending" == status
    assert (2, 1) == (len(world.platform.posts), len(world.platform.messages))


async def test_a_crashing_adapter_is_retried_and_does_not_stop_other_channels(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = await world.subscribe("C1"), await world.subscribe("C2")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, first, second)
    worker = world.worker(world.sender(RuntimeError("adapter bug"), channel="C1"))

    with caplog.at_level(logging.ERROR, logger="bot.delivery"):
        report = await worker.run_once()

    assert (1, 1) == (report.sent, report.retried)
    assert "RuntimeError: adapter bug" == (await world.row(event_id, first))["last_error"]
    assert "adapter bug" in caplog.text
    assert "Traceback" in caplog.text


async def test_the_retry_budget_ends_in_failed(world: World) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    worker = world.worker(world.sender(*[RetryLaterError("HTTP 503")] * 8))

    reports = []
    for _ in range(8):
        reports.append(await worker.run_once())
        world.clock.advance(3600)

    row = await world.row(event_id, sub)
    assert [1] * 7 + [0] == [r.retried for r in reports]
    assert ("failed", "gave up after 8 attempts: retry later: HTTP 503") == (
        row["status"],
        row["last_error"],
    )
    assert {} == world.platform.messages


def test_backoff_doubles_from_five_seconds_up_to_an_hour_but_honours_retry_after() -> None:
    assert [5.0, 10.0, 20.0, 3600.0, 3600.0] == [backoff(n, None) for n in (0, 1, 2, 10, 100)]
    assert [30.0, 7200.0] == [backoff(0, 30), backoff(20, 7200)]


class FlakyEvents:
    """The event store, except that its first read fails (a disk hiccup)."""

    def __init__(self, world: World) -> None:
        self._events = world.events
        self.failures = 1

    async def get(self, event_id: int) -> Event | None:
        if self.failures:
            self.failures -= 1
            raise OSError("disk hiccup")
        return await self._events.get(event_id)


async def test_run_delivers_until_stopped_and_survives_a_failed_batch(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    sub = await world.subscribe("C1")
    event_id = await world.story("GB", "UK bans Huawei")
    await world.enqueue(event_id, sub)
    sender = world.sender()
    worker = DeliveryWorker(
        world.outbox, FlakyEvents(world), world.countries, {"discord": sender}, world.clock
    )

    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop, interval=0.01))
    for _ in range(200):
        if world.platform.messages:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 1)

    assert ["m1"] == list(world.platform.messages)
    assert "delivery.batch_failed" in caplog.text
