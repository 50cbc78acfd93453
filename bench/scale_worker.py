"""One bot process of the scale benchmark (bench/bench_scale.py), on the shared PostgreSQL schema.

    python -m bench.scale_worker --seed N

Settings come from the environment the parent sets (STANCEBOT_CONFIG, STANCEBOT_DB). The bot's
real parts run as in `stancebot run`: each feed is polled by whichever process takes its lease
(the scheduler's path), the pipeline analyses and routes new items as they are stored, and the
delivery worker sends the due rows it claims to a counting console sender. It stops when every
process's work is done (no feed unpolled, no item new, no delivery pending) and prints one JSON
line: what it stored and sent (the nonces), and when its polls ended, when no item was left to
analyse and when no delivery was left to send.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import time
from datetime import timedelta

from bench.senders import CountingSender
from bot.app import App, Outlet, open_app, utc_now
from bot.logs import configure_logging
from bot.settings import load_settings

DEADLINE = 600.0  # seconds: past it, what is still pending counts as lost
# What is left of every process's work: feeds not yet polled and items not yet analysed, then
# deliveries not yet sent.
TO_ANALYSE = """
SELECT (SELECT count(*) FROM feeds WHERE last_polled_at IS NULL)
     + (SELECT count(*) FROM items WHERE status = 'new')
"""
TO_SEND = "SELECT count(*) FROM deliveries WHERE status = 'pending'"


async def poll_leased(app: App, seed: int) -> int:
    """Every feed this process wins the lease of, polled; returns how many new items it stored."""
    feeds = await app.feeds.listed()
    random.Random(seed).shuffle(feeds)
    now = utc_now()

    async def one(feed_id: int) -> int:
        if not await app.feeds.take_lease(feed_id, now, now + timedelta(minutes=15)):
            return 0
        feed = await app.feeds.get(feed_id)
        return (await app.poller.poll(feed)).new if feed else 0

    return sum(await asyncio.gather(*(one(feed.id) for feed in feeds)))


async def left(app: App, query: str) -> int:
    row = await app.database.fetch_one(query)
    return int(row[0]) if row else 0


async def wait_for_none(app: App, query: str, since: float) -> float:
    """When nothing `query` counts is left (or the deadline passed)."""
    while await left(app, query) and time.time() - since < DEADLINE:  # noqa: ASYNC110 - others' work too
        await asyncio.sleep(0.2)
    return time.time()


async def run(seed: int) -> dict[str, object]:
    settings = load_settings(os.environ)
    configure_logging("WARNING", settings.secrets())
    sender = CountingSender()
    async with open_app(settings, outlets={"console": Outlet(sender)}) as app:
        stop = asyncio.Event()
        started = time.time()
        workers = [
            asyncio.create_task(app.pipeline.run(stop, interval=0.5)),
            asyncio.create_task(app.delivery.run(stop, interval=0.2)),
        ]
        stored = await poll_leased(app, seed)
        polled = time.time()
        analysed = await wait_for_none(app, TO_ANALYSE, started)
        await wait_for_none(app, TO_SEND, started)
        stop.set()
        await asyncio.gather(*workers)
        return {
            "seed": seed,
            "stored": stored,
            "started": started,
            "polled": polled,
            "analysed": analysed,
            "finished": time.time(),
            "nonces": sender.nonces,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.seed))), flush=True)


if __name__ == "__main__":
    main()
