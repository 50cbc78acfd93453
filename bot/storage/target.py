"""Where the data lives: a SQLite file (the default), or a PostgreSQL server's URL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SCHEMES = ("postgresql://", "postgres://")


def is_database_url(text: str) -> bool:
    return text.startswith(SCHEMES)


@dataclass(frozen=True)
class DatabaseUrl:
    """`postgresql://user:password@host:port/database`; shown with its password masked."""

    value: str = field(repr=False)

    @property
    def password(self) -> str | None:
        parts = urlsplit(self.value)
        found = re.search(r"(?:^|&)password=([^&]*)", parts.query)
        return parts.password or (found.group(1) if found else None)

    @property
    def masked(self) -> str:
        parts = urlsplit(self.value)
        parts = parts._replace(query=re.sub(r"(password=)[^&]*", r"\1****", parts.query))
        if parts.password is not None:
            host = parts.netloc.rpartition("@")[2]
            parts = parts._replace(netloc=f"{parts.username or ''}:****@{host}")
        query = f"?{parts.query}" if parts.query else ""
        return f"{parts.scheme}://{parts.netloc}{parts.path}{query}"

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return f"DatabaseUrl({self.masked!r})"
