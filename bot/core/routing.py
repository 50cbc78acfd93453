"""Routing: which subscriptions an event's alert goes to, and which of those must wait."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.core.analysis.keywords import KeywordRules
from bot.core.events import AlertKind, Event
from bot.core.subscriptions import Channel, DeliveryStatus, Mute, QuietHours, Subscription

TenantKey = tuple[str, str]  # (platform, tenant)


@dataclass(frozen=True)
class Route:
    subscription: Subscription
    status: DeliveryStatus  # PENDING, or HELD by a mute or quiet hours
    held_reason: str = ""


@dataclass(frozen=True)
class Joined:
    """A source that joined an event, and the subscriptions its routing alerts now: where the
    event's alert is already posted in a channel with threads on, it goes to the alert's thread."""

    event_id: int
    item_id: int
    subscription_ids: tuple[int, ...]


def route(
    event: Event,
    subscriptions: Iterable[Subscription],
    keywords_pass: Callable[[TenantKey], bool],
    mutes: Iterable[Mute],
    quiet: Mapping[Channel, QuietHours],
    *,
    now: datetime,
    text: str | None = None,
) -> list[Route]:
    """One route per subscription whose countries, level, tenant keywords and own filter
    match, unless it is paused. The filter reads the item's `text`; None (an operator's
    announcement) skips it.

    Runs once per event over every subscription (10,000 and more), so the questions that do
    not depend on the subscription are answered once: the levels the event's kind satisfies,
    each tenant's keywords (once per tenant, not per channel), and whether a channel has any
    silence at all (most have none, and need no hold check).

    The loop avoids Python-level hashing: the levels are a tuple (enum members match by
    identity; hashing one calls `Enum.__hash__`), and a channel (a dataclass, hashed in Python)
    is looked up among the silenced ones only when its name, a string whose hash is cached, is
    among theirs.
    """
    by_channel: dict[Channel, list[Mute]] = {}
    for mute in mutes:
        by_channel.setdefault(mute.channel, []).append(mute)
    silenced_names = {channel.channel for channel in [*by_channel, *quiet]}
    levels = tuple(kind for kind in AlertKind if event.kind.rank >= kind.rank)
    tenants: dict[TenantKey, bool] = {}
    country, routes = event.country, []
    for subscription in subscriptions:
        if not subscription.active or subscription.paused_since or subscription.level not in levels:
            continue
        if subscription.countries and country not in subscription.countries:
            continue
        channel = subscription.channel
        tenant = (channel.platform, channel.tenant)
        passes = tenants.get(tenant)
        if passes is None:
            passes = tenants[tenant] = keywords_pass(tenant)
        if not passes:
            continue
        if text is not None and not filter_passes(subscription, text):
            continue
        silenced = channel.channel in silenced_names and (channel in by_channel or channel in quiet)
        routes.append(
            _hold_or_send(event, subscription, by_channel.get(channel, []), quiet.get(channel), now)
            if silenced
            else Route(subscription, DeliveryStatus.PENDING)
        )
    return routes


def filter_passes(subscription: Subscription, text: str) -> bool:
    """The channel's own terms and exclusions, on top of the workspace's keywords."""
    return not subscription.keywords or KeywordRules(subscription.keywords).match(text).passes


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
        return f"quiet hours until {quiet.end:%H:%M} {quiet.zone}"
    return ""
