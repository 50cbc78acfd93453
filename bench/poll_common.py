"""What the poll benchmark's contender processes share: the server's control endpoints, the two
timed cycles, memory figures, and the one JSON line each contender prints for the parent."""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
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
    peak_mb: float  # peak RSS of the contender process plus its worker processes
    traced_peak_mb: float | None  # tracemalloc's peak (Python allocations), when traced


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


def peak_mb() -> float:
    """The peak resident set size of this process and its live children (stancebot's parser
    workers) so far: ru_maxrss is in KB on Linux, /proc's VmHWM is each child's peak."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own + sum(_child_peak_mb(child.pid) for child in multiprocessing.active_children())


def _child_peak_mb(pid: int | None) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((row for row in status.splitlines() if row.startswith("VmHWM:")), "")
    return int(line.split()[1]) / 1024 if line else 0.0


def contender_arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--port", type=int, required=True, help="the feed server's port")
    parser.add_argument("--workdir", required=True, help="a fresh folder for databases")
    parser.add_argument("--trace", action="store_true", help="run under tracemalloc")
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
) -> Measurement:
    """`measure` for a contender living on an event loop."""
    base = _start(trace)
    started = time.perf_counter()
    cold = Cycle(0.0, 0, await cycle())
    cold.seconds = time.perf_counter() - started
    cold.stored = await count()
    await asyncio.to_thread(next_round, port)
    started = time.perf_counter()
    warm = Cycle(0.0, 0, await cycle())
    warm.seconds = time.perf_counter() - started
    warm.stored = await count()
    return _finish(name, setup, base, cold, warm, trace=trace)


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
    return Measurement(name, setup, cold, warm, base, peak_mb(), traced)


def report(measurement: Measurement) -> None:
    print(RESULT_PREFIX + json.dumps(asdict(measurement)), flush=True)
    sys.stdout.flush()


def parse_result(stdout: str) -> Measurement:
    line = next(x for x in reversed(stdout.splitlines()) if x.startswith(RESULT_PREFIX))
    data = json.loads(line.removeprefix(RESULT_PREFIX))
    data["cold"], data["warm"] = Cycle(**data["cold"]), Cycle(**data["warm"])
    return Measurement(**data)
