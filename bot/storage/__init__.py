"""SQLite storage: one aiosqlite connection, schema in numbered migrations."""
