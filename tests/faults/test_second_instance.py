"""A second `stancebot run` on the same database refuses to start; a crash frees the database."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import PROJECT_CONFIG
from bot.storage.instance import lock_path

pytestmark = pytest.mark.sqlite_only(reason="the lock that keeps one bot per SQLite file")

RUN = [sys.executable, "-m", "bot", "run", "--console"]


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    bare = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    database = str(tmp_path / "b.db")
    return {
        **bare,
        "STANCEBOT_CONFIG": str(PROJECT_CONFIG),
        "STANCEBOT_DB": database,
        "STANCEBOT_DEMO_DB": database,  # the terminal demo, on the database under test
        "STANCEBOT_ENV_FILE": "",
        "STANCEBOT_HTTP_PORT": "0",  # no listener: another test may hold any port
    }


@pytest.fixture
def first(environment: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A bot serving the terminal; its stdin stays open, so it runs until killed."""
    process = subprocess.Popen(
        RUN,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its feed parsers too: kill -9 ends the whole group
    )
    try:
        wait_for_lock(tmp_path / "b.db", process)
        yield process
    finally:
        crash(process)
        if process.stdin:
            process.stdin.close()
        if process.stderr:
            process.stderr.close()


def crash(process: subprocess.Popen[bytes]) -> None:
    """kill -9 the bot and its worker processes, as a crash or the OOM killer would."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def wait_for_lock(database: Path, process: subprocess.Popen[bytes]) -> None:
    lock = lock_path(database)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(process.pid):
            return
        assert process.poll() is None, "the first bot stopped"
        time.sleep(0.05)
    raise AssertionError("the first bot never took the lock")


def run_second(environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        RUN,
        env=environment,
        stdin=subprocess.DEVNULL,  # a bot that does start stops at once: end of input
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_second_run_on_the_same_database_refuses_to_start(
    first: subprocess.Popen[bytes], environment: dict[str, str]
) -> None:
    second = run_second(environment)
    expected = f"stancebot: another stancebot (pid {first.pid}) is already running on "
    assert (2, True) == (second.returncode, second.stderr.startswith(expected)), second.stderr
    assert "Traceback" not in second.stderr
    assert first.poll() is None  # the first one runs on


def test_after_kill_9_of_the_first_a_new_run_starts(
    first: subprocess.Popen[bytes], environment: dict[str, str]
) -> None:
    crash(first)
    second = run_second(environment)
    assert (0, "") == (second.returncode, second.stderr)
