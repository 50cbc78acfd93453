"""One running bot per database: a lock held for the process's life.

Two bots on one database would both deliver every alert (Slack has no nonce to drop the second).
`flock` on a file beside the database is held while the process lives and released by the kernel
however it ends, kill -9 included, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.core.errors import StorageError


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@contextmanager
def sole_instance(database: Path) -> Iterator[None]:
    """Hold the database's instance lock, or raise StorageError naming the running one."""
    if str(database) == ":memory:":
        yield
        return
    path = lock_path(database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StorageError(f"{path}: the instance lock cannot be created: {exc.strerror}.") from exc
    try:
        _take(descriptor, database)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _take(descriptor: int, database: Path) -> None:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "unknown"
        raise StorageError(
            f"another stancebot (pid {holder}) is already running on {database}: two would send "
            "every alert twice. Stop it first, or set STANCEBOT_DB to another file."
        ) from None
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
