from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.core.errors import SchemaTooNewError, StorageError
from bot.storage.database import Database
from bot.storage.migrations import load_migrations

# PostgreSQL's own migrations, refusals and errors: tests/storage/test_postgres.py.
pytestmark = pytest.mark.sqlite_only(
    reason="SQLite's file: WAL, damage, user_version, foreign files, sqlite3's errors, old files"
)


async def test_a_new_file_is_migrated_to_the_latest_version_in_wal_mode(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "new" / "bot.db")
    try:
        journal = await database.fetch_one("PRAGMA journal_mode")
        keys = await database.fetch_one("PRAGMA foreign_keys")
        assert (len(load_migrations()), "wal", 1) == (
            await database.schema_version(),
            journal[0] if journal else None,
            keys[0] if keys else None,
        )
    finally:
        await database.close()


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    await (await Database.open(path)).close()
    database = await Database.open(path, migrate=False)
    try:
        assert [] == await database.migrate()
    finally:
        await database.close()


async def test_a_corrupted_file_is_reported_by_name_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    garbage = b"this is not a database at all" * 100
    path.write_bytes(garbage)
    with pytest.raises(StorageError, match=str(path)):
        await Database.open(path)
    assert garbage == path.read_bytes()


async def test_a_newer_schema_is_refused_not_reset(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(SchemaTooNewError, match="newer than this stancebot knows"):
        await Database.open(path)
    with sqlite3.connect(path) as connection:
        assert 999 == connection.execute("PRAGMA user_version").fetchone()[0]


async def test_someone_elses_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StorageError, match="refusing to touch it"):
        await Database.open(path)


async def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "bot.db")
    try:
        with pytest.raises(sqlite3.IntegrityError):  # noqa: PT012 - the block is the subject
            async with database.transaction() as conn:
                await conn.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
                await conn.execute("INSERT INTO meta (key, value) VALUES ('a', '2')")
        assert [] == await database.fetch_all("SELECT * FROM meta WHERE key = 'a'")
    finally:
        await database.close()


async def test_constraints_reject_an_invalid_stance(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "bot.db")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            async with database.transaction() as conn:
                await conn.execute(
                    "INSERT INTO records (country, stance, origin, updated_at)"
                    " VALUES ('GB', 'maybe', 'seed', '2026-01-01')"
                )
    finally:
        await database.close()


async def test_migration_13_marks_the_rows_a_sent_digest_carried_and_drops_their_edits(
    tmp_path: Path,
) -> None:
    path, stamp = tmp_path / "bot.db", "2026-11-01T12:00:00+00:00"
    with sqlite3.connect(path) as connection:  # a database of version 12, foreign keys off
        for migration in load_migrations()[:12]:
            connection.executescript(migration.script())
        connection.executemany(
            "INSERT INTO deliveries (id, event_id, subscription_id, status, nonce,"
            " next_attempt_at, message_id, edit_pending, created_at, updated_at)"
            " VALUES (?, ?, 1, 'sent', ?, ?, ?, 1, ?, ?)",
            [(n, n, f"nonce-{n}", stamp, f"m{n}", stamp, stamp) for n in (1, 2)],
        )
        connection.execute(
            "INSERT INTO posts (subscription_id, key, reply, carries, status, nonce,"
            " next_attempt_at, message_id, created_at, updated_at)"
            " VALUES (1, 'digest:x', '{}', '[2]', 'sent', 'n', ?, 'm2', ?, ?)",
            (stamp, stamp, stamp),
        )
    database = await Database.open(path)
    try:
        rows = await database.fetch_all(
            "SELECT id, in_digest, edit_pending FROM deliveries ORDER BY id"
        )
        assert [(1, 0, 1), (2, 1, 0)] == [tuple(row) for row in rows]
    finally:
        await database.close()
