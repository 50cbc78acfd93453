"""`file://` feeds (settings only): read under the same size cap as HTTP bodies, with the file's
mtime standing in for Last-Modified so an unchanged file costs no parsing."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from urllib.request import url2pathname

from yarl import URL

from bot.feeds.errors import FeedError


@dataclass(frozen=True)
class LocalFile:
    body: bytes | None  # None: unchanged since `last_modified`
    stamp: str  # the file's mtime as an HTTP date


async def read_local(url: str, parsed: URL, last_modified: str | None, limit: int) -> LocalFile:
    """The file's bytes, unless its mtime is still `last_modified`. Raises FeedError."""
    if parsed.host not in (None, "", "localhost"):
        raise FeedError("bad_url", f"file URLs name no host: {url!r}")
    path = Path(url2pathname(parsed.path))
    try:
        body, stamp = await asyncio.to_thread(_read, path, limit, last_modified)
    except FileNotFoundError as error:
        raise FeedError("not_found", str(path)) from error
    except OSError as error:
        raise FeedError("unreadable", f"{path}: {error}") from error
    return LocalFile(body, stamp)


def _read(path: Path, limit: int, last_modified: str | None) -> tuple[bytes | None, str]:
    stamp = formatdate(path.stat().st_mtime, usegmt=True)
    if stamp == last_modified:
        return None, stamp
    with path.open("rb") as handle:
        body = handle.read(limit + 1)
    if len(body) > limit:
        raise FeedError("too_large", f"{path} is larger than {limit} bytes")
    return body, stamp
