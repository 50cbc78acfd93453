"""Scale benchmark: 1, 2 and 4 bot processes sharing one PostgreSQL database.

    .venv/bin/python bench/bench_scale.py [--feeds 2000] [--subscriptions 10000] [--items 3]
                                          [--processes 1 2 4]

For each number of processes, on a fresh schema: `--feeds` feeds served by the poll benchmark's
loopback feed server (bench/poll_server.py, `--items` stories each, about countries and Huawei)
and `--subscriptions` console channels, each following one country of the world's (level
`mention`: every story about it), so the channels of the countries in the news get alerts.
Then N processes of bench/scale_worker.py run the bot's parts side by side: feeds polled under
leases, items analysed and routed, deliveries claimed and sent to a counting sender. Printed:
items stored and analysed per second (from the first process's start until no feed is unpolled
and no item new), deliveries sent per second (until none is pending), and, counted from every
process's sends against the outbox's rows, duplicates and lost deliveries: both must be 0.

Needs a PostgreSQL server: STANCEBOT_TEST_PG, or else it runs itself through
tests/with_postgres.sh, which starts a throwaway one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script without the editable install
    sys.path.insert(0, str(ROOT))

from bench.poll_common import feed_urls  # noqa: E402
from bench.poll_stancebot import settings_copy  # noqa: E402
from bot.app import open_app  # noqa: E402
from bot.catalog import load_countries  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.storage.target import DatabaseUrl  # noqa: E402
from tests.postgres import SERVER, fresh_schema, on  # noqa: E402

NOW = datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class Run:
    processes: int
    items: int
    deliveries: int
    items_seconds: float
    deliveries_seconds: float
    duplicates: int
    lost: int
    shares: list[int]  # deliveries sent by each process


async def seed(url: DatabaseUrl, config: Path, urls: list[str], subscriptions: int) -> None:
    """The feeds and the channels, written the way an operator's import would."""
    settings = on(load_settings({"STANCEBOT_CONFIG": str(config)}), url)
    codes = sorted(country.code for country in load_countries(settings.countries_file).countries)
    async with open_app(settings) as app:
        await app.database.execute_many(
            # Primed: their stories are news to analyse, not a backlog to file away.
            "INSERT INTO feeds (url, tenant, origin, added_by, added_at, primed)"
            " VALUES (?, '', 'settings', 'bench', ?, 1)",
            [(feed_url, NOW) for feed_url in urls],
        )
        await app.database.execute_many(
            "INSERT INTO subscriptions (platform, tenant, channel, countries, level, created_by,"
            " created_at, updated_at) VALUES ('console', ?, ?, ?, 'mention', 'bench', ?, ?)",
            [
                (f"T{n % 200}", f"C{n}", json.dumps([codes[n % len(codes)]]), NOW, NOW)
                for n in range(subscriptions)
            ],
        )


async def one_run(processes: int, config: Path, urls: list[str], subscriptions: int) -> Run:
    async with fresh_schema() as url:
        await seed(url, config, urls, subscriptions)
        env = {**os.environ, "STANCEBOT_CONFIG": str(config), "STANCEBOT_DB": url.value}
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bench.scale_worker",
                "--seed",
                str(n),
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
            )
            for n in range(processes)
        ]
        outputs = [json.loads((await worker.communicate())[0]) for worker in workers]
        settings = on(load_settings({"STANCEBOT_CONFIG": str(config)}), url)
        async with open_app(settings) as app:
            rows = await app.database.fetch_all("SELECT nonce, status FROM deliveries")
            items = await app.database.fetch_one("SELECT count(*) FROM items")
    sent = Counter(nonce for output in outputs for nonce in output["nonces"])
    stored = {row["nonce"] for row in rows}
    start = min(output["started"] for output in outputs)
    done = max(output["finished"] for output in outputs)
    return Run(
        processes=processes,
        items=int(items[0]) if items else 0,
        deliveries=len(stored),
        items_seconds=max(output["analysed"] for output in outputs) - start,
        deliveries_seconds=done - start,
        duplicates=sum(count - 1 for count in sent.values()),
        lost=len(stored - set(sent)) + sum(1 for row in rows if row["status"] != "sent"),
        shares=[len(output["nonces"]) for output in outputs],
    )


def feed_server(feeds: int, items: int) -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.poll_server",
            "--feeds",
            str(feeds),
            "--items",
            str(items),
            "--changed",
            "1",
            "--hosts",
            "50",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    ready = server.stdout.readline().split()
    assert ready[:1] == ["READY"], ready
    return server, int(ready[1])


def report(run: Run) -> None:
    print(
        f"{run.processes} process(es): {run.items:,} items in {run.items_seconds:.1f} s ="
        f" {run.items / run.items_seconds:,.0f} items/s; {run.deliveries:,} deliveries in"
        f" {run.deliveries_seconds:.1f} s = {run.deliveries / run.deliveries_seconds:,.0f}"
        f" deliveries/s; sent by each: {run.shares}; duplicates {run.duplicates},"
        f" lost {run.lost}",
        flush=True,
    )


async def main_async(args: argparse.Namespace) -> list[Run]:
    server, port = feed_server(args.feeds, args.items)
    try:
        urls = await asyncio.to_thread(feed_urls, port)
        with tempfile.TemporaryDirectory(prefix="stancebot-scale-") as folder:
            config = settings_copy(Path(folder), {})
            runs = []
            for processes in args.processes:
                runs.append(await one_run(processes, config, urls, args.subscriptions))
                report(runs[-1])
            return runs
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=3, help="stories per feed")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    if not os.environ.get(SERVER):  # a throwaway server for this run
        script = ROOT / "tests" / "with_postgres.sh"
        os.execv(script, [str(script), sys.executable, *sys.argv])
    print(
        f"{platform.python_version()} on {os.cpu_count()} CPUs; {args.feeds:,} feeds x"
        f" {args.items} stories, {args.subscriptions:,} subscriptions",
        flush=True,
    )
    runs = asyncio.run(main_async(args))
    if any(run.duplicates or run.lost for run in runs):
        sys.exit("duplicates or lost deliveries: see above")


if __name__ == "__main__":
    main()
