"""Poll benchmark: stancebot's real poller against lemon24/reader on the same local feeds.

    .venv/bin/python bench/bench_poll.py [--feeds 500] [--items 30] [--repeat 1] [--trace]
                                         [--profile]

What runs
- A feed server (`bench/poll_server.py`, aiohttp.web) in its own process, so it shares neither
  event loop nor GIL with a contender: N realistic RSS 2.0 feeds of `--items` items, with ETag
  and Last-Modified, answering 304 to matching conditional requests, gzip when asked. A fresh
  server process per contender, so each sees identical conditions.
- Each contender in its own process (`bench/poll_stancebot.py`, `bench/poll_reader.py`), so the
  peak memory reported is its own: `ru_maxrss` of that process plus the peak (VmHWM) of every
  process it started (stancebot's parser workers), summed, shown split as main + children.
  `--trace` adds a second, separately run pass with tracemalloc on from interpreter start
  (PYTHONTRACEMALLOC=1; its timings are not used) and prints the Python memory alive after the
  warm cycle by package or module (bot/core/analysis, feedparser, aiohttp, ...).
- `--profile` adds one more run of the bot with the analysis whose warm cycle runs under
  cProfile, and prints the functions that took the bot's process's time (its timings are not
  used; the parser workers' own time is not in it).
- Cycle 1 (cold): every feed is new. Then the server switches to round 2: every other feed has
  `--changed` new items replacing its oldest ones (new ETag), the rest are unchanged (304).
  Cycle 2 (warm) is the figure that matters: a steady-state poll of all feeds.
- items/s = items carried in 200 answers (what had to be parsed: all of them cold, the changed
  feeds' when warm) / cycle seconds.
- `--repeat N` runs every contender N times, interleaved, and shows the median run: other work
  on a small machine moves single figures by 20-30%.
- Checks: each contender must end up holding every item (cold N*items, warm + the new ones) and
  the server must have answered the warm cycle's unchanged feeds with 304; else exit status 1.

Contenders
- stancebot: `load_settings` + `open_app` as the bot builds them, feeds added to the FeedStore
  as settings feeds; a cycle = `listed()` + `gather(app.poller.poll(feed) ...)`, as
  `stancebot poll --once` does: fetch, parse (in the parser worker processes) and store, which
  is what reader does. Logging as `stancebot run` configures it (INFO, to a file). The bot
  analyses new items off the poll path (its pipeline worker); that is not in this row.
- stancebot + analysis: the same cycle with the pipeline running beside the polls, as in
  `stancebot run`, then `app.pipeline.drain()` for what arrived after its last batch: every new
  item also analysed, grouped into events and routed, i.e. all the work the bot does for a cycle.
  Every item of these feeds is Huawei news, so every one gets the full reading: the worst case.
- stancebot + analysis, 10% Huawei: the same on feeds where one item in ten is Huawei news and
  the rest other telecom news (`poll_server --about-huawei 10`), as in most real feeds: what a
  cycle costs in practice. Skip both analysis rows with `--no-analysis`.
- reader 3.x: `make_reader`, `add_feed`, a cycle = `update_feeds(workers=W, scheduled=False)`
  (reader ≥ 3.21 skips feeds not yet due unless `scheduled=False`), with W = 1 (its default)
  and W = 16 (its thread pool of retrievers).

Hosts and caps
All traffic stays on loopback. The control endpoints listen on 127.0.0.1; the feeds are spread
over `--hosts` loopback addresses 127.0.0.2... (all of 127.0.0.0/8 is loopback on Linux;
`*.localhost` names do not resolve here), one listening socket each, same port. With every feed
on one host, stancebot's per-host cap (2 by default: politeness towards one publisher) would
serialise the whole cycle, which is not what 500 real feeds from dozens of publishers look like.
With 50 hosts (10 feeds each) the shipped settings apply unchanged: max_concurrent = 16,
max_per_host = 2, so at most 16 requests in flight (the global cap binds). stancebot's settings
allow exactly 127.0.0.0/24. `--max-concurrent` / `--max-per-host` override the caps.
reader has no caps: W worker threads, one request each.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import select
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script without the editable install
    sys.path.insert(0, str(ROOT))

from bench.poll_common import CONTROL_HOST, Measurement, parse_result  # noqa: E402

TARGET_SPEEDUP = 3.5  # the warm cycle, analysis included, against reader's best
TARGET_PEAK_MB = 100.0  # the whole bot: main process and parser workers, summed
# A realistic feed: one item in ten is Huawei news (the rest costs the relevance filter only).
REALISTIC_SHARE = 10
CONTENDER_TIMEOUT = 900.0
SERVER_START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Contender:
    name: str
    module: str
    arguments: tuple[str, ...]
    server: tuple[str, ...] = ()  # the feed server's own options for this contender


@dataclass(frozen=True)
class Outcome:
    measurement: Measurement
    served: dict[str, dict[str, int]]  # the server's counts, per round


@contextmanager
def feed_server(args: argparse.Namespace, options: Sequence[str] = ()) -> Iterator[int]:
    """A fresh feed server process; yields its port; always terminated."""
    command = [sys.executable, "-m", "bench.poll_server", "--feeds", str(args.feeds)]
    command += ["--items", str(args.items), "--changed", str(args.changed)]
    command += ["--hosts", str(args.hosts), *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], SERVER_START_TIMEOUT)
        line = process.stdout.readline() if ready else ""
        if not line.startswith("READY "):
            raise RuntimeError(f"the feed server did not start (exit {process.poll()})")
        yield int(line.split()[1])
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def server_stats(port: int) -> dict[str, dict[str, int]]:
    url = f"http://{CONTROL_HOST}:{port}/_stats"
    with urllib.request.urlopen(url, timeout=30) as response:
        stats: dict[str, dict[str, int]] = json.loads(response.read())
    return stats


def run_contender(
    contender: Contender,
    args: argparse.Namespace,
    folder: Path,
    trace: bool = False,
    profile: bool = False,
) -> Outcome:
    folder.mkdir()
    log = folder / "stderr.log"
    with feed_server(args, contender.server) as port:
        command = [sys.executable, "-m", contender.module, "--port", str(port)]
        command += ["--workdir", str(folder), *contender.arguments, *(["--trace"] * trace)]
        command += ["--profile"] * profile
        env = {**os.environ, **({"PYTHONTRACEMALLOC": "1"} if trace else {})}
        with log.open("w") as stderr:
            done = subprocess.run(
                command,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                timeout=CONTENDER_TIMEOUT,
                check=False,
                cwd=ROOT,
                env=env,
            )
        if done.returncode != 0:
            tail = "".join(log.read_text(errors="replace").splitlines(True)[-30:])
            raise RuntimeError(f"{contender.name} failed (exit {done.returncode}):\n{tail}")
        measured = replace(parse_result(done.stdout), contender=contender.name)
        return Outcome(measured, server_stats(port))


def contenders(args: argparse.Namespace) -> list[Contender]:
    caps: list[str] = []
    if args.max_concurrent:
        caps += ["--max-concurrent", str(args.max_concurrent)]
    if args.max_per_host:
        caps += ["--max-per-host", str(args.max_per_host)]
    if args.parse_workers is not None:
        caps += ["--parse-workers", str(args.parse_workers)]
    readers = [
        Contender(f"reader workers={w}", "bench.poll_reader", ("--workers", str(w)))
        for w in args.reader_workers
    ]
    bots = [Contender("stancebot", "bench.poll_stancebot", tuple(caps))]
    if not args.no_analysis:
        full = ("--with-analysis", *caps)
        bots.append(Contender("stancebot + analysis", "bench.poll_stancebot", full))
        mixed = ("--about-huawei", str(REALISTIC_SHARE))
        name = f"stancebot + analysis, {REALISTIC_SHARE}% Huawei"
        bots.append(Contender(name, "bench.poll_stancebot", full, mixed))
    return [*bots, *readers]


def expected_items(args: argparse.Namespace) -> tuple[int, int]:
    """Items a contender should hold after the cold and after the warm cycle."""
    cold = args.feeds * args.items
    return cold, cold + math.ceil(args.feeds / 2) * args.changed


def per_second(items: int, seconds: float) -> str:
    return f"{items / seconds:,.0f}" if seconds > 0 else "-"


def table(outcomes: list[Outcome], traced: dict[str, float | None]) -> list[str]:
    width = max(len(o.measurement.contender) for o in outcomes)
    header = (
        f"{'contender':<{width}} {'cold s':>7} {'warm s':>7} {'warm items/s':>12} "
        f"{'cold items/s':>12} {'peak MB':>8} {'base MB':>8} {'traced MB':>9} "
        f"{'warm 200/304':>12} {'stored':>13}"
    )
    lines = [header, "-" * len(header)]
    for outcome in outcomes:
        m, served = outcome.measurement, outcome.served
        cold, warm = served.get("1", {}), served.get("2", {})
        traced_mb = traced.get(m.contender)
        lines.append(
            f"{m.contender:<{width}} {m.cold.seconds:>7.2f} {m.warm.seconds:>7.2f} "
            f"{per_second(warm.get('items', 0), m.warm.seconds):>12} "
            f"{per_second(cold.get('items', 0), m.cold.seconds):>12} "
            f"{m.peak_mb:>8.1f} {m.base_mb:>8.1f} "
            f"{(f'{traced_mb:.1f}' if traced_mb is not None else '-'):>9} "
            f"{str(warm.get('200', 0)) + '/' + str(warm.get('304', 0)):>12} "
            f"{f'{m.cold.stored}/{m.warm.stored}':>13}"
        )
    return lines


def checks(outcomes: list[Outcome], args: argparse.Namespace) -> list[str]:
    """Both contenders must have done the same work: every item stored, 304s used."""
    cold_items, warm_items = expected_items(args)
    changed = math.ceil(args.feeds / 2)
    problems = []
    for outcome in outcomes:
        m, warm = outcome.measurement, outcome.served.get("2", {})
        if (m.cold.stored, m.warm.stored) != (cold_items, warm_items):
            problems.append(
                f"{m.contender}: stored {m.cold.stored}/{m.warm.stored} items, "
                f"expected {cold_items}/{warm_items}"
            )
        if (warm.get("200", 0), warm.get("304", 0)) != (changed, args.feeds - changed):
            problems.append(f"{m.contender}: warm cycle answers {warm}, expected 304s")
        for name, cycle in (("cold", m.cold), ("warm", m.warm)):
            failed = cycle.outcomes.get("failed", 0) + cycle.outcomes.get("broken_feeds", 0)
            if failed:
                problems.append(f"{m.contender}: {failed} feeds failed in the {name} cycle")
    return problems


def verdict(outcomes: list[Outcome]) -> list[str]:
    """Ratios of each reader run to each stancebot run, and the targets, judged against the
    fastest reader run."""
    measured = [o.measurement for o in outcomes]
    bots = [m for m in measured if m.contender.startswith("stancebot")]
    readers = [m for m in measured if m.contender.startswith("reader")]
    lines = [
        f"{other.contender} / {bot.contender}: warm {other.warm.seconds / bot.warm.seconds:.2f}x"
        f", cold {other.cold.seconds / bot.cold.seconds:.2f}x"
        for bot in bots
        for other in readers
    ]
    lines.append(
        f"target: full cycle ≥ {TARGET_SPEEDUP:g}x faster than reader, "
        f"peak memory ≤ {TARGET_PEAK_MB:g} MB (main process and parser workers, summed)"
    )
    best = min(readers, key=lambda m: m.warm.seconds) if readers else None
    for bot in bots:
        if best is not None:
            speedup = best.warm.seconds / bot.warm.seconds
            met = "met" if speedup >= TARGET_SPEEDUP else "NOT MET"
            lines.append(
                f"  {bot.contender}: speed {met}: warm cycle {speedup:.2f}x the speed of the "
                f"fastest reader ({best.contender}: {best.warm.seconds:.2f} s, "
                f"{bot.contender}: {bot.warm.seconds:.2f} s)"
            )
        met = "met" if bot.peak_mb <= TARGET_PEAK_MB else "NOT MET"
        split = " + ".join(f"{part} {mb:.1f}" for part, mb in bot.peaks.items())
        reader = f"{min(r.peak_mb for r in readers):.1f} MB" if readers else "not run"
        lines.append(
            f"  {bot.contender}: memory {met}: peak {bot.peak_mb:.1f} MB ({split}) against "
            f"≤ {TARGET_PEAK_MB:g} MB; reader {reader}"
        )
    return lines


def cpu_lines(outcomes: list[Outcome]) -> list[str]:
    """Where each bot run's warm cycle went: CPU of its own process (event loop, SQLite's
    thread) and of its parser workers, against the wall time."""
    lines = []
    for outcome in outcomes:
        m = outcome.measurement
        spent = m.warm.outcomes
        if "cpu_main_ms" not in spent:
            continue
        lines.append(
            f"  {m.contender}: warm cycle {m.warm.seconds:.2f} s; CPU: the bot's process "
            f"{spent['cpu_main_ms'] / 1000:.2f} s, its parser workers "
            f"{spent['cpu_workers_ms'] / 1000:.2f} s"
        )
    return ["where the warm cycle's time went:", *lines] if lines else []


def preamble(args: argparse.Namespace, bot: Measurement) -> list[str]:
    setup = ", ".join(f"{k}={v}" for k, v in bot.setup.items())
    return [
        f"poll benchmark: {args.feeds} feeds x {args.items} items on {args.hosts} loopback "
        f"hosts; warm cycle: {math.ceil(args.feeds / 2)} feeds changed "
        f"({args.changed} new items each), the rest unchanged (304)",
        f"python {platform.python_version()}, {os.cpu_count()} CPUs (load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}); stancebot: {setup}",
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=30, help="items per feed")
    parser.add_argument("--changed", type=int, default=5, help="new items per changed feed")
    parser.add_argument("--hosts", type=int, default=50, help="loopback hosts (≤ 250)")
    parser.add_argument("--max-concurrent", type=int, help="stancebot's cap (settings: 16)")
    parser.add_argument("--max-per-host", type=int, help="stancebot's per-host cap (settings: 2)")
    parser.add_argument("--parse-workers", type=int, help="stancebot's parser processes (settings)")
    parser.add_argument(
        "--reader-workers",
        type=lambda text: [int(x) for x in text.split(",") if x],
        default=[1, 16],
        help="comma-separated worker counts for reader (default 1,16; empty: no reader)",
    )
    parser.add_argument(
        "--no-analysis", action="store_true", help="skip the stancebot + analysis contender"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per contender (median)")
    parser.add_argument("--trace", action="store_true", help="also a tracemalloc pass each")
    parser.add_argument(
        "--profile", action="store_true", help="also a cProfile pass of the bot's warm cycle"
    )
    return parser.parse_args(argv)


def run_all(args: argparse.Namespace, workdir: Path) -> tuple[list[Outcome], list[str]]:
    """Every contender `--repeat` times, interleaved so that noise from other work on the
    machine falls on all of them alike; each row is the run with the median warm cycle."""
    runs: dict[str, list[Outcome]] = {}
    for attempt in range(args.repeat):
        for contender in contenders(args):
            print(f"run {attempt + 1}/{args.repeat}: {contender.name} ...", flush=True)
            folder = workdir / f"{attempt}-{_slug(contender)}"
            runs.setdefault(contender.name, []).append(run_contender(contender, args, folder))
    chosen, spread = [], []
    for name, outcomes in runs.items():
        ordered = sorted(outcomes, key=lambda o: o.measurement.warm.seconds)
        chosen.append(ordered[(len(ordered) - 1) // 2])
        if len(ordered) > 1:
            warm = ", ".join(f"{o.measurement.warm.seconds:.2f}" for o in ordered)
            cold = ", ".join(sorted(f"{o.measurement.cold.seconds:.2f}" for o in ordered))
            spread.append(f"{name}: warm s {warm}; cold s {cold}")
    return chosen, spread


def _slug(contender: Contender) -> str:
    return "-".join((contender.module, *contender.arguments, *contender.server))


def traced_runs(args: argparse.Namespace, workdir: Path) -> list[Measurement]:
    """One more run of each contender under tracemalloc (its timings are not used)."""
    runs = []
    for contender in contenders(args):
        print(f"traced run: {contender.name} ...", flush=True)
        folder = workdir / f"traced-{_slug(contender)}"
        runs.append(run_contender(contender, args, folder, trace=True).measurement)
    return runs


def profiled_run(args: argparse.Namespace, workdir: Path) -> str:
    """One more run of the bot with the analysis, its warm cycle under cProfile (its timings
    are not used): where the event loop's time goes. The parser workers' time is theirs."""
    (bot,) = [c for c in contenders(args) if "--with-analysis" in c.arguments][:1]
    print(f"profiled run: {bot.name} ...", flush=True)
    folder = workdir / "profiled"
    run_contender(bot, args, folder, profile=True)
    return (folder / "profile.txt").read_text("utf-8")


def by_module(traced: list[Measurement]) -> list[str]:
    """Where each traced contender's Python memory is after the warm cycle."""
    lines = []
    for run in traced:
        lines.append(f"{run.contender}: Python memory alive after the warm cycle, by package")
        lines += [f"  {mb:7.1f} MB  {name}" for name, mb in run.by_module.items()]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_poll_") as tmp:
        outcomes, spread = run_all(args, Path(tmp))
        traced_measurements = traced_runs(args, Path(tmp)) if args.trace else []
        profiled = profiled_run(args, Path(tmp)) if args.profile else ""
    traced = {m.contender: m.traced_peak_mb for m in traced_measurements}
    print()
    for line in [*preamble(args, outcomes[0].measurement), "", *table(outcomes, traced), ""]:
        print(line)
    for line in [*cpu_lines(outcomes), *by_module(traced_measurements)]:
        print(line)
    if profiled:
        print("the warm cycle of the bot's process under cProfile (the parser workers not seen):")
        print(profiled)
    if spread:
        print(f"median of {args.repeat} runs shown; every run, fastest warm first:")
        for line in spread:
            print(f"  {line}")
        print()
    problems = checks(outcomes, args)
    for problem in problems:
        print(f"CHECK FAILED: {problem}")
    for line in verdict(outcomes):
        print(line)
    return 1 if problems else 0


def _run() -> int:
    try:
        return main()
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"bench_poll: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(_run())
