"""A database the bot cannot use is named in one line, exits non-zero and is left as it was."""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import PROJECT_CONFIG

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite files that are damaged, foreign, read-only or a directory"
)

PAGE = 4096  # SQLite's default page size, the bot's too


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STANCEBOT_CONFIG", str(PROJECT_CONFIG))


def ask_country(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, database: Path
) -> tuple[int, str]:
    monkeypatch.setenv("STANCEBOT_DB", str(database))
    code = main(["ask", "/huawei country fr"])
    return code, capsys.readouterr().err


def said(err: str) -> list[str]:
    """Each line of a message without its advice (what follows the last colon)."""
    return [line.rsplit(": ", 1)[0] for line in err.splitlines()]


def journal_mode(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def test_someone_elses_database_is_refused_unchanged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.close()
    before = foreign.read_bytes()
    code, err = ask_country(capsys, monkeypatch, foreign)
    assert (2, True) == (code, "refusing to touch it" in err), err
    assert (before, "delete", False) == (
        foreign.read_bytes(),
        journal_mode(foreign),
        Path(f"{foreign}-wal").exists(),
    )


def test_a_damaged_page_is_named_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = tmp_path / "bot.db"
    assert 0 == ask_country(capsys, monkeypatch, database)[0]
    with sqlite3.connect(database) as connection:
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'records'"
        ).fetchone()
    connection.close()
    damaged = bytearray(database.read_bytes())
    damaged[(page - 1) * PAGE : page * PAGE] = b"\xa5" * PAGE
    database.write_bytes(bytes(damaged))
    code, err = ask_country(capsys, monkeypatch, database)
    assert (2, 1) == (code, len(err.splitlines())), err
    assert f"stancebot: {database} is damaged (database disk image is malformed)" in err
    assert bytes(damaged) == database.read_bytes()


def test_a_directory_is_not_a_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "bot.db"
    folder.mkdir()
    code, err = ask_country(capsys, monkeypatch, folder)
    assert (2, [f"stancebot: {folder} is a directory, not a database file"]) == (
        code,
        said(err),
    )
    assert [] == list(folder.iterdir())


def _without_root_overrides() -> None:
    """In the child, before exec: root without CAP_DAC_OVERRIDE (1) and CAP_DAC_READ_SEARCH (2)
    obeys file permissions as any user does, so a file's mode 0444 makes it read-only."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def test_a_read_only_database_is_named_even_for_a_lookup(tmp_path: Path) -> None:
    database = tmp_path / "bot.db"
    environment = {**os.environ, "STANCEBOT_DB": str(database)}
    stancebot = [sys.executable, "-m", "bot", "ask", "/huawei country fr"]
    first = subprocess.run(stancebot, env=environment, capture_output=True, check=False)
    assert 0 == first.returncode
    database.chmod(0o444)
    before = database.read_bytes()
    as_root = os.geteuid() == 0 and sys.platform == "linux"
    done = subprocess.run(
        stancebot,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_without_root_overrides if as_root else None,
        timeout=60,
    )
    assert (2, [f"stancebot: {database} is read-only"]) == (
        done.returncode,
        said(done.stderr),
    ), done.stderr
    assert (before, False) == (database.read_bytes(), Path(f"{database}-wal").exists())
