"""Routing: which subscriptions an event's alert goes to, and which of those must wait."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.core.events import Event
from bot.core.subscriptions import Channel, DeliveryStatus, Mute, QuietHours, Subscription

TenantKey = tuple[str, str]  # (platform, tenant)


@dataclass(frozen=True)
class Route:
    subscription: Subscription
    status: DeliveryStatus  # PENDING, or HELD by a mute or quiet hours
    held_reason: str = ""


def route(
    event: Event,
    subscriptions: Iterable[Subscription],
    keywords_pass: Callable[[TenantKey], bool],
    mutes: Iterable[Mute],
    quiet: Mapping[Channel, QuietHours],
    *,
    now: datetime,
) -> list[Route]:
    """One route per subscription whose countries, level and tenant keywords match."""
    by_channel: dict[Channel, list[Mute]] = {}
    for mute in mutes:
        by_channel.setdefault(mute.channel, []).append(mute)
    routes = []
    for subscription in subscriptions:
        channel = subscription.channel
        if not subscription.wants(event) or not keywords_pass((channel.platform, channel.tenant)):
            continue
        routes.append(
            _hold_or_send(event, subscription, by_channel.get(channel, []), quiet.get(channel), now)
        )
    return routes


def _hold_or_send(
    event: Event,
    subscription: Subscription,
    mutes: Iterable[Mute],
    quiet: QuietHours | None,
    now: datetime,
) -> Route:
    reason = hold_reason(event.country, mutes, quiet, now)
    status = DeliveryStatus.HELD if reason else DeliveryStatus.PENDING
    return Route(subscription, status, reason)


def hold_reason(
    country: str, mutes: Iterable[Mute], quiet: QuietHours | None, now: datetime
) -> str:
    """Why a channel's alert about `country` must wait at `now` (a mute, quiet hours); "" if
    it need not. Routing holds alerts with it, and the outbox releases them with it."""
    covering = next((m for m in mutes if m.covers(country, now)), None)
    if covering is not None:
        reason = f"muted until {covering.until:%Y-%m-%d %H:%M} UTC"
        return reason + (f": {covering.reason}" if covering.reason else "")
    if quiet is not None and quiet.covers(now):
        return f"quiet hours until {quiet.end:%H:%M} UTC"
    return ""
