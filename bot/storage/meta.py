"""Small values the bot keeps between runs, by key, in the `meta` table."""

from __future__ import annotations

from bot.storage.database import Database


class MetaStore:
    """The `Notepad` port: a value read or written by key (the Discord commands last pushed)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def recall(self, key: str) -> str | None:
        row = await self._db.fetch_one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def remember(self, key: str, value: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
