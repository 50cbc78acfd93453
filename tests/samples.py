"""Small feed documents and news stories for tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from bot.app import App
from bot.core.analysis import Finding
from bot.core.feeds import FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.core.models import Stance

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
TEST_FEED = "https://tests.example/rss"


def rss(*stories: tuple[str, str], guid_prefix: str = "g") -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<guid isPermaLink='false'>{guid_prefix}-{link.rsplit('/', 1)[-1]}</guid>"
        f"<pubDate>{format_datetime(NOW - timedelta(hours=n))}</pubDate>"
        f"<description>About {title}.</description></item>"
        for n, (title, link) in enumerate(stories)
    )
    channel = f"<channel><title>Test feed</title>{items}</channel>"
    return f"<?xml version='1.0'?><rss version='2.0'>{channel}</rss>".encode()


STORIES = [(f"Story {n}", f"https://news.example/{n}") for n in range(3)]


async def reported_event(
    app: App, country: str, stance: Stance, title: str, outlet: str = "bbc.co.uk"
) -> int:
    """A stored news item saying `country` now has `stance`, at a confidence that waits for an
    operator; returns the id of the event it opened or joined."""
    published = datetime.now(UTC) - timedelta(hours=1)
    feed = await app.feeds.find("", TEST_FEED) or await app.feeds.add(
        TEST_FEED, tenant="", origin=FeedOrigin.SETTINGS, added_by="tests", now=published
    )
    assert feed is not None
    link = f"https://{outlet}/news/{uuid.uuid4().hex}"
    item = Item(title, f"{title}.", link, published, outlet=outlet)
    (stored,) = await app.feeds.store_items(feed, [(item, ItemStatus.ANALYSED)], published)
    finding = Finding(country, stance, 0.7, f"{title}.")
    event_id, _ = await app.events.add_finding(
        stored.id, published, outlet, finding, datetime.now(UTC)
    )
    return event_id
