"""The house rules on imports: the core is pure, handlers are neutral, adapters are separate."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports_of(place: str) -> dict[str, set[str]]:
    """The modules each file of a folder (or one file) imports, by path."""
    found: dict[str, set[str]] = {}
    top = ROOT / place
    for path in [top] if top.is_file() else top.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_the_core_imports_only_the_standard_library_and_itself() -> None:
    offenders = {
        path: sorted(
            n
            for n in names
            if n.split(".")[0] not in sys.stdlib_module_names and not n.startswith("bot.core")
        )
        for path, names in imports_of("bot/core").items()
    }
    assert {} == {path: names for path, names in offenders.items() if names}


def test_handlers_never_import_a_platform_or_the_storage_engine() -> None:
    banned = ("discord", "slack_bolt", "slack_sdk", "aiosqlite", "bot.storage", "bot.chat")
    offenders = {
        path: sorted(n for n in names if n.startswith(banned))
        for path, names in imports_of("handlers").items()
    }
    assert {} == {path: names for path, names in offenders.items() if names}


def test_adapters_never_import_each_other() -> None:
    adapters = ["bot.chat.discord", "bot.chat.slack", "bot.chat.console"]
    offenders = []
    for path, names in imports_of("bot/chat").items():
        own = path.removesuffix(".py").replace("/", ".")
        for name in names:
            if any(name.startswith(a) and not own.startswith(a) for a in adapters):
                offenders.append((path, name))
    assert [] == offenders


def test_the_core_and_the_pipeline_reach_storage_only_through_ports() -> None:
    banned = ("aiosqlite", "asyncpg", "bot.storage")
    offenders = {
        path: sorted(n for n in names if n.startswith(banned))
        for place in ("bot/core", "bot/pipeline.py")
        for path, names in imports_of(place).items()
    }
    assert {} == {path: names for path, names in offenders.items() if names}


def test_only_storage_imports_the_storage_engine() -> None:
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in ("aiosqlite", "asyncpg"))
        for path, names in imports_of("bot").items()
        if not path.startswith("bot/storage/")
    }
    assert {} == {path: names for path, names in offenders.items() if names}


def test_adapters_reach_neither_storage_nor_the_composition_root() -> None:
    """An adapter gets what it needs (the dispatcher, the operators, a port or two), not the app."""
    banned = ("aiosqlite", "bot.storage", "bot.app", "bot.running", "bot.platforms")
    offenders = {
        path: sorted(n for n in names if n.startswith(banned))
        for path, names in imports_of("bot/chat").items()
    }
    assert {} == {path: names for path, names in offenders.items() if names}
