"""Big-feed benchmark: a feed of 100,000 items added from chat, what it costs, and whether chat
commands stay quick meanwhile.

    .venv/bin/python bench/bench_big_feed.py [--items 100000] [--repeat 3]

What runs
- A feed document of `--items` RSS items (title, link, guid, pubDate: about 230 bytes each,
  listed oldest first, so the newest are at the end) served by `python -m http.server` on
  127.0.0.1 in its own process.
- The bot as `open_app` builds it from a copy of `config/settings.toml` (loopback allowed; the
  default `max_bytes` of 5 MB would refuse this document before parsing anything, so the copy
  raises it to 64 MB to measure the parse path; `max_items` stays at its default, 500).
- `/huawei feeds add <url>` through the dispatcher, as a chat admin sends it: fetch, parse in
  a parser worker (cut to the newest 500 entries), store, schedule. Its time is the figure.
  A small feed is added first, so the parser worker is already running, as in a running bot.
- Meanwhile `/huawei country uk` every 50 ms through the same dispatcher: its latency is what
  a chat user waits while the big feed is read (the event loop must never be blocked).
- Memory: the peak RSS of the bot's process and its parser workers, summed, in a fresh
  process that adds the big feed, minus the same in a fresh process that adds a 30-item feed.
- `--repeat N` runs each N times and shows the median (the machine may be shared and busy).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script without the editable install
    sys.path.insert(0, str(ROOT))

from bench.poll_common import peaks_mb  # noqa: E402

TARGET_SECONDS = 3.0
TARGET_EXTRA_MB = 30.0
TARGET_REPLY_MS = 200.0
SMALL_ITEMS = 30
MAX_BYTES = 64_000_000
RESULT = "RESULT "


def feed_document(items: int) -> bytes:
    newest = datetime.now(UTC).replace(microsecond=0)
    entries = "\n".join(
        f"<item><title>Operators weigh vendor rules for 5G networks, report {n}</title>"
        f"<link>https://news.example/story/{n}</link><guid>urn:big-feed:{n}</guid>"
        f"<pubDate>{format_datetime(newest - timedelta(minutes=items - n), usegmt=True)}"
        "</pubDate></item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>A very long feed</title><link>https://news.example/</link>\n"
        f"{entries}\n</channel></rss>\n"
    ).encode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def file_server(folder: Path) -> Iterator[int]:
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    command += ["--directory", str(folder)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait()


# The bot's side, in a fresh process per run -----------------------------------------------


async def probe_replies(app: object, stop: asyncio.Event, latencies: list[float]) -> None:
    from bot.app import App  # noqa: PLC0415
    from bot.core.access import Role  # noqa: PLC0415

    assert isinstance(app, App)
    caller = app.console_caller(Role.MEMBER)
    while not stop.is_set():
        started = time.perf_counter()
        await app.dispatcher.handle("/huawei country uk", caller)
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(0.05)


async def add_feed(url: str, warm_up: str, workdir: Path) -> dict[str, object]:
    from bench.poll_stancebot import settings_copy  # noqa: PLC0415
    from bot.app import open_app  # noqa: PLC0415
    from bot.core.access import Role  # noqa: PLC0415
    from bot.settings import load_settings  # noqa: PLC0415

    os.environ["STANCEBOT_CONFIG"] = str(settings_copy(workdir, {"max_bytes": MAX_BYTES}))
    os.environ["STANCEBOT_DB"] = str(workdir / "stancebot.db")
    settings = load_settings(os.environ)
    async with open_app(settings) as app:
        # A bot that has been running: its parser worker is up (a first parse starts it).
        await app.dispatcher.handle(f"/huawei feeds add {warm_up}", app.console_caller(Role.ADMIN))
        stop, latencies = asyncio.Event(), list[float]()
        prober = asyncio.create_task(probe_replies(app, stop, latencies))
        await asyncio.sleep(0.2)  # a few replies before, as a baseline
        started = time.perf_counter()
        reply = await app.dispatcher.handle(
            f"/huawei feeds add {url}", app.console_caller(Role.ADMIN)
        )
        seconds = time.perf_counter() - started
        stop.set()
        await prober
        (feed,) = [f for f in await app.feeds.listed("console") if f.url == url]
        return {
            "seconds": seconds,
            "stored": await app.feeds.item_count() - SMALL_ITEMS,
            "note": feed.note or "",
            "reply": reply.title,
            "latencies_ms": [round(x * 1000, 1) for x in latencies],
            "peaks": peaks_mb(),
        }


# The benchmark's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    stored: int
    note: str
    reply: str
    latencies_ms: list[float]
    peaks: dict[str, float]

    @property
    def peak_mb(self) -> float:
        return sum(self.peaks.values())

    @property
    def split(self) -> str:
        return " + ".join(f"{name} {mb:.1f}" for name, mb in self.peaks.items())


def run_once(url: str, warm_up: str, folder: Path) -> Run:
    folder.mkdir()
    command = [sys.executable, str(Path(__file__).resolve()), "--contender", url]
    command += ["--warm-up", warm_up, "--workdir", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith(RESULT)), "")
    if done.returncode != 0 or not line:
        raise RuntimeError(f"the bot's run failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return Run(**json.loads(line.removeprefix(RESULT)))


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"


def report(items: int, size: int, small: list[Run], big: list[Run]) -> None:
    seconds = statistics.median(run.seconds for run in big)
    extra = statistics.median(b.peak_mb - s.peak_mb for b, s in zip(big, small, strict=True))
    latencies = sorted(ms for run in big for ms in run.latencies_ms)
    worst = latencies[-1]
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    chosen = sorted(big, key=lambda run: run.seconds)[(len(big) - 1) // 2]
    every = ", ".join(f"{run.seconds:.2f}" for run in big)
    print(
        f"big-feed benchmark: one feed of {items:,} items ({size / 1e6:.1f} MB), {len(big)} "
        f"runs (median shown); python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load "
        f"average {', '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print(f"  stored {chosen.stored} items; the feed's status: {chosen.note}")
    print(
        f"  feeds add from chat: {seconds:.2f} s (every run: {every}); "
        f"target < {TARGET_SECONDS:g} s: {verdict(seconds < TARGET_SECONDS)}"
    )
    print(
        f"  extra peak memory (bot + parser workers, against a {SMALL_ITEMS}-item feed): "
        f"{extra:.1f} MB; target < {TARGET_EXTRA_MB:g} MB: {verdict(extra < TARGET_EXTRA_MB)}"
    )
    print(f"    peak MB, {SMALL_ITEMS}-item feed: " + "; ".join(run.split for run in small))
    print(f"    peak MB, {items:,}-item feed: " + "; ".join(run.split for run in big))
    print(
        f"  a chat reply while it is read: median {statistics.median(latencies):.0f} ms, 95th "
        f"percentile {p95:.0f} ms, worst {worst:.0f} ms of {len(latencies)}; target (worst) "
        f"< {TARGET_REPLY_MS:g} ms: "
        f"{verdict(worst < TARGET_REPLY_MS)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--contender", help=argparse.SUPPRESS)
    parser.add_argument("--warm-up", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.contender:
        result = asyncio.run(add_feed(args.contender, args.warm_up, Path(args.workdir)))
        print(RESULT + json.dumps(result), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_big_feed_") as tmp:
        folder = Path(tmp)
        (folder / "feeds").mkdir()
        document = feed_document(args.items)
        (folder / "feeds" / "big.xml").write_bytes(document)
        (folder / "feeds" / "small.xml").write_bytes(feed_document(SMALL_ITEMS))
        small: list[Run] = []
        big: list[Run] = []
        with file_server(folder / "feeds") as port:
            for attempt in range(args.repeat):
                print(f"run {attempt + 1}/{args.repeat} ...", flush=True)
                base = f"http://127.0.0.1:{port}"
                warm_up = f"{base}/small.xml?warm-up"  # the same small feed: its items are known
                small.append(run_once(f"{base}/small.xml", warm_up, folder / f"small-{attempt}"))
                big.append(run_once(f"{base}/big.xml", warm_up, folder / f"big-{attempt}"))
    report(args.items, len(document), small, big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
