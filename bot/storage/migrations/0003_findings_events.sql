-- What the analysis found in each item, and the events those findings form.

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    country        TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),
    stance         TEXT CHECK (stance IS NULL OR stance IN
                       ('banned', 'restricted', 'under_review', 'allowed', 'partnered')),
    kind           TEXT NOT NULL CHECK (kind IN ('change', 'reaffirm', 'mention')),
    previous       TEXT NOT NULL,                   -- the record's stance when it opened
    opened_at      TEXT NOT NULL,                   -- the first finding's published time
    status         TEXT NOT NULL CHECK (status IN
                       ('info', 'pending', 'applied', 'confirmed', 'rejected')),
    decided_by     TEXT,
    decided_at     TEXT,
    note           TEXT NOT NULL DEFAULT '',         -- the decision's summary or reason
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((kind = 'mention') = (stance IS NULL))
) STRICT;

CREATE INDEX events_by_key ON events (country, stance, opened_at);
CREATE INDEX events_by_status ON events (status, id);

CREATE TABLE findings (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country    TEXT NOT NULL,
    stance     TEXT,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    evidence   TEXT NOT NULL,
    outlet     TEXT NOT NULL,
    published  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (item_id, country)
) STRICT;

CREATE INDEX findings_by_event ON findings (event_id, published);
