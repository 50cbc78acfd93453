"""`/huawei mute|mutes|unmute|quiet` through the dispatcher and a real SQLite store."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from bot.core.access import Role
from bot.core.errors import UsageError
from bot.core.replies import Tone
from bot.core.subscriptions import Channel, QuietHours
from handlers.mutes import parse_window
from tests.conftest import FIXED_NOW
from tests.handlers.alerting import HERE, AlertBot


async def test_a_manager_mutes_two_countries_for_two_hours_with_a_reason(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei mute de,fr 2h election night", Role.MANAGER)
    [muted] = await bot.store.mutes(HERE, FIXED_NOW)
    assert (frozenset({"DE", "FR"}), FIXED_NOW + timedelta(hours=2), "election night") == (
        muted.countries,
        muted.until,
        muted.reason,
    )
    assert (Tone.SUCCESS, "Muted 🇫🇷 France, 🇩🇪 Germany for 2h") == (reply.tone, reply.title)
    assert f"`/huawei unmute {muted.id}`" in reply.text


@pytest.mark.parametrize("text", ["/huawei mute all 1d", "/huawei mute 1d"])
async def test_all_or_no_countries_mutes_every_country(bot: AlertBot, text: str) -> None:
    await bot.ask(text, Role.MANAGER)
    [muted] = await bot.store.mutes(HERE, FIXED_NOW)
    assert (frozenset(), FIXED_NOW + timedelta(days=1)) == (muted.countries, muted.until)


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("-5h", "“-5h” is not a duration: use e.g. 30m, 2h, 1d or 1w."),
        ("forever", "A mute always ends: give a duration from 1m to 30d"),
        ("40d", "“40d” is out of range: choose between 1m and 30d."),
        ("0m", "“0m” is out of range: choose between 1m and 30d."),
        ("30s", "“30s” is out of range: choose between 1m and 30d."),
        ("2 hours", "“2” is not a duration: use e.g. 30m, 2h, 1d or 1w."),
    ],
)
async def test_a_bad_duration_is_refused_privately(
    bot: AlertBot, duration: str, message: str
) -> None:
    reply = await bot.ask(f"/huawei mute de {duration}", Role.MANAGER)
    assert (Tone.ERROR, True, True) == (reply.tone, reply.private, reply.text.startswith(message))
    assert [] == await bot.store.mutes(HERE, FIXED_NOW)


async def test_countries_after_the_duration_are_not_taken_for_a_reason(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei mute 2h germany", Role.MANAGER)
    assert (Tone.ERROR, []) == (reply.tone, await bot.store.mutes(HERE, FIXED_NOW))
    assert reply.text.startswith("Name the countries before the duration, e.g. `mute germany 2h`")


async def test_a_mute_needs_a_duration(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei mute de", Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("Usage: mute <countries|all>"))


async def test_a_member_may_not_mute(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei mute all 1h", Role.MEMBER)
    assert (Tone.ERROR, []) == (reply.tone, await bot.store.mutes(HERE, FIXED_NOW))


async def test_mutes_lists_the_active_ones_of_this_channel_only(bot: AlertBot) -> None:
    await bot.ask("/huawei mute de 10m", Role.MANAGER)
    await bot.ask("/huawei mute five-eyes 1d budget talks", Role.MANAGER)
    await bot.ask("/huawei mute all 1h", Role.MANAGER, Channel("slack", "T1", "C-other"))
    bot.clock.advance(timedelta(minutes=30))
    reply = await bot.ask("/huawei mutes", Role.MEMBER)
    assert ("Active mutes: 1", "`#2` Five Eyes (5) until 2026-11-02 12:00 UTC (23h 30m left)") == (
        reply.title,
        reply.text.split(" · ")[0],
    )
    assert reply.text.endswith(" · by U-MANAGER · budget talks")


async def test_mutes_shows_quiet_hours_too(bot: AlertBot) -> None:
    await bot.ask("/huawei quiet 22:00-07:00", Role.MANAGER)
    reply = await bot.ask("/huawei mutes", Role.MEMBER)
    assert ("No active mutes in this channel", "22:00–07:00 UTC daily") == (
        reply.title,
        {f.name: f.value for f in reply.fields}["Quiet hours"],
    )


async def test_unmute_ends_one_mute_by_id(bot: AlertBot) -> None:
    await bot.ask("/huawei mute de 1h", Role.MANAGER)
    await bot.ask("/huawei mute fr 1h", Role.MANAGER)
    reply = await bot.ask("/huawei unmute #1", Role.MANAGER)
    assert "Unmuted #1 (🇩🇪 Germany)" == reply.title
    assert [frozenset({"FR"})] == [m.countries for m in await bot.store.mutes(HERE, FIXED_NOW)]


async def test_unmute_all_ends_every_mute_of_this_channel(bot: AlertBot) -> None:
    other = Channel("slack", "T1", "C-other")
    await bot.ask("/huawei mute de 1h", Role.MANAGER)
    await bot.ask("/huawei mute fr 1h", Role.MANAGER)
    await bot.ask("/huawei mute all 1h", Role.MANAGER, other)
    reply = await bot.ask("/huawei unmute all", Role.MANAGER)
    assert ("Unmuted: 2 mutes ended", [], 1) == (
        reply.title,
        await bot.store.mutes(HERE, FIXED_NOW),
        len(await bot.store.mutes(other, FIXED_NOW)),
    )


async def test_another_channels_mute_cannot_be_ended_from_here(bot: AlertBot) -> None:
    other = Channel("slack", "T1", "C-other")
    await bot.ask("/huawei mute all 1h", Role.MANAGER, other)
    reply = await bot.ask("/huawei unmute 1", Role.MANAGER)
    assert (Tone.ERROR, "This channel has no active mute #1: `/huawei mutes` lists them.") == (
        reply.tone,
        reply.text,
    )
    assert 1 == len(await bot.store.mutes(other, FIXED_NOW))


async def test_unmute_with_a_word_that_is_no_id_is_explained(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei unmute germany", Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, reply.text.startswith("“germany” is not a mute id"))


async def test_quiet_hours_are_set_replaced_and_cleared(bot: AlertBot) -> None:
    first = await bot.ask("/huawei quiet 22:00-07:00", Role.MANAGER)
    await bot.ask("/huawei quiet 23:30 - 6:15", Role.MANAGER)
    assert "Quiet hours: 22:00–07:00 UTC" == first.title
    assert {HERE: QuietHours(time(23, 30), time(6, 15))} == await bot.store.quiet_hours()
    off = await bot.ask("/huawei quiet off", Role.MANAGER)
    assert ("Quiet hours off", {}) == (off.title, await bot.store.quiet_hours())


async def test_a_member_may_not_set_quiet_hours(bot: AlertBot) -> None:
    reply = await bot.ask("/huawei quiet 22:00-07:00", Role.MEMBER)
    assert (Tone.ERROR, {}) == (reply.tone, await bot.store.quiet_hours())


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("22:00-07:00", (time(22), time(7))),
        ("22-7", (time(22), time(7))),
        ("09:30 to 17:00", (time(9, 30), time(17))),
        ("0:00–06:00", (time(0), time(6))),
    ],
)
def test_a_quiet_window_is_read_in_the_usual_ways(text: str, window: tuple[time, time]) -> None:
    assert window == parse_window(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("25:00-07:00", "“25:00-07:00” has an impossible time"),
        ("22:00-22:00", "Quiet hours must start and end at different times."),
        ("tonight", "“tonight” is not a time window."),
    ],
)
def test_a_bad_quiet_window_is_explained(text: str, message: str) -> None:
    with pytest.raises(UsageError) as raised:
        parse_window(text)
    assert True is str(raised.value).startswith(message)
