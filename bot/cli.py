"""The `stancebot` command line: run, ask, db (a contract scripts rely on)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.app import App, open_app, utc_now
from bot.chat.console import ConsoleChat, render
from bot.core.access import Role
from bot.core.errors import StanceBotError
from bot.core.exchange import dump_records, parse_records
from bot.core.feeds import Health
from bot.core.models import Change
from bot.core.replies import Tone
from bot.logs import configure_logging
from bot.settings import Settings, load_settings

ROLES = {role.name.lower(): role for role in Role}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancebot", description="Tracks countries' Huawei 5G stances from the news."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot")
    run.add_argument("--console", action="store_true", help="use the terminal adapter")
    poll = commands.add_parser("poll", help="poll every feed once, process, print, exit")
    poll.add_argument("--once", action="store_true", required=True)
    ask = commands.add_parser("ask", help='run one slash command, e.g. "/huawei country uk"')
    ask.add_argument("text")
    ask.add_argument("--as", dest="role", choices=list(ROLES), default="operator")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("migrate", help="apply pending schema migrations")
    db_commands.add_parser("export", help="print every record as JSON")
    load = db_commands.add_parser("import", help="load records from an export, validated")
    load.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(os.environ)
        level = settings.log_level if args.command == "run" else "WARNING"
        configure_logging(level, settings.secrets())
        return asyncio.run(_dispatch(args, settings))
    except StanceBotError as exc:
        print(f"stancebot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings) as app:
        if args.command == "run":
            return await _run(app, args.console)
        if args.command == "poll":
            return await _poll_once(app)
        if args.command == "ask":
            return await _ask(app, args.text, ROLES[args.role], args.json)
        return await _db(app, args)


async def _run(app: App, console: bool) -> int:
    platforms = [name for name, on in _platform_tokens(app.settings).items() if on]
    if platforms and not console:
        print(
            f"stancebot: {' and '.join(platforms)} support is not built yet; "
            "use `stancebot run --console`.",
            file=sys.stderr,
        )
        return 2
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await app.sync_feeds()
    await app.scheduler.start()
    chat = ConsoleChat(app.dispatcher.handle, app.console_caller(Role.OPERATOR))
    try:
        await chat.serve(stop)
    finally:
        await app.scheduler.stop()
    chat.show("stancebot stopped.")
    return 0


async def _poll_once(app: App) -> int:
    await app.sync_feeds()
    feeds = [f for f in await app.feeds.listed() if f.health != Health.DISABLED]
    reports = await asyncio.gather(*(app.poller.poll(feed) for feed in feeds))
    for report in reports:
        print(report.line)
    failed = sum(r.outcome == "failed" for r in reports)
    print(f"Polled {len(reports)} feeds: {len(reports) - failed} ok, {failed} failed.")
    return 0


def _platform_tokens(settings: Settings) -> dict[str, bool]:
    return {
        "Discord": settings.discord.token is not None,
        "Slack": settings.slack.bot_token is not None,
    }


async def _ask(app: App, text: str, role: Role, as_json: bool) -> int:
    reply = await app.dispatcher.handle(text, app.console_caller(role))
    print(json.dumps(reply.to_json(), ensure_ascii=False) if as_json else render(reply))
    return 1 if reply.tone == Tone.ERROR else 0


async def _db(app: App, args: argparse.Namespace) -> int:
    if args.db_command == "migrate":
        print(f"{app.database.path}: schema version {await app.database.schema_version()}")
        return 0
    if args.db_command == "export":
        by_country: dict[str, list[Change]] = {}
        for change in await app.records.all_history():
            by_country.setdefault(change.country, []).append(change)
        entries = [(r, tuple(by_country.get(r.country, ()))) for r in await app.records.all()]
        dump = dump_records(entries, lambda code: app.countries.get(code).name, utc_now())
        print(json.dumps(dump, ensure_ascii=False, indent=2))
        return 0
    return await _import(app, args.file)


async def _import(app: App, path: Path) -> int:
    try:
        data = json.loads(await asyncio.to_thread(path.read_text, "utf-8"))
    except (OSError, ValueError) as exc:
        print(f"stancebot: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    known = {c.code: c.name for c in app.countries.countries}
    entries = parse_records(data, known, utc_now())
    count = await app.records.replace_all(entries, utc_now())
    print(f"Imported {count} records from {path}.")
    return 0
