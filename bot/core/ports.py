"""The interfaces the neutral core and handlers need from storage, as Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import date, datetime, time, timedelta
from typing import Protocol, runtime_checkable

from bot.core.access import Role
from bot.core.alerts import Alert, ThreadNote
from bot.core.catalogue import Style
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind, Event, EventStatus
from bot.core.feeds import Feed, FeedAdded, ItemStatus, StoredItem
from bot.core.grouping import GroupingPlan, Known, Report
from bot.core.home import HomePage
from bot.core.mentions import Mention
from bot.core.models import Change, Country, Group, Record
from bot.core.opml import OpmlFeed
from bot.core.replies import Image, Reply
from bot.core.routing import Joined, Route, TenantKey
from bot.core.subscriptions import (
    Channel,
    DeliveryStatus,
    DeliveryView,
    Digest,
    KeywordChange,
    Mute,
    QuietHours,
    Subscription,
)


class RecordBook(Protocol):
    async def get(self, code: str) -> Record | None: ...

    async def all(self) -> list[Record]: ...

    async def history(self, code: str) -> list[Change]: ...

    async def recent_changes(self, limit: int) -> list[Change]: ...


class PictureMaker(Protocol):
    """Draws PNG pictures of the stances (bot/render). Raises RenderUnavailableError when its
    system library is missing."""

    async def world_map(
        self,
        records: Sequence[Record],
        countries: CountryIndex,
        group: Group | None,
        today: date,
        *,
        language: str = ...,
    ) -> Image: ...

    async def timeline(
        self,
        country: Country,
        history: Sequence[Change],
        current: Record,
        today: date,
        *,
        language: str = ...,
    ) -> Image: ...


class FeedManager(Protocol):
    """Feeds as commands see them; raises CommandError with a message for the user."""

    async def add(
        self, *, tenant: str, url: str, interval: timedelta | None, added_by: str
    ) -> FeedAdded: ...

    async def remove(self, *, tenant: str, ref: str) -> Feed: ...

    async def enable(self, *, tenant: str, ref: str) -> Feed: ...

    async def listed(self, tenant: str) -> list[Feed]: ...

    async def fetch_document(self, url: str) -> bytes:
        """A file from the web (an OPML list), fetched as feeds are: guarded and capped."""
        ...

    async def import_feeds(
        self, *, tenant: str, feeds: Sequence[OpmlFeed], added_by: str
    ) -> tuple[list[Feed], list[str]]:
        """Watch every feed not watched yet, in one transaction: (added, URLs already watched)."""
        ...


class EventBook(Protocol):
    async def get(self, event_id: int) -> Event | None: ...

    async def with_status(self, status: EventStatus, limit: int = 50) -> list[Event]: ...

    async def recent(self, limit: int, kinds: tuple[AlertKind, ...]) -> list[Event]: ...

    async def for_item(self, item_id: int) -> list[Event]: ...

    async def decide(
        self,
        event: Event,
        status: EventStatus,
        change: Change | None,
        *,
        note: str,
        now: datetime,
        actor: str,
    ) -> bool:
        """Record the decision; True when its change became the record (not older)."""
        ...


class Notepad(Protocol):
    """Small values kept between runs, by key (an adapter's own bookkeeping)."""

    async def recall(self, key: str) -> str | None: ...

    async def remember(self, key: str, value: str) -> None: ...


class ChatViews(Protocol):
    """What an adapter shows outside commands, decided by the handlers."""

    async def home(self, platform: str, tenant: str, role: Role) -> HomePage:
        """The tenant's home page, as `role` may see it."""
        ...

    async def decided_alert(self, event_id: int, channel: Channel) -> Alert | None:
        """A decided event's alert as `channel` shows it; None while pending, or unknown."""
        ...


class AlertSender(Protocol):
    """A platform adapter's outgoing side. Raises RetryLaterError or ChannelGoneError."""

    platform: str

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        """Post the alert; return the platform's message id. `nonce` lets the platform drop a
        duplicate of a send whose result we never recorded (Discord: enforce_nonce). With a
        `mention`, the message starts with it, and it alone may ping."""
        ...

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        """The id of a message posted for `nonce` since `since`, if the platform can tell: asked
        before posting again after a crash or a lost reply. None: post (again)."""
        ...

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None: ...

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        """Post a bot message that is not an alert (a digest, a feed notice); return its id.
        With a `nonce`, a repeat can be dropped or found, as for `send`."""
        ...


@runtime_checkable
class ThreadSender(Protocol):
    """A platform adapter that can post in an alert's thread (`threads on`). Raises
    RetryLaterError, or another SendError when the reply cannot be posted."""

    async def open_thread(self, channel: Channel, message_id: str, topic: str) -> str:
        """The id of the alert's thread, opened on its message if the platform needs that
        (Discord; opening it again returns the same one). Slack: the message's own ts."""
        ...

    async def send_in_thread(
        self, channel: Channel, thread_id: str, note: ThreadNote, nonce: str
    ) -> str:
        """Post the note in the thread; return its message id. No mention pings."""
        ...

    async def find_in_thread(
        self, channel: Channel, thread_id: str, nonce: str, since: datetime
    ) -> str | None:
        """The id of a reply posted for `nonce` since `since`, if the platform can tell."""
        ...


class AlertPoster(Protocol):
    """Posts one alert at once, outside the outbox (`/huawei test`). Raises CommandError with
    a message for the user when the channel cannot take it."""

    async def post_alert(
        self, channel: Channel, alert: Alert, *, mention: Mention | None = None
    ) -> str: ...


class AdminBell(Protocol):
    """How a platform tells a tenant's admins something in private (a direct message, the
    terminal); raises SendError when it cannot. Returns how many people it told."""

    async def tell_admins(self, tenant: str, reply: Reply) -> int: ...


class RoutingBook(Protocol):
    """What routing reads: every active subscription, silence and tenant keyword list."""

    async def active(self) -> list[Subscription]: ...

    async def active_mutes(self, now: datetime) -> list[Mute]: ...

    async def quiet_hours(self) -> dict[Channel, QuietHours]: ...

    async def all_keywords(self) -> dict[tuple[str, str], tuple[str, ...]]: ...


class SubscriptionBook(Protocol):
    """What the subscription, keyword and mute commands need from storage."""

    async def subscribe(
        self,
        channel: Channel,
        countries: frozenset[str],
        *,
        level: AlertKind,
        digest: Digest,
        created_by: str,
        now: datetime,
    ) -> tuple[Subscription, bool]: ...

    async def unsubscribe(
        self, channel: Channel, countries: frozenset[str] | None, *, now: datetime
    ) -> Subscription | None: ...

    async def for_channel(self, channel: Channel) -> Subscription | None: ...

    async def for_tenant(self, platform: str, tenant: str) -> list[Subscription]: ...

    async def set_paused(self, channel: Channel, since: datetime | None) -> Subscription | None: ...

    async def set_filter(self, channel: Channel, terms: Sequence[str]) -> Subscription | None: ...

    async def set_tz(self, channel: Channel, zone: str) -> Subscription | None: ...

    async def set_style(self, channel: Channel, style: Style) -> Subscription | None: ...

    async def set_language(self, channel: Channel, language: str) -> Subscription | None: ...

    async def set_mention(
        self, channel: Channel, mention: Mention | None
    ) -> Subscription | None: ...

    async def set_threads(self, channel: Channel, on: bool) -> Subscription | None: ...

    async def mute(
        self,
        channel: Channel,
        countries: frozenset[str],
        *,
        until: datetime,
        reason: str,
        created_by: str,
        now: datetime,
    ) -> Mute: ...

    async def mutes(self, scope: Channel, now: datetime) -> list[Mute]: ...

    async def unmute(self, channel: Channel, mute_id: int | None) -> list[Mute]: ...

    async def set_quiet(self, channel: Channel, start: time, end: time) -> QuietHours: ...

    async def clear_quiet(self, channel: Channel) -> bool: ...

    async def quiet_for(self, channel: Channel) -> QuietHours | None: ...

    async def keywords(self, platform: str, tenant: str) -> tuple[str, ...]: ...

    async def add_keywords(
        self,
        key: TenantKey,
        terms: Sequence[str],
        actor: str,
        now: datetime,
        *,
        base: Sequence[str] = (),
    ) -> tuple[str, ...]: ...

    async def remove_keywords(
        self,
        key: TenantKey,
        terms: Sequence[str],
        actor: str,
        now: datetime,
        *,
        base: Sequence[str] = (),
    ) -> tuple[str, ...]: ...

    async def keyword_log(
        self, platform: str, tenant: str, limit: int
    ) -> Sequence[KeywordChange]: ...


class OutboxBook(Protocol):
    async def stats(self) -> dict[DeliveryStatus, int]: ...

    async def refresh(self, event_id: int, now: datetime) -> int:
        """Edit the event's alerts already sent (a decision changed what they say)."""
        ...

    async def deliveries_for(self, event_id: int) -> list[DeliveryView]: ...

    async def held_in(self, channel: Channel) -> list[tuple[int, str]]: ...


class Announcer(Protocol):
    async def announce(self, change: Change, summary: str) -> tuple[bool, int]:
        """An operator's change: into the history and, unless the record is newer, the record;
        a real change of the current stance alerts every channel subscribed to the country.
        Returns whether it became the record, and how many alerts it queued."""
        ...


class ItemBook(Protocol):
    async def find_item(self, link: str) -> StoredItem | None: ...


class ItemQueue(Protocol):
    """The items polls stored for the pipeline to analyse."""

    async def items_with_status(
        self, status: ItemStatus, limit: int = 1000
    ) -> list[StoredItem]: ...

    async def set_aside(self, item_id: int) -> None:
        """An item the analysis fails on: marked analysed, never retried."""
        ...


class LedgerTransaction(Protocol):
    """One write transaction of the pipeline: what it reads in it and writes in it holds
    together, all of it or none; its writes are stamped with the time it was opened for."""

    async def known(self, reports: Sequence[Report], window: timedelta) -> Known:
        """What grouping the reports needs from the store."""
        ...

    async def write_plan(self, plan: GroupingPlan) -> GroupingPlan:
        """Write a grouping plan; return it with the ids the store gave its new events."""
        ...

    async def enqueue(self, routed: Sequence[tuple[int, Sequence[Route]]]) -> list[int]:
        """Write each (event id, routes) into the outbox; return how many rows each added."""
        ...

    async def mark_analysed(self, item_ids: Sequence[int]) -> None: ...

    async def queue_thread_replies(self, joined: Sequence[Joined]) -> int:
        """Write a thread reply for each joined source where its alert is already posted in a
        channel with threads on; return how many were written."""
        ...

    async def write_change(self, change: Change, summary: str) -> bool:
        """Add the change to the history; True when it became the record (not older)."""
        ...

    async def announcement(self, change: Change, summary: str) -> Event:
        """The confirmed event of an operator's change, with its source, written."""
        ...


class EventLedger(Protocol):
    """Where the pipeline reads and writes findings, events, decisions and deliveries."""

    def transaction(self, now: datetime) -> AbstractAsyncContextManager[LedgerTransaction]: ...
