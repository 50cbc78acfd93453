"""`stancebot feeds export|import`: feed lists as OPML files, for operators at the terminal."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from bot.app import App, utc_now
from bot.core.errors import ImportDataError
from bot.core.feeds import FeedOrigin
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.core.wording import plural

GLOBAL = ""


def add_feeds_parser(commands: Any) -> None:
    feeds = commands.add_parser("feeds", help="feed lists as OPML files")
    feed_commands = feeds.add_subparsers(dest="feeds_command", required=True)
    export = feed_commands.add_parser("export", help="print the feeds as OPML")
    load = feed_commands.add_parser(
        "import", help="watch every feed of an OPML file; validated, all or nothing"
    )
    load.add_argument("file", type=Path, help="the OPML file")
    for parser in (export, load):
        parser.add_argument(
            "--tenant",
            default=GLOBAL,
            help="a workspace or server id (default: the global feeds)",
        )


async def feed_lists(app: App, args: argparse.Namespace) -> int:
    if args.feeds_command == "export":
        return await _export(app, args.tenant)
    return await _import(app, args.file, args.tenant)


async def _export(app: App, tenant: str) -> int:
    feeds = [f for f in await app.feeds.listed(tenant) if f.tenant == tenant]
    whose = f"the feeds of {tenant}" if tenant else "the global feeds"
    document = dump_opml(
        [OpmlFeed(f.url, f.title) for f in feeds], f"stancebot: {whose}", utc_now()
    )
    sys.stdout.write(document.decode("utf-8"))
    return 0


async def _import(app: App, path: Path, tenant: str) -> int:
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise ImportDataError(
            "The OPML file was not imported:", [f"{path}: {exc.strerror}"]
        ) from exc
    feeds = parse_opml(data)
    watched = {f.url for f in await app.feeds.listed(tenant) if f.tenant == tenant}
    fresh = [(f.url, f.title) for f in feeds if f.url not in watched]
    added = await app.feeds.add_many(
        fresh,
        tenant=tenant,
        origin=FeedOrigin.CHAT,
        added_by="console:operator",
        now=utc_now(),
    )
    print(
        f"Imported {plural(len(added), 'feed')}; {len(feeds) - len(fresh)} already watched. "
        "Each is checked on its first poll, its current items stored without alerting."
    )
    return 0
