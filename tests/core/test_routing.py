"""Routing: who gets an event's alert, and who must wait for it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.core.events import AlertKind, Event, EventStatus
from bot.core.models import Stance
from bot.core.routing import TenantKey, route
from bot.core.subscriptions import Channel, DeliveryStatus, Digest, Mute, QuietHours, Subscription

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
CHANGE_IN_GB = Event(1, "GB", Stance.BANNED, AlertKind.CHANGE, Stance.RESTRICTED, NOW,
                     EventStatus.PENDING)  # fmt: skip


def subscription(
    number: int,
    countries: frozenset[str] = frozenset(),
    level: AlertKind = AlertKind.CHANGE,
    *,
    tenant: str = "T1",
    active: bool = True,
) -> Subscription:
    channel = Channel("slack", tenant, f"C{number}")
    return Subscription(number, channel, countries, level, Digest.OFF, "U1", active=active)


def routed(
    subscriptions: list[Subscription],
    event: Event = CHANGE_IN_GB,
    keywords: dict[str, bool] | None = None,
    mutes: tuple[Mute, ...] = (),
    quiet: dict[Channel, QuietHours] | None = None,
) -> list[tuple[int, DeliveryStatus, str]]:
    asked: list[TenantKey] = []

    def passes(tenant: TenantKey) -> bool:
        asked.append(tenant)
        return (keywords or {}).get(tenant[1], True)

    routes = route(event, subscriptions, passes, mutes, quiet or {}, now=NOW)
    assert len(asked) == len(set(asked)), "each tenant's keywords are asked once"
    return [(r.subscription.id, r.status, r.held_reason) for r in routes]


def test_countries_level_and_activity_choose_the_subscriptions() -> None:
    subscriptions = [
        subscription(1),
        subscription(2, frozenset({"GB", "DE"})),
        subscription(3, frozenset({"DE"})),
        subscription(4, level=AlertKind.MENTION),
        subscription(5, active=False),
    ]
    pending = DeliveryStatus.PENDING
    assert [(1, pending, ""), (2, pending, ""), (4, pending, "")] == routed(subscriptions)


def test_a_mention_reaches_only_those_who_want_mentions() -> None:
    mention = Event(2, "GB", None, AlertKind.MENTION, Stance.BANNED, NOW, EventStatus.INFO)
    subscriptions = [subscription(1), subscription(2, level=AlertKind.MENTION)]
    assert [2] == [number for number, _, _ in routed(subscriptions, mention)]


def test_a_tenants_keywords_decide_for_all_its_channels() -> None:
    subscriptions = [subscription(n, tenant=f"T{n % 2}") for n in range(6)]
    assert [1, 3, 5] == [n for n, _, _ in routed(subscriptions, keywords={"T0": False})]


def test_a_mute_or_quiet_hours_hold_a_channels_alert() -> None:
    muted, quiet, free = subscription(1), subscription(2), subscription(3)
    mute = Mute(7, muted.channel, frozenset({"GB"}), NOW + timedelta(hours=2), "offsite", "U1")
    hours = {quiet.channel: QuietHours(time(11), time(13))}
    assert [
        (1, DeliveryStatus.HELD, "muted until 2026-11-01 14:00 UTC: offsite"),
        (2, DeliveryStatus.HELD, "quiet hours until 13:00 UTC"),
        (3, DeliveryStatus.PENDING, ""),
    ] == routed([muted, quiet, free], mutes=(mute,), quiet=hours)


def test_a_mute_of_another_country_holds_nothing() -> None:
    muted = subscription(1)
    mute = Mute(7, muted.channel, frozenset({"DE"}), NOW + timedelta(hours=2), "", "U1")
    assert [(1, DeliveryStatus.PENDING, "")] == routed([muted], mutes=(mute,))
