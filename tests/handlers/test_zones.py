"""A channel's time zone: quiet hours run in it and replies show it (FIXED_NOW is 12:00 UTC,
13:00 in Berlin)."""

from __future__ import annotations

from bot.app import CONSOLE_CHANNEL, App
from bot.core.access import Role
from bot.core.replies import Tone
from bot.core.subscriptions import DeliveryStatus
from tests.conftest import ask
from tests.handlers.test_decisions import report


async def test_quiet_hours_take_the_channels_time_zone_and_say_it(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    reply = await ask(app, "/huawei quiet 22:00-07:00 tz:Europe/Berlin", Role.MANAGER)
    quiet = await app.subscriptions.quiet_for(CONSOLE_CHANNEL)
    assert "Quiet hours: 22:00–07:00 Europe/Berlin" == reply.title
    assert "It is 2026-11-01 13:00 Europe/Berlin now." in reply.text
    assert quiet is not None
    assert "Europe/Berlin" == quiet.zone


async def test_an_alert_in_local_quiet_hours_is_held_until_their_local_end(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei quiet 12:30-14:00 tz:europe/berlin", Role.MANAGER)
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    [delivery] = await app.outbox.deliveries_for(event_id)
    assert (DeliveryStatus.HELD, "quiet hours until 14:00 Europe/Berlin") == (
        delivery.status,
        delivery.held_reason,
    )


async def test_the_same_window_in_utc_has_not_begun(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei quiet 12:30-14:00", Role.MANAGER)
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    [delivery] = await app.outbox.deliveries_for(event_id)
    assert DeliveryStatus.PENDING == delivery.status


async def test_an_unknown_time_zone_is_refused_and_nothing_is_set(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    reply = await ask(app, "/huawei quiet 22-7 tz:Mars/Olympus", Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("“Mars/Olympus” is not a"))
    assert None is await app.subscriptions.quiet_for(CONSOLE_CHANNEL)


async def test_a_time_zone_needs_a_subscription(app: App) -> None:
    reply = await ask(app, "/huawei quiet 22-7 tz:Europe/Berlin", Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, "`/huawei subscribe` first" in reply.text)


async def test_subscribe_sets_the_time_zone_and_says_so(app: App) -> None:
    await ask(app, "/huawei subscribe de", Role.MANAGER)
    reply = await ask(app, "/huawei subscribe tz:asia/tokyo", Role.MANAGER)
    fields = {f.name: f.value for f in reply.fields}
    assert ("Asia/Tokyo", "Time zone: UTC → Asia/Tokyo") == (fields["Time zone"], fields["Changed"])
