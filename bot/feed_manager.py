"""Feeds as chat commands manage them: validated by one fetch, scheduled at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from bot.core.errors import UsageError
from bot.core.feeds import Feed, FeedAdded, FeedOrigin
from bot.core.opml import OpmlFeed
from bot.feeds.errors import FeedError
from bot.feeds.fetch import Fetcher
from bot.polling import Poller
from bot.scheduling import FeedScheduler
from bot.storage.feeds import FeedStore

FRIENDLY_REASONS = {
    "blocked_address": "it points at a private or local address, which stancebot never fetches",
    "blocked_scheme": "only http:// and https:// feeds can be added from chat",
    "timeout": "the server did not answer in time",
    "too_large": "the document is larger than the size limit",
    "not_a_feed": "the page is not an RSS or Atom feed",
    "empty": "the server sent an empty document",
    "malformed": "the document is not well-formed XML",
    "unsafe_xml": "the document declares XML entities, which stancebot refuses",
    "redirect_loop": "its redirects go round in a loop",
    "too_many_redirects": "it redirects too many times",
    "dns": "its host name does not resolve",
    "connect_failed": "the server refused the connection",
}


def explain(error: FeedError) -> str:
    reason = FRIENDLY_REASONS.get(error.reason)
    if reason is None and error.reason.startswith("http_"):
        reason = f"the server answered HTTP {error.reason.removeprefix('http_')}"
    return reason or str(error)


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
            raise UsageError(f"Cannot add {url}: {FRIENDLY_REASONS['blocked_scheme']}.")
        if await self._feeds.find(tenant, url) is not None:
            raise UsageError(f"{url} is already watched here.")
        try:
            result = await self._fetcher.fetch(url)
            parsed = await self._poller.parse(result)  # in a worker: never on the event loop
        except FeedError as exc:
            raise UsageError(f"Cannot add {url}: {explain(exc)}.") from exc
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
            raise UsageError(f"{url} is already watched here.")
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
            raise UsageError(f"Feed {feed.id} was removed meanwhile.")
        if self._scheduler is not None:
            self._scheduler.schedule(enabled)
        return enabled

    async def listed(self, tenant: str) -> list[Feed]:
        return await self._feeds.listed(tenant)

    async def fetch_document(self, url: str) -> bytes:
        if urlsplit(url).scheme not in ("http", "https"):
            raise UsageError(f"Cannot fetch {url}: {FRIENDLY_REASONS['blocked_scheme']}.")
        try:
            return bytes((await self._fetcher.fetch(url)).body)
        except FeedError as exc:
            raise UsageError(f"Cannot fetch {url}: {explain(exc)}.") from exc

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
            raise UsageError(_GLOBAL_FEED.format(ref=ref.strip()))
        raise UsageError(f"No feed “{ref}” here: see `/huawei feeds list` for ids.")


_GLOBAL_FEED = (
    "Feed {ref} is a global feed, polled for every workspace and server: only a bot operator "
    "may change it, with `/huawei feeds remove {ref} global:true` (or `enable`). Your own "
    "feeds are the ones `/huawei feeds list` shows without “(global)”."
)


def _named(feed: Feed, ref: str) -> bool:
    return ref.strip() in (str(feed.id), feed.url)
