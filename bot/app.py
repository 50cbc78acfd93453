"""The composition root: settings → data → store → services → adapters, wired once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType

from bot import __version__
from bot.catalog import Catalog, load_catalog
from bot.channel_post import ChannelPoster
from bot.core.access import Caller, Role
from bot.core.analysis import Analyser
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind, AutoApplyRule
from bot.core.feeds import FeedOrigin, FeedPolicy
from bot.core.ports import AdminBell, AlertSender, ChatViews, Notepad
from bot.core.replies import Image
from bot.core.seed import Seed
from bot.core.subscriptions import Channel, Digest
from bot.delivery import DeliveryWorker
from bot.digests import DigestJob
from bot.feed_manager import FeedManager
from bot.feeds.fetch import Fetcher, FetchSettings
from bot.feeds.workers import FeedParser
from bot.gone import GoneNotice
from bot.logs import event
from bot.metrics import Metrics
from bot.notices import NoticeBoard
from bot.pipeline import Pipeline
from bot.polling import Poller
from bot.render import Renderer
from bot.scheduling import FeedScheduler
from bot.settings import Settings
from bot.storage.database import Database
from bot.storage.events import EventStore
from bot.storage.feeds import FeedStore
from bot.storage.ledger import Ledger
from bot.storage.meta import MetaStore
from bot.storage.outbox import Outbox
from bot.storage.posts import PostBox
from bot.storage.records import RecordStore
from bot.storage.subscriptions import SubscriptionStore
from handlers.base import Services
from handlers.dispatch import Dispatcher, all_commands
from handlers.views import Views

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
CONSOLE_CHANNEL = Channel("console", "console", "terminal")
DIGEST_CHECK_SECONDS = 600  # digests are due daily or weekly; checking often keeps them on time


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Outlet:
    """A platform's way out: its channels' alerts and posts, and a private word to a tenant's
    admins (a lost channel); built once, before the app, by whoever runs the platform."""

    sender: AlertSender
    bell: AdminBell | None = None


NO_OUTLETS: Mapping[str, Outlet] = MappingProxyType({})


@dataclass(frozen=True)
class App:
    settings: Settings
    database: Database
    records: RecordStore
    feeds: FeedStore
    events: EventStore
    subscriptions: SubscriptionStore
    outbox: Outbox
    countries: CountryIndex
    poller: Poller
    scheduler: FeedScheduler
    pipeline: Pipeline
    senders: Mapping[str, AlertSender]  # read-only: built once, from the outlets
    delivery: DeliveryWorker
    digests: DigestJob
    dispatcher: Dispatcher
    started_at: datetime
    metrics: Metrics
    bells: Mapping[str, AdminBell]  # each platform's way to tell a tenant's admins in private
    notepad: Notepad  # small values adapters keep between runs
    views: ChatViews  # what adapters show beside replies (Slack's App Home)

    def console_caller(self, as_role: Role) -> Caller:
        """The terminal user: an operator only if settings list `console:operator`."""
        user = as_role.name.lower()
        role = as_role
        if role == Role.OPERATOR and f"console:{user}" not in self.settings.operators:
            role = Role.ADMIN
        return Caller("console", CONSOLE_CHANNEL.tenant, CONSOLE_CHANNEL.channel, user, role)

    @property
    def demo(self) -> bool:
        """With no platform token the bot runs on the bundled demo feed alone."""
        return not self.settings.has_platform_token

    async def sync_feeds(self) -> None:
        """Global feeds follow settings: the demo feed in demo mode, else the global list."""
        folder = self.settings.config_path.parent.resolve()
        demo = [_as_url(self.settings.feeds.demo, folder)] if self.demo else []
        listed = [] if self.demo else [_as_url(u, folder) for u in self.settings.feeds.global_feeds]
        now = utc_now()
        await self.feeds.sync_origin(FeedOrigin.DEMO, [u for u in demo if u], now)
        await self.feeds.sync_origin(FeedOrigin.SETTINGS, listed, now)

    async def subscribe_console(self) -> None:
        """In the demo, the terminal is subscribed to every change unless it chose otherwise."""
        if await self.subscriptions.for_channel(CONSOLE_CHANNEL) is None:
            await self.subscriptions.subscribe(
                CONSOLE_CHANNEL,
                frozenset(),
                level=AlertKind.CHANGE,
                digest=Digest.OFF,
                created_by="console:demo",
                now=utc_now(),
            )


def _as_url(value: str, folder: Path) -> str:
    """Settings name feeds by URL or by a path relative to the settings folder."""
    if not value or "://" in value:
        return value
    return (folder / value).resolve().as_uri()


def fetch_settings(settings: Settings) -> FetchSettings:
    feeds = settings.feeds
    return FetchSettings(
        user_agent=feeds.user_agent,
        total_timeout=feeds.timeout,
        max_bytes=feeds.max_bytes,
        max_redirects=feeds.max_redirects,
        max_concurrent=feeds.max_concurrent,
        max_per_host=feeds.max_per_host,
        allow_addresses=feeds.allow_addresses,
    )


def feed_policy(settings: Settings) -> FeedPolicy:
    return FeedPolicy(
        default_interval=settings.feeds.interval,
        disable_after=settings.feeds.disable_after_failures,
        max_item_age=settings.feeds.max_item_age,
    )


@asynccontextmanager
async def open_app(
    settings: Settings, clock: Clock = utc_now, *, outlets: Mapping[str, Outlet] = NO_OUTLETS
) -> AsyncIterator[App]:
    """The bot on its database, delivering to the platforms of `outlets` (none: lookups only;
    `running.py` passes the terminal and the platforms it serves)."""
    catalog = load_catalog(
        settings.countries_file, settings.stances_file, settings.reading_model_file
    )
    database = await Database.open(settings.store)
    try:
        records = RecordStore(database)
        await _apply_seed(records, catalog.seed, catalog.countries, clock())
        fetching = Fetcher(fetch_settings(settings), clock=clock)
        async with fetching as fetcher, _parser(settings) as parser:
            yield _assemble(
                settings,
                clock=clock,
                catalog=catalog,
                database=database,
                records=records,
                fetcher=fetcher,
                parser=parser,
                outlets=outlets,
            )
    finally:
        await database.close()


@asynccontextmanager
async def workers_running(app: App, stop: asyncio.Event) -> AsyncIterator[None]:
    """The scheduler (feed polls, the digests' check), the delivery and the analysis workers,
    for as long as the block runs; then stopped, in the reverse order."""
    await app.scheduler.start()
    app.scheduler.every(DIGEST_CHECK_SECONDS, app.digests.run_once, "digests")
    delivery = asyncio.create_task(app.delivery.run(stop), name="delivery")
    analysis = asyncio.create_task(app.pipeline.run(stop), name="analysis")
    try:
        yield
    finally:
        stop.set()
        await app.scheduler.stop()
        await analysis  # a batch in flight commits or rolls back; new items wait for next start
        await delivery  # a send in flight finishes; the rest stay pending for the next start


@asynccontextmanager
async def _parser(settings: Settings) -> AsyncIterator[FeedParser]:
    parser = FeedParser(settings.feeds.parse_workers, max_items=settings.feeds.max_items)
    try:
        yield parser
    finally:
        await parser.close()  # waits for the worker processes to exit


async def _apply_seed(
    records: RecordStore, seed: Seed, countries: CountryIndex, now: datetime
) -> None:
    result = await records.apply_seed(seed, [c.code for c in countries.countries], now)
    if result.inserted or result.updated:
        event(
            log,
            "records.seeded",
            version=result.version,
            inserted=result.inserted,
            updated=result.updated,
        )


@dataclass(frozen=True)
class _Base:
    """What every step of the wiring reads: settings, clock, metrics, countries and the stores
    (one per concept, all on the one database)."""

    settings: Settings
    clock: Clock
    metrics: Metrics
    countries: CountryIndex
    database: Database
    records: RecordStore
    feeds: FeedStore
    events: EventStore
    subscriptions: SubscriptionStore
    outbox: Outbox
    posts: PostBox


def _assemble(
    settings: Settings,
    *,
    clock: Clock,
    catalog: Catalog,
    database: Database,
    records: RecordStore,
    fetcher: Fetcher,
    parser: FeedParser,
    outlets: Mapping[str, Outlet],
) -> App:
    """The stores, the services over them, then the commands over both."""
    countries, analyser = catalog.countries, catalog.analyser
    base = _base(settings, clock, countries, database, records)
    senders = MappingProxyType({name: o.sender for name, o in outlets.items()})
    bells = MappingProxyType({name: o.bell for name, o in outlets.items() if o.bell is not None})
    pictures = Renderer()
    pipeline = _pipeline(base, analyser)
    poller = _poller(base, fetcher, parser, pipeline)
    scheduler = FeedScheduler(
        poller, base.feeds, feed_policy(settings), settings.feeds.jitter, utc_now
    )
    started_at = clock()
    services = Services(
        countries=countries,
        records=records,
        feeds=FeedManager(fetcher, base.feeds, poller, scheduler, clock),
        events=base.events,
        subscriptions=base.subscriptions,
        default_keywords=settings.analysis.default_keywords,
        outbox=base.outbox,
        announcer=pipeline,
        items=base.feeds,
        analyser=analyser,
        clock=clock,
        version=__version__,
        started_at=started_at,
        pictures=pictures,
        poster=ChannelPoster(senders),
    )
    return App(
        settings,
        database,
        records,
        base.feeds,
        base.events,
        base.subscriptions,
        base.outbox,
        countries,
        poller,
        scheduler,
        pipeline,
        senders,
        _delivery(base, senders, bells),
        _digests(base, pictures),
        Dispatcher(services, all_commands()),
        started_at,
        base.metrics,
        bells,
        MetaStore(database),
        Views(services),
    )


def _base(
    settings: Settings,
    clock: Clock,
    countries: CountryIndex,
    database: Database,
    records: RecordStore,
) -> _Base:
    return _Base(
        settings,
        clock,
        Metrics(),
        countries,
        database,
        records,
        FeedStore(database),
        EventStore(database, settings.analysis.event_window),
        SubscriptionStore(database),
        Outbox(database),
        PostBox(database),
    )


def _pipeline(base: _Base, analyser: Analyser) -> Pipeline:
    """Analysis, grouping and routing of new items; feed problems told to their channels."""
    analysis = base.settings.analysis
    pipeline = Pipeline(
        Ledger(base.database),
        analyser,
        base.feeds,
        base.subscriptions,
        AutoApplyRule(analysis.auto_apply_confidence, analysis.auto_apply_sources),
        window=analysis.event_window,
        default_keywords=analysis.default_keywords,
        clock=base.clock,
        min_confidence=base.settings.alerts.min_confidence,
        metrics=base.metrics,
    )
    pipeline.on_notice(NoticeBoard(base.subscriptions, base.posts, base.clock))
    return pipeline


def _poller(base: _Base, fetcher: Fetcher, parser: FeedParser, pipeline: Pipeline) -> Poller:
    return Poller(
        fetcher,
        base.feeds,
        feed_policy(base.settings),
        pipeline,
        base.clock,
        parser=parser,
        max_concurrent=base.settings.feeds.max_concurrent,
        metrics=base.metrics,
    )


def _delivery(
    base: _Base, senders: Mapping[str, AlertSender], bells: Mapping[str, AdminBell]
) -> DeliveryWorker:
    return DeliveryWorker(
        base.outbox,
        base.events,
        base.countries,
        senders,
        base.clock,
        posts=base.posts,
        on_gone=GoneNotice(bells),
        holds=base.subscriptions,
        hourly_cap=base.settings.alerts.hourly_cap,
        max_attempts=base.settings.alerts.max_attempts,
        metrics=base.metrics,
    )


def _digests(base: _Base, pictures: Renderer) -> DigestJob:
    async def world_map(today: date) -> Image:
        return await pictures.world_map(await base.records.all(), base.countries, None, today)

    return DigestJob(
        base.outbox,
        base.posts,
        base.subscriptions,
        base.events,
        base.countries,
        clock=base.clock,
        maps=world_map,
    )
