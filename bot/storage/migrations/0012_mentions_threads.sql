-- Who a subscription's alerts and digests ping, opt-in: '' (nobody, the default), or
-- 'role:<id>' (a Discord role), 'group:<id>' (a Slack user group), 'user:<id>' (a Slack user).
-- The bot writes the mention itself, never from feed text.
ALTER TABLE subscriptions ADD COLUMN mention TEXT NOT NULL DEFAULT ''
    CHECK (mention = '' OR mention GLOB 'role:*' OR mention GLOB 'group:*'
           OR mention GLOB 'user:*');
-- A thread per event, opt-in per channel: the sources that join an event after its alert was
-- posted are also posted in the alert's thread.
ALTER TABLE subscriptions ADD COLUMN threads INTEGER NOT NULL DEFAULT 0 CHECK (threads IN (0, 1));
-- The thread opened on a posted alert (Discord: a thread channel; Slack: the alert's own ts).
ALTER TABLE deliveries ADD COLUMN thread_id TEXT;

-- One source posted in an alert's thread: delivered like an alert (pending until the platform
-- returned a message id, retried with backoff, sent with a nonce of its own, looked for before
-- posting again), written in the transaction that joined the source to the event.
CREATE TABLE thread_replies (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    item_id         INTEGER NOT NULL,               -- the source that joined the event
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent', 'failed')),
    nonce           TEXT NOT NULL UNIQUE,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    posting_since   TEXT,                           -- a send was tried: look before posting again
    message_id      TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    updated_at      TEXT NOT NULL,
    UNIQUE (delivery_id, item_id),
    CHECK (status <> 'sent' OR message_id IS NOT NULL)
) STRICT;

CREATE INDEX thread_replies_due ON thread_replies (status, next_attempt_at);
