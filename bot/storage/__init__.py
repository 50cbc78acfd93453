"""Storage: SQLite (aiosqlite) or PostgreSQL (asyncpg), one schema in numbered migrations."""
