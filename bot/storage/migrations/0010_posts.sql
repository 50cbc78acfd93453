-- Bot messages that are not alerts (digests, feed notices), delivered the way alerts are: kept
-- until the platform accepted them, retried with backoff, paced, sent with a nonce, and stopped
-- when the channel is gone (its subscription is then disabled).
CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,                 -- what it is: a period's digest is made once
    reply           TEXT NOT NULL CHECK (json_valid(reply)),  -- the Reply, as `ask --json` prints it
    carries         TEXT NOT NULL DEFAULT '[]'     -- deliveries over the hourly cap it stands for
                    CHECK (json_valid(carries) AND json_type(carries) = 'array'),
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent', 'failed', 'dead')),
    nonce           TEXT NOT NULL UNIQUE,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    posting_since   TEXT,                          -- a send was tried: look before posting again
    message_id      TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    updated_at      TEXT NOT NULL,
    UNIQUE (subscription_id, key),
    CHECK (status <> 'sent' OR message_id IS NOT NULL)
) STRICT;

CREATE INDEX posts_due ON posts (status, next_attempt_at);
