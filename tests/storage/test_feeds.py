from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.feeds import FeedOrigin, ItemStatus
from bot.core.items import Item
from bot.storage.database import Database
from bot.storage.feeds import FeedStore, FeedUpdate
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


async def test_a_document_of_more_items_than_one_insert_takes_is_stored_whole(
    store: FeedStore,
) -> None:
    feed = await store.get(await add(store, "https://a.example/rss"))
    assert feed is not None
    batch = [(story(n), ItemStatus.NEW) for n in range(1_234)]
    stored = await store.store_items(feed, batch, NOW)
    again = await store.store_items(feed, [(story(n), ItemStatus.NEW) for n in range(1_240)], NOW)
    assert (1_234, ["Story 1234", "Story 1239"], 1_240) == (
        len({s.id for s in stored}),
        [again[0].item.title, again[-1].item.title],
        await store.item_count(),
    )


async def test_a_polls_success_is_recorded_with_its_items_or_without_any(
    store: FeedStore,
) -> None:
    feed = await store.get(await add(store, "https://a.example/rss"))
    assert feed is not None
    later = NOW + timedelta(minutes=30)
    update = FeedUpdate("A feed", '"v2"', None, later)
    stored = await store.store_items(feed, [(story(1), ItemStatus.NEW)], NOW, success=update)
    with_items = await store.get(feed.id)
    await store.store_items(feed, [], later, success=FeedUpdate("A feed", '"v3"', None, later))
    without = await store.get(feed.id)
    assert with_items is not None
    assert without is not None
    assert (1, '"v2"', later, '"v3"') == (
        len(stored),
        with_items.etag,
        with_items.next_poll_at,
        without.etag,
    )


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
