"""Feeds as chat commands manage them: validated by one fetch, scheduled at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from bot.core.catalogue import Phrase, refusal
from bot.core.feeds import Feed, FeedAdded, FeedOrigin
from bot.core.opml import OpmlFeed
from bot.feeds.errors import FeedError
from bot.feeds.fetch import Fetcher
from bot.polling import Poller
from bot.scheduling import FeedScheduler
from bot.storage.feeds import FeedStore

# The reasons the catalogue explains (`feed.reason.timeout`); any other is shown as raised.
FRIENDLY_REASONS = frozenset(
    {
        "blocked_address",
        "blocked_scheme",
        "timeout",
        "too_large",
        "not_a_feed",
        "empty",
        "malformed",
        "unsafe_xml",
        "redirect_loop",
        "too_many_redirects",
        "dns",
        "connect_failed",
    }
)
BLOCKED_SCHEME = Phrase("feed.reason.blocked_scheme")


def explain(error: FeedError) -> Phrase:
    """Why a feed could not be fetched, for people: a catalogue message."""
    if error.reason in FRIENDLY_REASONS:
        return Phrase(f"feed.reason.{error.reason}")
    if error.reason.startswith("http_"):
        return Phrase("feed.reason.http", {"status": error.reason.removeprefix("http_")})
    return Phrase("feed.reason.other", {"error": str(error)})


class FeedManager:
    def __init__(
        self,
        fetcher: Fetcher,
        feeds: FeedStore,
        poller: Poller,
        scheduler: FeedScheduler | None,
        clock: Callable[[], datetime],
    ) -> None:
        self._fetcher = fetcher
        self._feeds = feeds
        self._poller = poller
        self._scheduler = scheduler
        self._clock = clock

    async def add(
        self, *, tenant: str, url: str, interval: timedelta | None, added_by: str
    ) -> FeedAdded:
        if urlsplit(url).scheme not in ("http", "https"):
            raise refusal("feed.cannot_add", url=url, reason=BLOCKED_SCHEME)
        if await self._feeds.find(tenant, url) is not None:
            raise refusal("feed.already", url=url)
        try:
            result = await self._fetcher.fetch(url)
            parsed = await self._poller.parse(result)  # in a worker: never on the event loop
        except FeedError as exc:
            raise refusal("feed.cannot_add", url=url, reason=explain(exc)) from exc
        feed = await self._feeds.add(
            result.permanent_redirect or url,
            tenant=tenant,
            origin=FeedOrigin.CHAT,
            added_by=added_by,
            now=self._clock(),
            title=parsed.title,
            interval=interval,
        )
        if feed is None:
            raise refusal("feed.already", url=url)
        await self._poller.poll(feed, fetched=result, parsed=parsed)
        if self._scheduler is not None:
            self._scheduler.schedule(feed)
        return FeedAdded(feed, len(parsed.items))

    async def remove(self, *, tenant: str, ref: str) -> Feed:
        feed = await self._find(tenant, ref)
        await self._feeds.remove(feed.id)
        if self._scheduler is not None:
            self._scheduler.unschedule(feed.id)
        return feed

    async def enable(self, *, tenant: str, ref: str) -> Feed:
        """Poll a disabled feed again, from now, with its failures forgotten."""
        feed = await self._find(tenant, ref)
        await self._feeds.enable(feed.id, self._clock())
        enabled = await self._feeds.get(feed.id)
        if enabled is None:
            raise refusal("feed.gone", id=feed.id)
        if self._scheduler is not None:
            self._scheduler.schedule(enabled)
        return enabled

    async def listed(self, tenant: str) -> list[Feed]:
        return await self._feeds.listed(tenant)

    async def fetch_document(self, url: str) -> bytes:
        if urlsplit(url).scheme not in ("http", "https"):
            raise refusal("feed.cannot_fetch", url=url, reason=BLOCKED_SCHEME)
        try:
            return bytes((await self._fetcher.fetch(url)).body)
        except FeedError as exc:
            raise refusal("feed.cannot_fetch", url=url, reason=explain(exc)) from exc

    async def import_feeds(
        self, *, tenant: str, feeds: Sequence[OpmlFeed], added_by: str
    ) -> tuple[list[Feed], list[str]]:
        """New feeds start unprimed: their first poll stores what they carry without alerting."""
        watched = {f.url for f in await self._feeds.listed(tenant) if f.tenant == tenant}
        fresh = [(f.url, f.title) for f in feeds if f.url not in watched]
        added = await self._feeds.add_many(
            fresh, tenant=tenant, origin=FeedOrigin.CHAT, added_by=added_by, now=self._clock()
        )
        if self._scheduler is not None:
            for feed in added:
                self._scheduler.schedule(feed)
        return added, [f.url for f in feeds if f.url in watched]

    async def _find(self, tenant: str, ref: str) -> Feed:
        named = [f for f in await self._feeds.listed(tenant) if _named(f, ref)]
        feed = next((f for f in named if f.tenant == tenant), None)
        if feed is not None:
            return feed
        if named and named[0].is_global:
            raise refusal("feed.global", ref=ref.strip())
        raise refusal("feed.unknown", ref=ref)


def _named(feed: Feed, ref: str) -> bool:
    return ref.strip() in (str(feed.id), feed.url)
