"""Subscriptions, silences and keywords in a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from bot.core.events import AlertKind
from bot.core.ports import RoutingBook, SubscriptionBook
from bot.core.subscriptions import Channel, Digest, QuietHours, Subscription
from bot.storage.database import Database
from bot.storage.subscriptions import SubscriptionStore
from bot.storage.target import DatabaseUrl

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
NEWS = Channel("discord", "G1", "news")
OTHER = Channel("discord", "G1", "other")
ELSEWHERE = Channel("slack", "T9", "general")
DEFAULTS = ("huawei", '"high-risk vendor"', "zte")


@pytest.fixture
async def store(database_target: Path | DatabaseUrl) -> AsyncIterator[SubscriptionStore]:
    database = await Database.open(database_target)
    yield SubscriptionStore(database)
    await database.close()


async def subscribe(
    store: SubscriptionStore,
    channel: Channel,
    countries: frozenset[str] = frozenset(),
    level: AlertKind = AlertKind.CHANGE,
) -> Subscription:
    subscription, _ = await store.subscribe(
        channel, countries, level=level, digest=Digest.OFF, created_by="U1", now=NOW
    )
    return subscription


def test_the_store_is_what_the_handlers_and_the_router_read(store: SubscriptionStore) -> None:
    book: SubscriptionBook = store  # mypy checks both interfaces
    routing: RoutingBook = store
    assert (store, store) == (book, routing)


async def test_subscribing_twice_updates_the_same_row(store: SubscriptionStore) -> None:
    first, created = await store.subscribe(
        NEWS, frozenset({"DE"}), level=AlertKind.CHANGE, digest=Digest.OFF, created_by="U1", now=NOW
    )
    second, created_again = await store.subscribe(
        NEWS,
        frozenset({"FR", "IT"}),
        level=AlertKind.MENTION,
        digest=Digest.WEEKLY,
        created_by="U2",
        now=NOW,
    )
    expected = Subscription(
        first.id, NEWS, frozenset({"FR", "IT"}), AlertKind.MENTION, Digest.WEEKLY, "U1"
    )
    assert (True, False, expected) == (created, created_again, second)
    assert [expected] == await store.for_tenant("discord", "G1")


async def test_subscribing_again_re_enables_a_disabled_subscription(
    store: SubscriptionStore,
) -> None:
    subscription = await subscribe(store, NEWS)
    await store.disable(subscription.id, "bot removed (403)")
    disabled = await store.for_channel(NEWS)
    again = await subscribe(store, NEWS)
    assert disabled is not None
    assert ((False, "bot removed (403)"), (True, "")) == (
        (disabled.active, disabled.disabled_reason),
        (again.active, again.disabled_reason),
    )


async def test_active_lists_only_active_subscriptions_of_every_tenant(
    store: SubscriptionStore,
) -> None:
    news = await subscribe(store, NEWS)
    other = await subscribe(store, OTHER)
    elsewhere = await subscribe(store, ELSEWHERE, frozenset({"GB"}))
    await store.disable(other.id, "channel not found (404)")
    assert [news.id, elsewhere.id] == [s.id for s in await store.active()]
    await store.enable(other.id)
    assert [news.id, other.id, elsewhere.id] == [s.id for s in await store.active()]


async def test_for_tenant_keeps_to_its_tenant(store: SubscriptionStore) -> None:
    await subscribe(store, NEWS)
    await subscribe(store, ELSEWHERE)
    assert [ELSEWHERE] == [s.channel for s in await store.for_tenant("slack", "T9")]


async def test_unsubscribing_some_countries_keeps_the_others(store: SubscriptionStore) -> None:
    await subscribe(store, NEWS, frozenset({"DE", "FR", "IT"}), AlertKind.REAFFIRM)
    remaining = await store.unsubscribe(NEWS, frozenset({"FR", "IT"}), now=NOW)
    stored = await store.for_channel(NEWS)
    assert remaining is not None
    assert (frozenset({"DE"}), AlertKind.REAFFIRM, remaining) == (
        remaining.countries,
        remaining.level,
        stored,
    )


async def test_removing_the_last_country_removes_the_subscription(
    store: SubscriptionStore,
) -> None:
    await subscribe(store, NEWS, frozenset({"DE"}))
    assert (None, None) == (
        await store.unsubscribe(NEWS, frozenset({"DE", "FR"}), now=NOW),
        await store.for_channel(NEWS),
    )


async def test_unsubscribing_without_countries_removes_the_subscription(
    store: SubscriptionStore,
) -> None:
    await subscribe(store, NEWS, frozenset({"DE"}))
    assert (None, None) == (
        await store.unsubscribe(NEWS, None, now=NOW),
        await store.for_channel(NEWS),
    )


async def test_an_every_country_subscription_has_no_list_to_narrow(
    store: SubscriptionStore,
) -> None:
    subscription = await subscribe(store, NEWS)
    assert subscription == await store.unsubscribe(NEWS, frozenset({"DE"}), now=NOW)
    assert subscription == await store.for_channel(NEWS)


async def test_unsubscribing_a_channel_without_subscription_is_none(
    store: SubscriptionStore,
) -> None:
    assert None is await store.unsubscribe(NEWS, None, now=NOW)


async def test_mutes_are_active_until_they_end(store: SubscriptionStore) -> None:
    short = await store.mute(
        NEWS, frozenset({"DE"}), until=NOW + timedelta(hours=1), reason="", created_by="U1", now=NOW
    )
    long = await store.mute(
        NEWS, frozenset(), until=NOW + timedelta(days=1), reason="talks", created_by="U1", now=NOW
    )
    later = NOW + timedelta(hours=2)
    assert ([short, long], [long]) == (
        await store.mutes(NEWS, NOW),
        await store.mutes(NEWS, later),
    )
    assert [long] == await store.active_mutes(later)


async def test_mutes_by_channel_or_by_tenant(store: SubscriptionStore) -> None:
    until = NOW + timedelta(hours=1)
    ids = [
        (await store.mute(c, frozenset(), until=until, reason="", created_by="U1", now=NOW)).id
        for c in (NEWS, OTHER, ELSEWHERE)
    ]
    assert ([ids[0]], ids[:2]) == (
        [m.id for m in await store.mutes(NEWS, NOW)],
        [m.id for m in await store.mutes(("discord", "G1"), NOW)],
    )


async def test_a_mute_ending_in_another_time_zone_compares_as_utc(
    store: SubscriptionStore,
) -> None:
    plus_two = timezone(timedelta(hours=2))
    until = datetime(2026, 11, 1, 13, 30, tzinfo=plus_two)  # 11:30 UTC: already over
    await store.mute(NEWS, frozenset(), until=until, reason="", created_by="U1", now=NOW)
    assert [] == await store.active_mutes(NOW)


async def test_unmute_removes_one_mute_of_the_channel_or_all_of_them(
    store: SubscriptionStore,
) -> None:
    until = NOW + timedelta(hours=1)
    first = await store.mute(NEWS, frozenset(), until=until, reason="", created_by="U1", now=NOW)
    await store.mute(NEWS, frozenset({"FR"}), until=until, reason="", created_by="U1", now=NOW)
    elsewhere = await store.mute(
        OTHER, frozenset(), until=until, reason="", created_by="U", now=NOW
    )
    assert [] == await store.unmute(OTHER, first.id)
    assert [first] == await store.unmute(NEWS, first.id)
    assert 1 == len(await store.unmute(NEWS, None))
    assert ([], [elsewhere]) == (await store.mutes(NEWS, NOW), await store.active_mutes(NOW))


async def test_quiet_hours_are_set_replaced_and_cleared(store: SubscriptionStore) -> None:
    await store.set_quiet(NEWS, time(22), time(7))
    await store.set_quiet(NEWS, time(23, 30), time(6))
    await store.set_quiet(ELSEWHERE, time(12), time(13))
    assert {
        NEWS: QuietHours(time(23, 30), time(6)),
        ELSEWHERE: QuietHours(time(12), time(13)),
    } == await store.quiet_hours()
    assert (True, False, None) == (
        await store.clear_quiet(NEWS),
        await store.clear_quiet(NEWS),
        await store.quiet_for(NEWS),
    )


async def test_a_first_keyword_starts_the_tenants_list_from_the_defaults(
    store: SubscriptionStore,
) -> None:
    added = await store.add_keywords(("slack", "T1"), ["ericsson"], "U1", NOW, base=DEFAULTS)
    assert (("ericsson",), {*DEFAULTS, "ericsson"}) == (
        added,
        set(await store.keywords("slack", "T1")),
    )


async def test_adding_a_term_already_in_the_defaults_changes_nothing(
    store: SubscriptionStore,
) -> None:
    added = await store.add_keywords(("slack", "T1"), ["huawei"], "U1", NOW, base=DEFAULTS)
    assert ((), (), []) == (
        added,
        await store.keywords("slack", "T1"),
        await store.keyword_log("slack", "T1", 10),
    )


async def test_removing_a_default_keeps_the_other_defaults(store: SubscriptionStore) -> None:
    removed = await store.remove_keywords(
        ("slack", "T1"), ["zte", "nokia"], "U1", NOW, base=DEFAULTS
    )
    assert (("zte",), {"huawei", '"high-risk vendor"'}) == (
        removed,
        set(await store.keywords("slack", "T1")),
    )


async def test_every_keyword_change_is_logged_with_its_actor_newest_first(
    store: SubscriptionStore,
) -> None:
    await store.add_keywords(("slack", "T1"), ["a", "b"], "U1", NOW)
    await store.remove_keywords(("slack", "T1"), ["a"], "U2", NOW + timedelta(minutes=1))
    log = await store.keyword_log("slack", "T1", 2)
    assert [("remove", "a", "U2", NOW + timedelta(minutes=1)), ("add", "b", "U1", NOW)] == [
        (e.action, e.term, e.actor, e.at) for e in log
    ]


async def test_all_keywords_maps_each_tenant_with_its_own_terms(store: SubscriptionStore) -> None:
    await store.add_keywords(("slack", "T1"), ["huawei", "-honor"], "U1", NOW)
    await store.add_keywords(("discord", "G1"), ["zte"], "U1", NOW)
    assert {
        ("slack", "T1"): ("-honor", "huawei"),
        ("discord", "G1"): ("zte",),
    } == await store.all_keywords()


async def test_held_alerts_wait_while_a_mute_covers_the_country(store: SubscriptionStore) -> None:
    later = NOW + timedelta(hours=1)
    await store.mute(
        NEWS, frozenset({"GB"}), until=later, reason="offsite", created_by="U1", now=NOW
    )
    reasons = [
        await store.hold_reason(NEWS, "GB", NOW),
        await store.hold_reason(NEWS, "FR", NOW),
        await store.hold_reason(NEWS, "GB", later),
    ]
    assert ["muted until 2026-11-01 13:00 UTC: offsite", "", ""] == reasons


async def test_held_alerts_wait_through_quiet_hours_that_wrap_midnight(
    store: SubscriptionStore,
) -> None:
    await store.set_quiet(NEWS, time(22), time(7))
    night, noon = NOW.replace(hour=23), NOW.replace(hour=12)
    reasons = [await store.hold_reason(NEWS, "GB", moment) for moment in (night, noon)]
    assert ["quiet hours until 07:00 UTC", ""] == reasons


async def test_routing_sees_every_change_made_since_it_last_read(
    store: SubscriptionStore, database_target: Path | DatabaseUrl
) -> None:
    await subscribe(store, NEWS)
    first = [s.channel for s in await store.active()]
    await subscribe(store, OTHER, frozenset({"DE"}))
    after_subscribe = [(s.channel, s.countries) for s in await store.active()]
    elsewhere = await Database.open(database_target)  # another process's connection
    await elsewhere.execute_many(
        "UPDATE subscriptions SET active = 0 WHERE channel = ?", [("news",)]
    )
    await elsewhere.close()
    assert ([NEWS], [(NEWS, frozenset()), (OTHER, frozenset({"DE"}))], [OTHER]) == (
        first,
        after_subscribe,
        [s.channel for s in await store.active()],
    )
