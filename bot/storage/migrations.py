"""Numbered SQL migrations (`migrations/NNNN_name.sql`), applied in order by PRAGMA user_version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def script(self) -> str:
        """The migration and its version bump as one transaction: all of it or none."""
        return f"BEGIN IMMEDIATE;\n{self.sql}\nPRAGMA user_version = {self.version};\nCOMMIT;\n"


def load_migrations() -> tuple[Migration, ...]:
    folder = resources.files("bot.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda migration: migration.version)
    expected = list(range(1, len(found) + 1))
    actual = [migration.version for migration in found]
    if expected != actual:
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {actual}")
    return tuple(found)
