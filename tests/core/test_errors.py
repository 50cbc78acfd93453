"""The error tree is one tree, in one place, and its drawing shows every branch."""

from __future__ import annotations

import ast
from pathlib import Path

import bot.core.errors
from bot.core.errors import StanceBotError

ROOT = Path(__file__).resolve().parents[2]
ERRORS = ROOT / "bot" / "core" / "errors.py"
# Built from aiohttp's errors, so it lives at the feed edge (the tree's drawing says so).
AT_THE_EDGE = {("bot/feeds/errors.py", "FeedError")}


def _base_names(node: ast.ClassDef) -> set[str]:
    return {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}


def _error_classes_outside_the_tree() -> set[tuple[str, str]]:
    tree = {name for name, value in vars(bot.core.errors).items() if isinstance(value, type)}
    found = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == ERRORS:
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.ClassDef) and _base_names(node) & tree:
                    found.add((str(path.relative_to(ROOT)), node.name))
    return found


def test_every_error_the_bot_explains_is_defined_in_the_tree() -> None:
    assert AT_THE_EDGE == _error_classes_outside_the_tree()


def test_the_drawing_names_every_error_of_the_tree() -> None:
    classes = [
        value
        for value in vars(bot.core.errors).values()
        if isinstance(value, type) and issubclass(value, StanceBotError)
    ]
    drawing = bot.core.errors.__doc__ or ""
    shared_bases = {"ProblemListError"}  # a way to list problems, not a kind of error
    missing = [c.__name__ for c in classes if c.__name__ not in drawing]
    assert sorted(shared_bases) == sorted(missing)
