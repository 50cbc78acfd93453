"""Several bots on one PostgreSQL database: each due row is claimed by one of them and sent
once; a feed is polled by the holder of its lease. Two worlds here are two processes: each has
its own connection pool, holder number and platform connection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.core.countries import CountryIndex
from bot.core.feeds import FeedOrigin, ItemStatus
from bot.storage.feeds import FeedStore
from tests.delivery.support import NOW, World, open_world
from tests.postgres import fresh_schema


@pytest.fixture
async def two(countries: CountryIndex) -> AsyncIterator[tuple[World, World]]:
    async with (
        fresh_schema() as url,
        open_world(url, countries) as first,
        open_world(url, countries) as second,
    ):
        yield first, second


async def queued(world: World, channels: int, countries: str) -> list[str]:
    """Every channel subscribed to a ban in each country; the nonces of the rows written."""
    subscriptions = [await world.subscribe(f"C{n}") for n in range(channels)]
    for country in countries.split():
        await world.enqueue(await world.story(country, f"{country} bans Huawei"), *subscriptions)
    rows = await world.database.fetch_all("SELECT nonce FROM deliveries")
    return sorted(row["nonce"] for row in rows)


async def test_two_bots_on_one_database_send_every_alert_exactly_once(
    two: tuple[World, World],
) -> None:
    nonces = await queued(two[0], channels=12, countries="GB DE FR")
    workers = [world.worker(batch=7) for world in two]
    for _ in range(20):  # rounds side by side until nothing is left
        reports = await asyncio.gather(*(worker.run_once() for worker in workers))
        if not any(report.sent for report in reports):
            break
    sent = [post.nonce for world in two for post in world.platform.posts]
    statuses = await two[0].database.fetch_all("SELECT DISTINCT status FROM deliveries")
    assert (36, nonces, ["sent"]) == (len(nonces), sorted(sent), [r[0] for r in statuses])
    assert all(world.platform.posts for world in two)  # the work was shared


async def test_a_bot_that_stopped_leaves_its_claimed_rows_to_the_others_at_once(
    two: tuple[World, World],
) -> None:
    first, second = two
    nonces = await queued(first, channels=3, countries="GB")
    claimed = await first.outbox.due(NOW, ["discord"])  # claimed, then the process ends
    await first.database.close()
    await second.worker().run_once()
    assert (3, nonces) == (len(claimed), sorted(p.nonce for p in second.platform.posts))


async def test_a_feed_is_polled_by_the_holder_of_its_lease_alone(
    two: tuple[World, World],
) -> None:
    first, second = (FeedStore(world.database) for world in two)
    feed = await first.add(
        "https://news.example/rss", tenant="", origin=FeedOrigin.DEMO, added_by="U1", now=NOW
    )
    assert feed is not None
    until = NOW + timedelta(minutes=15)
    taken = [
        await first.take_lease(feed.id, NOW, until),
        await second.take_lease(feed.id, NOW, until),
        await second.take_lease(feed.id, until - timedelta(seconds=1), until),
        await second.take_lease(feed.id, until, until + timedelta(minutes=15)),
    ]
    assert [True, False, False, True] == taken


async def test_two_bots_never_take_the_same_new_items_to_analyse(
    two: tuple[World, World],
) -> None:
    stamp = NOW.isoformat()
    await two[0].database.execute_many(
        "INSERT INTO items (key, title, summary, published, published_estimated, outlet,"
        " seen_at, status) VALUES (?, 'A story', '', ?, 0, 'news.example', ?, 'new')",
        [(f"k{n}", stamp, stamp) for n in range(10)],
    )
    batches = [
        {
            stored.id
            for stored in await FeedStore(world.database).items_with_status(ItemStatus.NEW, 6)
        }
        for world in two
    ]
    assert (6, 4, set()) == (len(batches[0]), len(batches[1]), batches[0] & batches[1])
