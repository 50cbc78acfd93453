-- The pipeline's next batch of new items, claimed by one of the bots sharing a PostgreSQL
-- database (decision 016), as outbox rows are (0014). SQLite leaves them NULL.
ALTER TABLE items ADD COLUMN claimed_by INTEGER;
ALTER TABLE items ADD COLUMN claimed_until TEXT;
