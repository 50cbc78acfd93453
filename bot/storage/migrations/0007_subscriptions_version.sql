-- A number every change to the subscriptions table raises, whoever makes it (the bot, a
-- command run from another process, the outbox disabling a dead channel): routing reads the
-- 10,000 subscriptions again only when it changed, instead of for every batch of news.
CREATE TABLE subscriptions_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
) STRICT;

INSERT INTO subscriptions_version (id, version) VALUES (1, 0);

CREATE TRIGGER subscriptions_inserted AFTER INSERT ON subscriptions
BEGIN UPDATE subscriptions_version SET version = version + 1; END;

CREATE TRIGGER subscriptions_updated AFTER UPDATE ON subscriptions
BEGIN UPDATE subscriptions_version SET version = version + 1; END;

CREATE TRIGGER subscriptions_deleted AFTER DELETE ON subscriptions
BEGIN UPDATE subscriptions_version SET version = version + 1; END;
