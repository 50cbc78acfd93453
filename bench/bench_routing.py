"""Routing benchmark: one event to 10,000 subscriptions into the outbox, and the outbox's cost.

    .venv/bin/python bench/bench_routing.py [--subscriptions 10000] [--runs 5] [--deliveries 5000]

What runs, on a real SQLite file in a temporary folder (WAL, as the bot opens it):
- N subscription rows over 200 tenants (discord 50 %, slack 40 %, console 10 %): 60 % want every
  country, 30 % a list that includes GB, 10 % a list without it; 5 % of channels are muted
  and 2 % are in quiet hours, so some routes are held.
- Routing, once per run, for a fresh `change` event in GB, as the pipeline does it: the active
  subscriptions, mutes and quiet hours from the `SubscriptionStore`, `route(...)`, then
  `enqueue_all` and COMMIT inside one transaction. Target: under 150 ms (the median run).
- Outbox overhead: the delivery worker (no pacing, no cap, no-op senders) drains pending rows
  in batches of 500 until `--deliveries` were sent: due-query + build alert + cap check +
  send + mark sent, per delivery. The platform's own latency is not in the figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script without the editable install
    sys.path.insert(0, str(ROOT))

from bench.senders import CountingSender  # noqa: E402
from bot.catalog import load_countries  # noqa: E402
from bot.core.analysis import Finding  # noqa: E402
from bot.core.models import Stance  # noqa: E402
from bot.core.routing import route  # noqa: E402
from bot.delivery import DeliveryWorker  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.events import EventStore  # noqa: E402
from bot.storage.outbox import Outbox  # noqa: E402
from bot.storage.outbox_writes import enqueue_all  # noqa: E402
from bot.storage.subscriptions import SubscriptionStore  # noqa: E402

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
TARGET_SECONDS = 0.150
COUNTRIES = ROOT / "config" / "countries.toml"
PLATFORMS = ("discord",) * 5 + ("slack",) * 4 + ("console",)


@dataclass(frozen=True)
class RouteTiming:
    load: float
    route: float
    enqueue: float
    routed: int
    held: int

    @property
    def total(self) -> float:
        return self.load + self.route + self.enqueue


def subscription_rows(count: int, rng: random.Random) -> list[tuple[str, ...]]:
    others = ["DE", "FR", "SE", "IT", "ES", "PL", "NL", "US", "CA", "AU", "JP", "IN"]
    stamp = NOW.isoformat()
    rows: list[tuple[str, ...]] = []
    for n in range(count):
        draw = rng.random()
        wanted = [] if draw < 0.6 else rng.sample(others, 3) + (["GB"] if draw < 0.9 else [])
        level = rng.choices(["change", "reaffirm", "mention"], [7, 2, 1])[0]
        where = (PLATFORMS[n % 10], f"T{n % 200}", f"C{n}")
        rows.append((*where, json.dumps(wanted), level, "U1", stamp, stamp))
    return rows


async def seed(database: Database, count: int, rng: random.Random) -> None:
    rows = subscription_rows(count, rng)
    await database.execute_many(
        "INSERT INTO subscriptions (platform, tenant, channel, countries, level, created_by,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    until = (NOW + timedelta(days=1)).isoformat()
    await database.execute_many(
        "INSERT INTO mutes (platform, tenant, channel, until, created_by, created_at)"
        " VALUES (?, ?, ?, ?, 'U1', ?)",
        [(r[0], r[1], r[2], until, NOW.isoformat()) for r in rows[::20]],
    )
    await database.execute_many(
        "INSERT INTO quiet_hours (platform, tenant, channel, starts, ends)"
        " VALUES (?, ?, ?, '11:00', '13:00')",
        [(r[0], r[1], r[2]) for r in rows[7::50]],
    )


async def new_event(database: Database, events: EventStore, number: int) -> int:
    """A fresh GB `change` event (one item, one finding), each outside the last one's window."""
    published = NOW - timedelta(days=3 * number)
    stamps = (published.isoformat(), NOW.isoformat())
    async with database.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO items (key, link, title, summary, published, published_estimated,"
            " outlet, seen_at, status) VALUES (?, ?, ?, '', ?, 0, 'bbc.co.uk', ?, 'analysed')",
            (f"k{number}", f"https://bbc.co.uk/{number}", "UK bans Huawei", *stamps),
        )
    assert cursor.lastrowid is not None
    finding = Finding("GB", Stance.BANNED, 0.9, "The UK banned Huawei from 5G.")
    event_id, _ = await events.add_finding(cursor.lastrowid, published, "bbc.co.uk", finding, NOW)
    return event_id


async def route_once(
    database: Database, store: SubscriptionStore, events: EventStore, number: int
) -> RouteTiming:
    """What the pipeline does for one event: its routing snapshot from the subscription store,
    `route(...)`, and the deliveries written with `enqueue_all` in one transaction."""
    event_id = await new_event(database, events, number)
    event = await events.get(event_id)
    assert event is not None
    started = time.perf_counter()
    subscriptions = await store.active()
    mutes, quiet = await store.active_mutes(NOW), await store.quiet_hours()
    loaded = time.perf_counter()
    routes = route(event, subscriptions, lambda _: True, mutes, quiet, now=NOW)
    routed = time.perf_counter()
    async with database.transaction() as conn:
        (added,) = await enqueue_all(conn, [(event_id, routes)], NOW)
    done = time.perf_counter()
    assert added == len(routes)
    held = sum(1 for r in routes if r.held_reason)
    return RouteTiming(loaded - started, routed - loaded, done - routed, len(routes), held)


async def drain(database: Database, wanted: int) -> tuple[int, float]:
    worker = DeliveryWorker(
        Outbox(database),
        EventStore(database, timedelta(hours=48)),
        load_countries(COUNTRIES),
        {name: CountingSender(name) for name in set(PLATFORMS)},
        lambda: NOW,
        pace={},
        hourly_cap=10**9,
        batch=500,
    )
    sent, started = 0, time.perf_counter()
    while sent < wanted:
        report = await worker.run_once()
        if report.sent == 0:
            break
        sent += report.sent
    return sent, time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def summarise(label: str, values: list[float]) -> str:
    return f"  {label:<22}{ms(statistics.median(values))} median {ms(min(values))} best"


def report_routing(timings: list[RouteTiming], count: int) -> None:
    """The first run reads the subscriptions from SQLite (the first event after any change to
    them); the later ones reuse what the store read, as the bot's routing does."""
    cold, warm = timings[0], timings[1:] or timings
    print(f"Route one event to {count:,} subscriptions into the outbox ({len(warm)} runs):")
    print(summarise("load subscriptions", [t.load for t in warm]))
    print(summarise("route()", [t.route for t in warm]))
    print(summarise("enqueue + commit", [t.enqueue for t in warm]))
    print(summarise("total", [t.total for t in warm]))
    median = statistics.median(t.total for t in warm)
    verdict = "met" if median < TARGET_SECONDS else "NOT MET"
    print(f"  routed {cold.routed:,} deliveries ({cold.held:,} held) per event")
    print(
        f"  target < {TARGET_SECONDS * 1000:.0f} ms: {verdict} (median {median * 1000:.1f} ms, "
        f"worst run {max(t.total for t in warm) * 1000:.1f} ms)"
    )
    print(
        f"  the first event after the subscriptions changed (read from SQLite): "
        f"{cold.total * 1000:.1f} ms, of which loading them {cold.load * 1000:.1f} ms"
    )


async def main(args: argparse.Namespace) -> None:
    rng = random.Random(5)  # a reproducible load
    with tempfile.TemporaryDirectory() as folder:
        database = await Database.open(Path(folder) / "bench.db")
        try:
            await seed(database, args.subscriptions, rng)
            events = EventStore(database, timedelta(hours=48))
            store = SubscriptionStore(database)  # as the bot keeps one: it caches what it read
            timings = [await route_once(database, store, events, n) for n in range(args.runs)]
            sent, seconds = await drain(database, args.deliveries)
        finally:
            await database.close()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    versions = f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    versions += f"; {os.cpu_count()} CPUs, load average {load}"
    print(f"stancebot routing benchmark ({versions})")
    report_routing(timings, args.subscriptions)
    print("Outbox overhead per delivery (due query + build alert + cap check + mark sent):")
    print(f"  {sent:,} deliveries in {seconds:.2f} s = {seconds / max(sent, 1) * 1e6:.0f} µs each")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=6, help="the first one reads from SQLite")
    parser.add_argument("--deliveries", type=int, default=5_000)
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
