-- Who wants alerts (subscriptions, silences, keywords) and the outbox of deliveries.

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
    tenant          TEXT NOT NULL,
    channel         TEXT NOT NULL,
    countries       TEXT NOT NULL DEFAULT '[]'      -- ISO codes, groups expanded; [] = all
                    CHECK (json_valid(countries) AND json_type(countries) = 'array'),
    level           TEXT NOT NULL DEFAULT 'change' CHECK (level IN ('change', 'reaffirm', 'mention')),
    digest          TEXT NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'daily', 'weekly')),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    disabled_reason TEXT NOT NULL DEFAULT '',
    last_digest_at  TEXT,
    UNIQUE (platform, tenant, channel)              -- subscribing twice updates, never duplicates
) STRICT;

CREATE INDEX subscriptions_active ON subscriptions (active, platform);

CREATE TABLE mutes (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    tenant     TEXT NOT NULL,
    channel    TEXT NOT NULL,
    countries  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(countries)),   -- [] = all
    until      TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX mutes_by_channel ON mutes (platform, tenant, channel, until);

-- A daily window (UTC, HH:MM) in which a channel's alerts wait.
CREATE TABLE quiet_hours (
    platform TEXT NOT NULL,
    tenant   TEXT NOT NULL,
    channel  TEXT NOT NULL,
    starts   TEXT NOT NULL CHECK (time(starts) IS NOT NULL),
    ends     TEXT NOT NULL CHECK (time(ends) IS NOT NULL),
    PRIMARY KEY (platform, tenant, channel)
) STRICT, WITHOUT ROWID;

-- A tenant's watched keywords; a tenant with none uses the defaults from settings.
CREATE TABLE keywords (
    platform TEXT NOT NULL,
    tenant   TEXT NOT NULL,
    term     TEXT NOT NULL CHECK (term <> ''),     -- a word, "a phrase" or -an exclusion
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (platform, tenant, term)
) STRICT, WITHOUT ROWID;

-- Every keyword change, with who made it.
CREATE TABLE keyword_log (
    id       INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    tenant   TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('add', 'remove')),
    term     TEXT NOT NULL,
    actor    TEXT NOT NULL,
    at       TEXT NOT NULL
) STRICT;

-- The outbox: one row per (event, subscription), kept until the platform has accepted it.
CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN
                        ('pending', 'sent', 'failed', 'dead', 'held', 'digest')),
    nonce           TEXT NOT NULL UNIQUE,          -- sent with the message: a platform drops repeats
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    message_id      TEXT,
    edit_pending    INTEGER NOT NULL DEFAULT 0 CHECK (edit_pending IN (0, 1)),
    held_reason     TEXT NOT NULL DEFAULT '',
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    updated_at      TEXT NOT NULL,
    UNIQUE (event_id, subscription_id),
    CHECK (status <> 'sent' OR message_id IS NOT NULL)
) STRICT;

CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_to_edit ON deliveries (edit_pending) WHERE edit_pending = 1;
CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, sent_at);
