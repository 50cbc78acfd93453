"""The poll benchmark's stancebot contender, in its own process: the bot's real components.

    python -m bench.poll_stancebot --port PORT --workdir DIR [--max-concurrent N]
                                   [--max-per-host N] [--parse-workers N] [--with-analysis]
                                   [--trace]

Settings are a copy of `config/settings.toml` (env STANCEBOT_CONFIG, STANCEBOT_DB pointing into
DIR) with the benchmark's loopback hosts allowed; `open_app` builds the App exactly as the bot
does, logging is configured as `stancebot run` configures it (INFO, to stderr, which the parent
sends to a file). A cycle is what `stancebot poll --once` does: list the feeds, poll them all
with `app.poller`, which fetches, parses (in the parser worker processes) and stores; the bot's
pipeline analyses new items off the poll path. `--with-analysis` adds that work to the cycle:
`app.pipeline.drain()` after the polls.
"""

from __future__ import annotations

import asyncio
import os
import tomllib
from collections import Counter
from pathlib import Path

import tomli_w

from bench.poll_common import (
    Measurement,
    Outcomes,
    contender_arguments,
    cpu_ms,
    feed_urls,
    measure_async,
    report,
)
from bot.app import App, open_app, utc_now
from bot.core.analysis import compiled
from bot.core.feeds import FeedOrigin
from bot.logs import configure_logging
from bot.settings import PROJECT_CONFIG, load_settings

# The feed server's hosts are 127.0.0.2-251 (bench.poll_server); nothing else is allowed.
ALLOWED = "127.0.0.0/24"
PROFILE = "profile.txt"  # --profile: the warm cycle's cProfile figures, in the workdir


def settings_copy(workdir: Path, caps: dict[str, int]) -> Path:
    """config/settings.toml with absolute data paths, no global or demo feeds, loopback
    allowed, and the given concurrency caps."""
    data = tomllib.loads(PROJECT_CONFIG.read_text("utf-8"))
    folder = PROJECT_CONFIG.parent
    data["bot"]["database"] = str(workdir / "stancebot.db")
    data["data"] = {key: str(folder / value) for key, value in data["data"].items()}
    data["feeds"].update(allow_addresses=[ALLOWED], demo="", **{"global": []}, **caps)
    path = workdir / "settings.toml"
    path.write_text(tomli_w.dumps(data), "utf-8")
    return path


async def add_feeds(app: App, urls: list[str]) -> None:
    for url in urls:
        added = await app.feeds.add(
            url, tenant="", origin=FeedOrigin.SETTINGS, added_by="bench", now=utc_now()
        )
        assert added is not None, url


async def cycle(app: App, with_analysis: bool) -> Outcomes:
    """One full poll cycle: the feeds re-read (the store keeps their ETags), all polled; the
    CPU time it took the bot's process and its parser workers is counted too."""
    before = cpu_ms()
    stop = asyncio.Event()
    # As in `stancebot run`: the pipeline analyses new items while the polls go on.
    pipeline = asyncio.create_task(app.pipeline.run(stop)) if with_analysis else None
    feeds = await app.feeds.listed()
    reports = await asyncio.gather(*(app.poller.poll(feed) for feed in feeds))
    if pipeline is not None:
        stop.set()
        await pipeline
        await app.pipeline.drain()  # what arrived after its last batch
    outcomes = Counter(report.outcome.value for report in reports)  # JSON keys for the parent
    outcomes["new_items"] = sum(report.new for report in reports)
    outcomes["to_analyse"] = sum(report.alerting for report in reports)
    outcomes.update({key: ms - before[key] for key, ms in cpu_ms().items()})
    return dict(outcomes)


async def run(
    port: int,
    workdir: Path,
    caps: dict[str, int],
    *,
    with_analysis: bool,
    trace: bool,
    profile: bool = False,
) -> Measurement:
    os.environ["STANCEBOT_CONFIG"] = str(settings_copy(workdir, caps))
    os.environ["STANCEBOT_DB"] = str(workdir / "stancebot.db")
    settings = load_settings(os.environ)
    configure_logging(settings.log_level, settings.secrets())
    urls = await asyncio.to_thread(feed_urls, port)
    async with open_app(settings) as app:
        await add_feeds(app, urls)
        feeds = settings.feeds
        setup = {
            "max_concurrent": feeds.max_concurrent,
            "max_per_host": feeds.max_per_host,
            "log_level": settings.log_level,
            "parse_workers": feeds.parse_workers,
            "new items": "analysed in the cycle" if with_analysis else "left for the pipeline",
            "analysis": compiled.how_read(),
        }
        return await measure_async(
            "stancebot + analysis" if with_analysis else "stancebot",
            setup=setup,
            port=port,
            trace=trace,
            cycle=lambda: cycle(app, with_analysis),
            count=app.feeds.item_count,
            profile=workdir / PROFILE if profile else None,
        )


def main() -> None:
    parser = contender_arguments(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--max-concurrent", type=int, help="default: config/settings.toml")
    parser.add_argument("--max-per-host", type=int, help="default: config/settings.toml")
    parser.add_argument("--parse-workers", type=int, help="default: config/settings.toml")
    parser.add_argument("--with-analysis", action="store_true", help="analyse new items too")
    args = parser.parse_args()
    caps = {
        key: value
        for key, value in (
            ("max_concurrent", args.max_concurrent),
            ("max_per_host", args.max_per_host),
            ("parse_workers", args.parse_workers),
        )
        if value is not None
    }
    workdir = Path(args.workdir)
    measured = run(
        args.port,
        workdir,
        caps,
        with_analysis=args.with_analysis,
        trace=args.trace,
        profile=args.profile,
    )
    report(asyncio.run(measured))


if __name__ == "__main__":
    main()
