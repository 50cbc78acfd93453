"""Small feed documents for tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


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
