"""Who wants alerts: subscriptions and silences (mutes, quiet hours)."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time

from bot.core.catalogue import Look, Style
from bot.core.events import AlertKind
from bot.core.mentions import Mention
from bot.core.routing import TenantKey, hold_reason
from bot.core.subscriptions import Channel, Digest, Mute, QuietHours, Subscription
from bot.storage.database import Database, Params, utc_text
from bot.storage.dialect import both
from bot.storage.keywords import KeywordStore
from bot.storage.sql import Connection, Row

_SUBSCRIPTION = (
    "SELECT id, platform, tenant, channel, countries, level, digest, created_by, active,"
    " disabled_reason, last_digest_at, paused_since, keywords, tz, style, language, mention,"
    " threads"
    " FROM subscriptions"
)
_IN_CHANNEL = " WHERE platform = ? AND tenant = ? AND channel = ?"
_UPSERT = """
INSERT INTO subscriptions (platform, tenant, channel, countries, level, digest, created_by,
                           created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (platform, tenant, channel) DO UPDATE SET
    countries = excluded.countries, level = excluded.level, digest = excluded.digest,
    updated_at = excluded.updated_at, active = 1, disabled_reason = ''
"""
# Quiet hours run in the time zone of the channel's subscription (UTC without one).
_QUIET = """
SELECT q.platform, q.tenant, q.channel, q.starts, q.ends, s.tz FROM quiet_hours q
LEFT JOIN subscriptions s
    ON s.platform = q.platform AND s.tenant = q.tenant AND s.channel = q.channel
"""
_CHANNEL_MUTES = """
SELECT * FROM mutes WHERE platform = ? AND tenant = ? AND channel = ? AND until > ?
ORDER BY until, id
"""
_TENANT_MUTES = (
    "SELECT * FROM mutes WHERE platform = ? AND tenant = ? AND until > ? ORDER BY until, id"
)
_MUTES_TO_END = both(
    sqlite="SELECT * FROM mutes WHERE platform = ? AND tenant = ? AND channel = ?"
    " AND (? IS NULL OR id = ?)",
    postgres="SELECT * FROM mutes WHERE platform = ? AND tenant = ? AND channel = ?"
    " AND (CAST(? AS integer) IS NULL OR id = ?)",
)
_END_MUTES = both(
    sqlite="DELETE FROM mutes WHERE platform = ? AND tenant = ? AND channel = ?"
    " AND (? IS NULL OR id = ?)",
    postgres="DELETE FROM mutes WHERE platform = ? AND tenant = ? AND channel = ?"
    " AND (CAST(? AS integer) IS NULL OR id = ?)",
)


class SubscriptionStore(KeywordStore):
    """Subscriptions, silences and (inherited) tenants' keywords: one store, one interface."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._active: tuple[int, tuple[Subscription, ...]] | None = None  # (version, rows)

    # Subscriptions --------------------------------------------------------------------------

    async def subscribe(
        self,
        channel: Channel,
        countries: frozenset[str],
        *,
        level: AlertKind,
        digest: Digest,
        created_by: str,
        now: datetime,
    ) -> tuple[Subscription, bool]:
        """Create or replace the channel's subscription (re-enabling it); True when created."""
        values = (
            _codes(countries),
            level.value,
            digest.value,
            created_by,
            utc_text(now),
            utc_text(now),
        )
        async with self._db.transaction() as conn:
            before = await _one(conn, _SUBSCRIPTION + _IN_CHANNEL, _key(channel))
            await conn.execute(_UPSERT, (*_key(channel), *values))
            after = await _one(conn, _SUBSCRIPTION + _IN_CHANNEL, _key(channel))
        assert after is not None  # written in this very transaction
        return _subscription(after), before is None

    async def unsubscribe(
        self, channel: Channel, countries: frozenset[str] | None, *, now: datetime
    ) -> Subscription | None:
        """Drop some countries (None: all of it); what remains, or None when nothing does.

        A subscription to every country has no list to take countries from: it is returned
        unchanged. Removing the last country of a list removes the subscription.
        """
        async with self._db.transaction() as conn:
            row = await _one(conn, _SUBSCRIPTION + _IN_CHANNEL, _key(channel))
            current = _subscription(row) if row else None
            if current is None or (countries is not None and not current.countries):
                return current
            remaining = current.countries - countries if countries is not None else frozenset()
            if not remaining:
                await conn.execute("DELETE FROM subscriptions WHERE id = ?", (current.id,))
                return None
            await conn.execute(
                "UPDATE subscriptions SET countries = ?, updated_at = ? WHERE id = ?",
                (_codes(remaining), utc_text(now), current.id),
            )
        return replace(current, countries=remaining)

    async def for_channel(self, channel: Channel) -> Subscription | None:
        row = await self._db.fetch_one(_SUBSCRIPTION + _IN_CHANNEL, _key(channel))
        return _subscription(row) if row else None

    async def for_tenant(self, platform: str, tenant: str) -> list[Subscription]:
        """Every subscription of a tenant, disabled ones included."""
        rows = await self._db.fetch_all(
            _SUBSCRIPTION + " WHERE platform = ? AND tenant = ? ORDER BY channel",
            (platform, tenant),
        )
        return [_subscription(row) for row in rows]

    async def active(self) -> list[Subscription]:
        """Every active subscription: routing reads this for each batch of news. Kept from the
        last read until the table's version (raised by triggers on every change) moves."""
        row = await self._db.fetch_one("SELECT version FROM subscriptions_version")
        version = int(row[0]) if row else -1
        if self._active is None or self._active[0] != version:
            rows = await self._db.fetch_all(_SUBSCRIPTION + " WHERE active = 1 ORDER BY id")
            self._active = (version, tuple(_subscription(row) for row in rows))
        return list(self._active[1])

    async def set_paused(self, channel: Channel, since: datetime | None) -> Subscription | None:
        """Pause the channel's subscription from `since`, or resume it (None)."""
        return await self._set_column(channel, "paused_since", utc_text(since) if since else None)

    async def set_filter(self, channel: Channel, terms: Sequence[str]) -> Subscription | None:
        """The channel's own keyword filter (normalised terms; empty: none)."""
        return await self._set_column(channel, "keywords", json.dumps(list(terms)))

    async def set_tz(self, channel: Channel, zone: str) -> Subscription | None:
        """The channel's time zone (an IANA name the caller checked)."""
        return await self._set_column(channel, "tz", zone)

    async def set_style(self, channel: Channel, style: Style) -> Subscription | None:
        """How the channel's alerts look: full or compact."""
        return await self._set_column(channel, "style", style.value)

    async def set_language(self, channel: Channel, language: str) -> Subscription | None:
        """The language of the channel's fixed text (a code the catalogue has)."""
        return await self._set_column(channel, "language", language)

    async def set_mention(self, channel: Channel, mention: Mention | None) -> Subscription | None:
        """Who the channel's alerts and digests ping (None: nobody)."""
        return await self._set_column(channel, "mention", mention.stored if mention else "")

    async def set_threads(self, channel: Channel, on: bool) -> Subscription | None:
        """Whether sources joining an event also go to its alert's thread."""
        return await self._set_column(channel, "threads", int(on))

    async def _set_column(
        self, channel: Channel, column: str, value: str | int | None
    ) -> Subscription | None:
        async with self._db.transaction() as conn:
            await conn.execute(
                f"UPDATE subscriptions SET {column} = ?" + _IN_CHANNEL,  # noqa: S608 - our names
                (value, *_key(channel)),
            )
            row = await _one(conn, _SUBSCRIPTION + _IN_CHANNEL, _key(channel))
        return _subscription(row) if row else None

    async def mark_digest(self, subscription_id: int, now: datetime) -> None:
        """The channel's digest went out (or had nothing to say) at `now`."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE subscriptions SET last_digest_at = ? WHERE id = ?",
                (utc_text(now), subscription_id),
            )

    async def disable(self, subscription_id: int, reason: str) -> None:
        await self._set_active(subscription_id, active=False, reason=reason)

    async def enable(self, subscription_id: int) -> None:
        await self._set_active(subscription_id, active=True, reason="")

    async def _set_active(self, subscription_id: int, *, active: bool, reason: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE subscriptions SET active = ?, disabled_reason = ? WHERE id = ?",
                (int(active), reason, subscription_id),
            )

    # Mutes ----------------------------------------------------------------------------------

    async def mute(
        self,
        channel: Channel,
        countries: frozenset[str],
        *,
        until: datetime,
        reason: str,
        created_by: str,
        now: datetime,
    ) -> Mute:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO mutes (platform, tenant, channel, countries, until, reason,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *_key(channel),
                    _codes(countries),
                    utc_text(until),
                    reason,
                    created_by,
                    utc_text(now),
                ),
            )
        assert cursor.lastrowid is not None
        return Mute(cursor.lastrowid, channel, countries, until, reason, created_by)

    async def mutes(self, scope: Channel | TenantKey, now: datetime) -> list[Mute]:
        """The active mutes of one channel, or of every channel of a (platform, tenant)."""
        if isinstance(scope, Channel):
            rows = await self._db.fetch_all(_CHANNEL_MUTES, (*_key(scope), utc_text(now)))
        else:
            rows = await self._db.fetch_all(_TENANT_MUTES, (*scope, utc_text(now)))
        return [_mute(row) for row in rows]

    async def active_mutes(self, now: datetime) -> list[Mute]:
        rows = await self._db.fetch_all(
            "SELECT * FROM mutes WHERE until > ? ORDER BY id", (utc_text(now),)
        )
        return [_mute(row) for row in rows]

    async def unmute(self, channel: Channel, mute_id: int | None) -> list[Mute]:
        """End one mute of the channel (None: all of them, expired ones too); those removed."""
        params = (*_key(channel), mute_id, mute_id)
        async with self._db.transaction() as conn:
            async with conn.execute(_MUTES_TO_END, params) as cursor:
                removed = [_mute(row) async for row in cursor]
            await conn.execute(_END_MUTES, params)
        return removed

    # Quiet hours ----------------------------------------------------------------------------

    async def set_quiet(self, channel: Channel, start: time, end: time) -> QuietHours:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO quiet_hours (platform, tenant, channel, starts, ends)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, tenant, channel)"
                " DO UPDATE SET starts = excluded.starts, ends = excluded.ends",
                (*_key(channel), _hhmm(start), _hhmm(end)),
            )
        quiet = await self.quiet_for(channel)
        return quiet if quiet is not None else QuietHours(start, end)

    async def clear_quiet(self, channel: Channel) -> bool:
        """True when the channel had quiet hours."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM quiet_hours WHERE platform = ? AND tenant = ? AND channel = ?",
                _key(channel),
            )
        return cursor.rowcount > 0

    async def quiet_for(self, channel: Channel) -> QuietHours | None:
        row = await self._db.fetch_one(
            _QUIET + " WHERE q.platform = ? AND q.tenant = ? AND q.channel = ?", _key(channel)
        )
        return _quiet(row) if row else None

    async def hold_reason(self, channel: Channel, country: str, now: datetime) -> str:
        """Why the channel's held alerts about `country` must still wait (the outbox asks)."""
        mutes = await self.mutes(channel, now)
        return hold_reason(country, mutes, await self.quiet_for(channel), now)

    async def quiet_hours(self) -> dict[Channel, QuietHours]:
        rows = await self._db.fetch_all(_QUIET)
        return {_channel(row): _quiet(row) for row in rows}


async def _one(conn: Connection, sql: str, params: Params) -> Row | None:
    async with conn.execute(sql, params) as cursor:
        row: Row | None = await cursor.fetchone()
        return row


def _key(channel: Channel) -> tuple[str, str, str]:
    return (channel.platform, channel.tenant, channel.channel)


def _codes(countries: frozenset[str]) -> str:
    return json.dumps(sorted(countries))


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _hhmm(moment: time) -> str:
    return moment.strftime("%H:%M")


def _channel(row: Row) -> Channel:
    return Channel(row["platform"], row["tenant"], row["channel"])


def _subscription(row: Row) -> Subscription:
    # Columns in _SUBSCRIPTION's order; plain lookups and a cached list parse, because
    # `active()` builds thousands of these for each routed item.
    id_, platform, tenant, channel, countries, level, digest, by, active, reason, *rest = row
    digested, paused, keywords, tz, style, language, mention, threads = rest
    return Subscription(
        id_,
        Channel(platform, tenant, channel),
        _country_set(countries),
        _LEVELS[level],
        _DIGESTS[digest],
        by,
        bool(active),
        reason,
        datetime.fromisoformat(digested) if digested else None,
        datetime.fromisoformat(paused) if paused else None,
        _terms(keywords),
        tz,
        _look(style, language),
        Mention.from_stored(mention),
        bool(threads),
    )


_LEVELS = {kind.value: kind for kind in AlertKind}
_DIGESTS = {digest.value: digest for digest in Digest}


@functools.lru_cache(maxsize=64)
def _look(style: str, language: str) -> Look:
    return Look(Style(style), language)


@functools.lru_cache(maxsize=4096)
def _country_set(codes: str) -> frozenset[str]:
    """Many subscriptions share a list (every country, the EU...): parse each text once."""
    return frozenset(json.loads(codes))


@functools.lru_cache(maxsize=1024)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _mute(row: Row) -> Mute:
    return Mute(
        id=row["id"],
        channel=_channel(row),
        countries=_country_set(row["countries"]),
        until=_dt(row["until"]),
        reason=row["reason"],
        created_by=row["created_by"],
    )


def _quiet(row: Row) -> QuietHours:
    return QuietHours(
        time.fromisoformat(row["starts"]), time.fromisoformat(row["ends"]), row["tz"] or "UTC"
    )
