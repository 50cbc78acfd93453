"""The poll benchmark's stancebot contender, in its own process: the bot's real components.

    python -m bench.poll_stancebot --port PORT --workdir DIR [--max-concurrent N]
                                   [--max-per-host N] [--poll-only] [--trace]

Settings are a copy of `config/settings.toml` (env STANCEBOT_CONFIG, STANCEBOT_DB pointing into
DIR) with the benchmark's loopback hosts allowed; `open_app` builds the App exactly as the bot
does, logging is configured as `stancebot run` configures it (INFO, to stderr, which the parent
sends to a file). A cycle is what `stancebot poll --once` does: list the feeds, poll them all
with `app.poller` — which analyses each new item inline (the pipeline) before the poll returns.

`--poll-only` measures the ingestion alone, like for like with reader (which fetches, parses,
stores and nothing more): a Poller built from the same parts `open_app` uses (`fetch_settings`,
`feed_policy`, the app's FeedStore) whose listener leaves new items stored as `new`, for
`Pipeline.resume()` to analyse later.
"""

from __future__ import annotations

import asyncio
import json
import os
import tomllib
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from bench.poll_common import (
    Measurement,
    Outcomes,
    contender_arguments,
    feed_urls,
    measure_async,
    report,
)
from bot.app import App, feed_policy, fetch_settings, open_app, utc_now
from bot.core.feeds import FeedNotice, FeedOrigin, StoredItem
from bot.feeds.fetch import Fetcher
from bot.logs import configure_logging
from bot.polling import Poller, PollListener
from bot.settings import PROJECT_CONFIG, load_settings
from bot.storage.feeds import FeedStore

# The feed server's hosts are 127.0.0.2-251 (bench.poll_server); nothing else is allowed.
ALLOWED = "127.0.0.0/24"


def settings_copy(workdir: Path, caps: dict[str, int]) -> Path:
    """config/settings.toml with absolute data paths, no global or demo feeds, loopback
    allowed, and the given concurrency caps."""
    data = tomllib.loads(PROJECT_CONFIG.read_text("utf-8"))
    folder = PROJECT_CONFIG.parent
    data["bot"]["database"] = str(workdir / "stancebot.db")
    data["data"] = {key: str(folder / value) for key, value in data["data"].items()}
    data["feeds"].update(allow_addresses=[ALLOWED], demo="", **{"global": []}, **caps)
    path = workdir / "settings.toml"
    path.write_text(dump_toml(data), "utf-8")
    return path


def dump_toml(data: dict[str, Any]) -> str:
    """The settings back as TOML: top-level keys, then one table per section (anything nested
    deeper as inline tables). JSON string escapes are valid TOML basic strings."""
    scalars = [f"{key} = {_toml_value(v)}" for key, v in data.items() if not isinstance(v, dict)]
    lines = [*scalars, ""] if scalars else []
    for section, table in data.items():
        if isinstance(table, dict):
            lines.append(f"[{json.dumps(section)}]")
            lines.extend(f"{json.dumps(key)} = {_toml_value(v)}" for key, v in table.items())
            lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(f"no TOML for {value!r}")


async def add_feeds(app: App, urls: list[str]) -> None:
    for url in urls:
        added = await app.feeds.add(
            url, tenant="", origin=FeedOrigin.SETTINGS, added_by="bench", now=utc_now()
        )
        assert added is not None, url


class Deferred:
    """A poll listener that leaves new items for later: they stay stored with status `new`,
    which `Pipeline.resume()` analyses on the bot's next start. Notices go to the pipeline."""

    def __init__(self, pipeline: PollListener) -> None:
        self._pipeline = pipeline

    async def items_arrived(self, items: list[StoredItem]) -> None:
        return None

    async def feed_notice(self, notice: FeedNotice) -> None:
        await self._pipeline.feed_notice(notice)


async def cycle(feeds: FeedStore, poller: Poller) -> Outcomes:
    """One full poll cycle: the feeds re-read (the store keeps their ETags), all polled."""
    reports = await asyncio.gather(*(poller.poll(feed) for feed in await feeds.listed()))
    outcomes = Counter(report.outcome for report in reports)
    outcomes["new_items"] = sum(report.new for report in reports)
    outcomes["to_analyse"] = sum(report.alerting for report in reports)
    return dict(outcomes)


@asynccontextmanager
async def poller_of(app: App, poll_only: bool) -> AsyncIterator[Poller]:
    """The app's own poller, or (poll only) one built from the same parts as `open_app` builds
    it, with new items deferred instead of analysed inline."""
    if not poll_only:
        yield app.poller
        return
    settings = app.settings
    async with Fetcher(fetch_settings(settings), clock=utc_now) as fetcher:
        policy = feed_policy(settings)
        yield Poller(fetcher, app.feeds, policy, Deferred(app.pipeline), utc_now)


async def run(
    port: int, workdir: Path, caps: dict[str, int], *, poll_only: bool, trace: bool
) -> Measurement:
    os.environ["STANCEBOT_CONFIG"] = str(settings_copy(workdir, caps))
    os.environ["STANCEBOT_DB"] = str(workdir / "stancebot.db")
    settings = load_settings(os.environ)
    configure_logging(settings.log_level, settings.secrets())
    urls = await asyncio.to_thread(feed_urls, port)
    async with open_app(settings) as app, poller_of(app, poll_only) as poller:
        await add_feeds(app, urls)
        feeds = settings.feeds
        setup = {
            "max_concurrent": feeds.max_concurrent,
            "max_per_host": feeds.max_per_host,
            "log_level": settings.log_level,
            "new items": "deferred" if poll_only else "analysed inline",
        }
        return await measure_async(
            "stancebot poll-only" if poll_only else "stancebot",
            setup=setup,
            port=port,
            trace=trace,
            cycle=lambda: cycle(app.feeds, poller),
            count=app.feeds.item_count,
        )


def main() -> None:
    parser = contender_arguments(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--max-concurrent", type=int, help="default: config/settings.toml")
    parser.add_argument("--max-per-host", type=int, help="default: config/settings.toml")
    parser.add_argument("--poll-only", action="store_true", help="defer analysis of new items")
    args = parser.parse_args()
    caps = {
        key: value
        for key, value in (
            ("max_concurrent", args.max_concurrent),
            ("max_per_host", args.max_per_host),
        )
        if value is not None
    }
    workdir = Path(args.workdir)
    measured = run(args.port, workdir, caps, poll_only=args.poll_only, trace=args.trace)
    report(asyncio.run(measured))


if __name__ == "__main__":
    main()
