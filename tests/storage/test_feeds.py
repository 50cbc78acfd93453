from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.feeds import FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.storage.database import Database
from bot.storage.feeds import FeedStore
from bot.storage.target import DatabaseUrl

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def story(n: int, link: str | None = None, guid: str = "") -> Item:
    return Item(f"Story {n}", "Summary", link or f"https://example.org/{n}", NOW, guid=guid)


@pytest.fixture
async def store(database_target: Path | DatabaseUrl) -> AsyncIterator[FeedStore]:
    database = await Database.open(database_target)
    yield FeedStore(database)
    await database.close()


async def add(store: FeedStore, url: str, tenant: str = "T1") -> int:
    feed = await store.add(url, tenant=tenant, origin=FeedOrigin.CHAT, added_by="U1", now=NOW)
    assert feed is not None
    return feed.id


async def test_the_same_link_from_two_feeds_is_one_item(store: FeedStore) -> None:
    first = await store.get(await add(store, "https://a.example/rss"))
    second = await store.get(await add(store, "https://b.example/rss"))
    assert first is not None
    assert second is not None
    new_first = await store.store_items(first, [(story(1, guid="a-1"), ItemStatus.NEW)], NOW)
    new_second = await store.store_items(second, [(story(1, guid="b-77"), ItemStatus.NEW)], NOW)
    assert (1, 0, 1) == (len(new_first), len(new_second), await store.item_count())


async def test_storing_a_poll_twice_returns_nothing_new(store: FeedStore) -> None:
    feed = await store.get(await add(store, "https://a.example/rss"))
    assert feed is not None
    batch = [(story(n), ItemStatus.NEW) for n in range(5)]
    assert 5 == len(await store.store_items(feed, batch, NOW))
    assert [] == await store.store_items(feed, batch, NOW)


async def test_duplicates_inside_one_poll_are_stored_once(store: FeedStore) -> None:
    feed = await store.get(await add(store, "https://a.example/rss"))
    assert feed is not None
    batch = [(story(1), ItemStatus.NEW), (story(1), ItemStatus.NEW)]
    assert 1 == len(await store.store_items(feed, batch, NOW))


async def test_entries_without_guid_or_link_dedupe_on_title_and_time(store: FeedStore) -> None:
    feed = await store.get(await add(store, "https://a.example/rss"))
    assert feed is not None
    bare = Item("No link", "Summary", "", NOW)
    assert 1 == len(await store.store_items(feed, [(bare, ItemStatus.NEW)], NOW))
    assert [] == await store.store_items(feed, [(bare, ItemStatus.NEW)], NOW)


async def test_a_tenant_cannot_add_the_same_url_twice_but_another_tenant_can(
    store: FeedStore,
) -> None:
    await add(store, "https://a.example/rss", "T1")
    again = await store.add(
        "https://a.example/rss", tenant="T1", origin=FeedOrigin.CHAT, added_by="U2", now=NOW
    )
    other = await store.add(
        "https://a.example/rss", tenant="T2", origin=FeedOrigin.CHAT, added_by="U3", now=NOW
    )
    assert (None, True) == (again, other is not None)


async def test_settings_feeds_follow_the_settings_list(store: FeedStore) -> None:
    await store.sync_origin(
        FeedOrigin.SETTINGS, ["https://a.example/rss", "https://b.example/rss"], NOW
    )
    await store.sync_origin(
        FeedOrigin.SETTINGS, ["https://b.example/rss", "https://c.example/rss"], NOW
    )
    assert ["https://b.example/rss", "https://c.example/rss"] == [
        f.url for f in await store.listed()
    ]
