"""The `stancebot` command line: run, ask, db, config (a contract scripts rely on)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from bot import __version__
from bot.analyze import as_json as as_json_object
from bot.analyze import as_text, load_items
from bot.app import App, fetch_settings, open_app, utc_now
from bot.catalog import load_catalog
from bot.chat.console import render, save_attachment, save_image
from bot.cli_feeds import add_feeds_parser, feed_lists
from bot.config_check import check
from bot.core.access import Role
from bot.core.audit import audit
from bot.core.errors import StanceBotError
from bot.core.exchange import dump_records, parse_records
from bot.core.models import Change
from bot.core.replies import Tone
from bot.core.wording import plural
from bot.environment import read_environment
from bot.feeds.fetch import Fetcher
from bot.logs import configure_logging
from bot.polling import PollOutcome
from bot.running import PollRound, images_folder, poll_once, run
from bot.settings import Settings, load_settings
from bot.storage.database import is_storage_fault, storage_problem

ROLES = {role.name.lower(): role for role in Role}
POLL_WITHOUT_ONCE = (
    "stancebot poll: add --once to poll every feed once, deliver what is new and exit. "
    "To keep polling on each feed's schedule, run `stancebot run`."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancebot", description="Tracks countries' Huawei 5G stances from the news."
    )
    parser.add_argument("--version", action="version", version=f"stancebot {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot")
    run.add_argument("--console", action="store_true", help="use the terminal adapter")
    poll = commands.add_parser(
        "poll",
        help="poll every feed once, process, print, exit",
        description="Poll every feed once, analyse and deliver what is new, print it and exit. "
        "--once is required, to say so: `stancebot run` polls on a schedule.",
    )
    poll.add_argument("--once", action="store_true", help="poll once and exit (required)")
    analyze = commands.add_parser("analyze", help="analyse items from files, URLs or JSONL")
    analyze.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    analyze.add_argument("--json", action="store_true", help="one JSON object per item")
    analyze.add_argument("--explain", action="store_true", help="show every stage's reasoning")
    ask = commands.add_parser(
        "ask",
        help='run one slash command, e.g. "/huawei country uk"',
        description="Run one slash command as the terminal's user and print the reply.",
    )
    ask.add_argument("text", help='the command, quoted as one argument: "/huawei list banned eu"')
    ask.add_argument(
        "--as",
        dest="role",
        choices=list(ROLES),
        default="operator",
        help="the role to ask with (default: operator, who may run every command)",
    )
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    discord_parser = commands.add_parser("discord", help="Discord helpers")
    discord_commands = discord_parser.add_subparsers(dest="discord_command", required=True)
    invite = discord_commands.add_parser(
        "invite-url", help="print the link that adds the bot to a server"
    )
    invite.add_argument(
        "--application-id",
        type=int,
        help="the application's id (default: asked of Discord with DISCORD_TOKEN)",
    )
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("migrate", help="apply pending schema migrations")
    db_commands.add_parser("export", help="print every record as JSON")
    load = db_commands.add_parser("import", help="load records from an export, validated")
    load.add_argument("file", type=Path)
    config = commands.add_parser("config", help="the settings")
    config_commands = config.add_subparsers(dest="config_command", required=True)
    config_commands.add_parser(
        "check", help="print the settings in effect (secrets masked) and every problem"
    )
    add_feeds_parser(commands)
    record = commands.add_parser("record", help="the stance record")
    record_commands = record.add_subparsers(dest="record_command", required=True)
    record_commands.add_parser(
        "audit", help="check every record: sources, dates, history, unknowns said why"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        env, env_file = read_environment(os.environ)
        if args.command == "config":
            return _config_check(env, env_file)
        settings = _for_command(args, load_settings(env))
        configure_logging(_log_level(args, settings, env), settings.secrets(), settings.log_format)
        return asyncio.run(_dispatch(args, settings))
    except StanceBotError as exc:
        print(f"stancebot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `stancebot analyze ... | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _for_command(args: argparse.Namespace, settings: Settings) -> Settings:
    """With no platform token, `run` and `poll` run the demo: on its own database, never on the
    configured one (a token forgotten must not fill the real database with demo news)."""
    demo_command = args.command == "run" or (args.command == "poll" and args.once)
    if (
        not demo_command
        or settings.has_platform_token
        or (settings.demo_database == settings.database and settings.database_url is None)
    ):
        return settings
    print(
        f"stancebot: no Slack or Discord token is set: the demo runs on {settings.demo_database}",
        file=sys.stderr,
    )
    return replace(settings, database=settings.demo_database, database_url=None)


def _config_check(env: Mapping[str, str], env_file: Path | None) -> int:
    lines, problems = check(env, env_file)
    print("\n".join(lines))
    if not problems:
        print("No problems found.")
        return 0
    print(f"{len(problems)} problems:" if len(problems) > 1 else "1 problem:")
    print("\n".join(f"  - {problem}" for problem in problems))
    return 1


def _log_level(args: argparse.Namespace, settings: Settings, env: Mapping[str, str]) -> str:
    """Logs would drown the terminal adapter's prompt: it shows warnings only, unless asked."""
    serving_platforms = args.command == "run" and not args.console and settings.has_platform_token
    if serving_platforms or "STANCEBOT_LOG_LEVEL" in env:
        return settings.log_level
    return "WARNING"


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "analyze":  # stores nothing, so it opens no database
        return await _analyze(settings, args.sources, args.json, args.explain)
    if args.command == "discord":  # asks Discord at most; opens no database
        from bot.chat.discord import application_id, invite_url  # noqa: PLC0415 (discord.py)

        application = args.application_id or await application_id(settings.discord)
        print(invite_url(application))
        return 0
    if args.command == "poll" and not args.once:
        print(POLL_WITHOUT_ONCE, file=sys.stderr)
        return 2
    try:
        if args.command == "run":  # these two run alone on their database
            return await run(settings, args.console)
        if args.command == "poll":
            return _poll_summary(await poll_once(settings, print))
        async with open_app(settings) as app:
            return await _with_app(app, args)
    except sqlite3.DatabaseError as exc:
        if not is_storage_fault(exc):
            raise
        raise storage_problem(settings.database, exc) from exc


async def _with_app(app: App, args: argparse.Namespace) -> int:
    if args.command == "record":
        return await _audit(app)
    if args.command == "ask":
        return await _ask(app, args.text, ROLES[args.role], args.json)
    if args.command == "feeds":
        return await feed_lists(app, args)
    return await _db(app, args)


def _poll_summary(round_: PollRound) -> int:
    for report in round_.reports:
        print(report.line)
    failed = sum(r.outcome is PollOutcome.FAILED for r in round_.reports)
    print(
        f"Polled {plural(len(round_.reports), 'feed')}: {len(round_.reports) - failed} ok, "
        f"{failed} failed; {plural(round_.delivered, 'alert')} delivered."
    )
    return 0


async def _analyze(settings: Settings, sources: list[str], as_json: bool, explain: bool) -> int:
    analyser = load_catalog(
        settings.countries_file, settings.stances_file, settings.reading_model_file
    ).analyser
    async with Fetcher(fetch_settings(settings)) as fetcher:
        for source in sources:
            loaded = await load_items(source, fetcher, utc_now())
            for problem in loaded.problems:
                print(f"stancebot: {problem}", file=sys.stderr)
            if not loaded.items:
                print(f"stancebot: {source}: no items to analyse", file=sys.stderr)
            for item in loaded.items:
                analysis = analyser.analyse(item)
                if as_json:
                    print(json.dumps(as_json_object(item, analysis), ensure_ascii=False))
                else:
                    print(as_text(item, analysis, explain) + "\n")
    return 0


async def _ask(app: App, text: str, role: Role, as_json: bool) -> int:
    reply = await app.dispatcher.handle(text, app.console_caller(role))
    if as_json:
        print(json.dumps(reply.to_json(), ensure_ascii=False))
    else:
        path = file_path = None
        if reply.image is not None:
            path = await asyncio.to_thread(save_image, reply.image, images_folder(app))
        if reply.attachment is not None:
            folder = images_folder(app).parent / "files"
            file_path = await asyncio.to_thread(save_attachment, reply.attachment, folder)
        print(render(reply, path, file_path))
    return 1 if reply.tone == Tone.ERROR else 0


async def _db(app: App, args: argparse.Namespace) -> int:
    if args.db_command == "migrate":
        print(f"{app.database.name}: schema version {await app.database.schema_version()}")
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


async def _audit(app: App) -> int:
    by_country: dict[str, list[Change]] = {}
    for change in await app.records.all_history():
        by_country.setdefault(change.country, []).append(change)
    result = audit(await app.records.all(), by_country, utc_now().date())
    counts = ", ".join(f"{n} {stance}" for stance, n in sorted(result.stances.items()))
    print(f"{sum(result.stances.values())} records: {counts}.")
    print(f"{result.sourced} have a stance other than unknown, with sources.")
    for problem in result.problems:
        print(f"  problem: {problem}")
    print("The record passes its audit." if result.passed else f"{len(result.problems)} problems.")
    return 0 if result.passed else 1


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
