-- Work that several bots on one PostgreSQL database share (decision 016): a feed is polled only
-- by the process that holds its lease (until `lease_until`), and an outbox row (an alert, a
-- thread reply, a bot message) claimed by a process (`claimed_by`, until `claimed_until` or
-- until that process ends) is sent by it alone. SQLite runs one bot per file and leaves them NULL.
ALTER TABLE feeds ADD COLUMN lease_until TEXT;
ALTER TABLE deliveries ADD COLUMN claimed_by INTEGER;
ALTER TABLE deliveries ADD COLUMN claimed_until TEXT;
ALTER TABLE thread_replies ADD COLUMN claimed_by INTEGER;
ALTER TABLE thread_replies ADD COLUMN claimed_until TEXT;
ALTER TABLE posts ADD COLUMN claimed_by INTEGER;
ALTER TABLE posts ADD COLUMN claimed_until TEXT;
