-- Feeds polled on a schedule, and the items they carry, each stored once.

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL CHECK (url <> ''),
    tenant           TEXT NOT NULL DEFAULT '',          -- '' = a global feed (operators)
    title            TEXT NOT NULL DEFAULT '',
    origin           TEXT NOT NULL CHECK (origin IN ('settings', 'chat', 'demo')),
    interval_seconds INTEGER CHECK (interval_seconds IS NULL OR interval_seconds >= 60),
    added_by         TEXT NOT NULL,
    added_at         TEXT NOT NULL,
    etag             TEXT,
    last_modified    TEXT,
    primed           INTEGER NOT NULL DEFAULT 0 CHECK (primed IN (0, 1)),
    last_polled_at   TEXT,
    last_success_at  TEXT,
    next_poll_at     TEXT,
    failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    failing_since    TEXT,
    last_error       TEXT,
    disabled_at      TEXT,
    notified_at      TEXT,
    UNIQUE (tenant, url)
) STRICT;

CREATE TABLE items (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT NOT NULL UNIQUE,
    link                TEXT UNIQUE,                    -- canonical; NULL when the entry had none
    title               TEXT NOT NULL,
    summary             TEXT NOT NULL,
    published           TEXT NOT NULL,
    published_estimated INTEGER NOT NULL CHECK (published_estimated IN (0, 1)),
    outlet              TEXT NOT NULL,
    guid                TEXT NOT NULL DEFAULT '',
    first_feed          INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
    seen_at             TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('new', 'primed', 'old', 'analysed'))
) STRICT;

CREATE INDEX items_by_status ON items (status, id);

-- Which feeds carried an item: one story in several feeds is still one item.
CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, item_id)
) STRICT, WITHOUT ROWID;
