"""Picture benchmark: the world map and a country timeline, drawn cold and served from cache.

    .venv/bin/python bench/bench_map.py [--runs 5]

What runs: the project's real seed in a temporary SQLite file (as `open_app` builds it), then
`Renderer.world_map` / `Renderer.timeline` exactly as the handlers call them (SVG composed, PNG
drawn by cairosvg in a worker thread). "First" includes reading the world's outlines from
pygal_maps_world (once per process); "cold" is a fresh renderer (empty cache); "cached" is the
same request again, which costs the cache-key digest over every record.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script without the editable install
    sys.path.insert(0, str(ROOT))

from bot.app import App, open_app  # noqa: E402
from bot.core.replies import Image  # noqa: E402
from bot.render import Renderer  # noqa: E402
from bot.settings import PROJECT_CONFIG, load_settings  # noqa: E402

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
TODAY = NOW.date()

Draw = Callable[[Renderer], Awaitable[Image]]


async def timed(draw: Draw, renderer: Renderer) -> tuple[float, Image]:
    started = time.perf_counter()
    image = await draw(renderer)
    return time.perf_counter() - started, image


async def cold_and_cached(draw: Draw, runs: int) -> tuple[list[float], list[float], Image]:
    cold, cached = [], []
    image = None
    for _ in range(runs):
        renderer = Renderer()
        seconds, image = await timed(draw, renderer)
        cold.append(seconds)
        cached.append((await timed(draw, renderer))[0])
    assert image is not None
    return cold, cached, image


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def line(label: str, values: list[float]) -> str:
    return f"  {label:<30}{ms(statistics.median(values))} median {ms(min(values))} best"


async def bench(app: App, runs: int) -> None:
    records = await app.records.all()
    eu = app.countries.group("eu")
    gb, gb_record = app.countries.get("GB"), await app.records.get("GB")
    gb_history = await app.records.history("GB")
    assert gb_record is not None

    def world(renderer: Renderer) -> Awaitable[Image]:
        return renderer.world_map(records, app.countries, None, TODAY)

    def europe(renderer: Renderer) -> Awaitable[Image]:
        return renderer.world_map(records, app.countries, eu, TODAY)

    def timeline(renderer: Renderer) -> Awaitable[Image]:
        return renderer.timeline(gb, gb_history, gb_record, TODAY)

    first, image = await timed(world, Renderer())
    print(f"  {'world map, first in process':<30}{ms(first)}  ({len(image.data):,} bytes PNG)")
    for label, draw in (("world map", world), ("EU map", europe), ("GB timeline", timeline)):
        cold, cached, image = await cold_and_cached(draw, runs)
        print(line(f"{label}, cold", cold) + f"  ({len(image.data):,} bytes PNG)")
        print(line(f"{label}, cached", cached))


async def main(args: argparse.Namespace) -> None:
    print(f"stancebot picture benchmark (Python {platform.python_version()}, {args.runs} runs)")
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            {"STANCEBOT_CONFIG": str(PROJECT_CONFIG), "STANCEBOT_DB": f"{folder}/bench.db"}
        )
        async with open_app(settings, clock=lambda: NOW) as app:
            await bench(app, args.runs)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
