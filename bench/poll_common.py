"""What the poll benchmark's contender processes share: the server's control endpoints, the two
timed cycles, memory figures, and the one JSON line each contender prints for the parent."""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import resource
import sys
import time
import tracemalloc
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

CONTROL_HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "RESULT "


@dataclass
class Cycle:
    seconds: float
    stored: int  # items the contender holds after the cycle
    outcomes: dict[str, int] = field(default_factory=dict)  # the contender's own view, if any


@dataclass
class Measurement:
    contender: str
    setup: dict[str, Any]  # the knobs this contender ran with
    cold: Cycle
    warm: Cycle
    base_mb: float  # resident memory after imports and setup, before the first cycle
    peak_mb: float  # peak RSS of the contender process plus its worker processes, summed
    traced_peak_mb: float | None  # tracemalloc's peak (Python allocations), when traced
    peaks: dict[str, float] = field(default_factory=dict)  # "main" and "children" peak RSS
    by_module: dict[str, float] = field(default_factory=dict)  # traced: MB alive by package


def control(port: int, path: str, method: str = "GET") -> Any:
    """Ask the feed server's control endpoint (127.0.0.1 only)."""
    request = urllib.request.Request(f"http://{CONTROL_HOST}:{port}{path}", method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def feed_urls(port: int) -> list[str]:
    urls = control(port, "/_urls")
    assert isinstance(urls, list)
    return [str(url) for url in urls]


def next_round(port: int) -> None:
    control(port, "/_round/2", method="POST")


def resident_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peaks_mb() -> dict[str, float]:
    """The peak resident set size so far of this process ("main") and of all its live
    descendants together ("children": stancebot's parser workers, whoever started them):
    ru_maxrss is in KB on Linux, /proc's VmHWM is each process's peak."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"main": own, "children": sum(_peak_mb(pid) for pid in _descendants(os.getpid()))}


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, frontier = [], [root]
    while frontier:
        children = parents.get(frontier.pop(), [])
        found += children
        frontier += children
    return found


def cpu_ms() -> dict[str, int]:
    """CPU time used so far (user + system, ms) by this process, all its threads included
    ("main": the event loop and SQLite's thread), and by its live descendants ("workers")."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    ticks = os.sysconf("SC_CLK_TCK")
    workers = sum(_cpu_ticks(pid) for pid in _descendants(os.getpid()))
    return {
        "cpu_main_ms": round((own.ru_utime + own.ru_stime) * 1000),
        "cpu_workers_ms": round(workers * 1000 / ticks),
    }


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def _peak_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((row for row in status.splitlines() if row.startswith("VmHWM:")), "")
    return int(line.split()[1]) / 1024 if line else 0.0


def traced_by_module(top: int = 14) -> dict[str, float]:
    """Python allocations alive now, in MB, by the package or module that made them (tracing
    must have started with the interpreter, PYTHONTRACEMALLOC=1, to see the imports)."""
    sizes: dict[str, float] = {}
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        name = module_of(stat.traceback[0].filename)
        sizes[name] = sizes.get(name, 0.0) + stat.size / 2**20
    ranked = sorted(sizes.items(), key=lambda pair: -pair[1])
    shown = dict(ranked[:top])
    shown["(everything else)"] = sum(size for _, size in ranked[top:])
    return shown


def module_of(filename: str) -> str:
    """bot/core/analysis/..., feedparser, aiohttp, stdlib:json, python: what a file belongs to."""
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    if ROOT in path.parents:
        inner = path.relative_to(ROOT).parts
        return "/".join(inner[:3]) if inner[:2] == ("bot", "core") else "/".join(inner[:2])
    if filename.startswith("<"):
        return "python (frozen and built-in)"
    return f"stdlib:{path.stem if path.parent.name.startswith('python') else path.parent.name}"


def contender_arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--port", type=int, required=True, help="the feed server's port")
    parser.add_argument("--workdir", required=True, help="a fresh folder for databases")
    parser.add_argument("--trace", action="store_true", help="run under tracemalloc")
    parser.add_argument("--profile", action="store_true", help="cProfile the warm cycle")
    return parser


Outcomes = dict[str, int]


def measure(
    name: str,
    *,
    setup: dict[str, Any],
    port: int,
    trace: bool,
    cycle: Callable[[], Outcomes],
    count: Callable[[], int],
) -> Measurement:
    """Time the cold cycle (round 1: every feed new), switch the server to round 2 (half the
    feeds changed, half unchanged), time the warm cycle. `count` (not timed) says how many
    items the contender holds."""
    base = _start(trace)
    cold = _timed(cycle)
    cold.stored = count()
    next_round(port)
    warm = _timed(cycle)
    warm.stored = count()
    return _finish(name, setup, base, cold, warm, trace=trace)


async def measure_async(
    name: str,
    *,
    setup: dict[str, Any],
    port: int,
    trace: bool,
    cycle: Callable[[], Awaitable[Outcomes]],
    count: Callable[[], Awaitable[int]],
    profile: Path | None = None,
) -> Measurement:
    """`measure` for a contender living on an event loop; with `profile`, the warm cycle runs
    under cProfile and the functions that took its time are written there."""
    base = _start(trace)
    started = time.perf_counter()
    cold = Cycle(0.0, 0, await cycle())
    cold.seconds = time.perf_counter() - started
    cold.stored = await count()
    await asyncio.to_thread(next_round, port)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    warm = Cycle(0.0, 0, await cycle())
    warm.seconds = time.perf_counter() - started
    if profiler is not None and profile is not None:
        profiler.disable()
        await asyncio.to_thread(profile.write_text, profile_text(profiler), "utf-8")
    warm.stored = await count()
    return _finish(name, setup, base, cold, warm, trace=trace)


def profile_text(profiler: cProfile.Profile, top: int = 30) -> str:
    """The main thread's functions by their own time, then by time including callees."""
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def _start(trace: bool) -> float:
    base = resident_mb()
    if trace:
        tracemalloc.start()
    return base


def _timed(cycle: Callable[[], Outcomes]) -> Cycle:
    started = time.perf_counter()
    outcomes = cycle()
    return Cycle(time.perf_counter() - started, 0, outcomes)


def _finish(
    name: str, setup: dict[str, Any], base: float, cold: Cycle, warm: Cycle, *, trace: bool
) -> Measurement:
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    by_module = traced_by_module() if trace else {}
    peaks = peaks_mb()
    return Measurement(name, setup, cold, warm, base, sum(peaks.values()), traced, peaks, by_module)


def report(measurement: Measurement) -> None:
    print(RESULT_PREFIX + json.dumps(asdict(measurement)), flush=True)
    sys.stdout.flush()


def parse_result(stdout: str) -> Measurement:
    line = next(x for x in reversed(stdout.splitlines()) if x.startswith(RESULT_PREFIX))
    data = json.loads(line.removeprefix(RESULT_PREFIX))
    data["cold"], data["warm"] = Cycle(**data["cold"]), Cycle(**data["warm"])
    return Measurement(**data)
