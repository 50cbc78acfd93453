-- Every country's current stance and the history of its changes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE records (
    country    TEXT PRIMARY KEY CHECK (country GLOB '[A-Z][A-Z]'),
    stance     TEXT NOT NULL CHECK (stance IN
                   ('banned', 'restricted', 'under_review', 'allowed', 'partnered', 'unknown')),
    since      TEXT CHECK (since IS NULL OR date(since) = since),
    summary    TEXT NOT NULL DEFAULT '',
    sources    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources) AND json_type(sources) = 'array'),
    origin     TEXT NOT NULL CHECK (origin IN ('seed', 'news', 'operator')),
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    country     TEXT NOT NULL REFERENCES records (country) ON DELETE CASCADE,
    stance      TEXT NOT NULL CHECK (stance IN
                    ('banned', 'restricted', 'under_review', 'allowed', 'partnered', 'unknown')),
    previous    TEXT CHECK (previous IS NULL OR previous IN
                    ('banned', 'restricted', 'under_review', 'allowed', 'partnered', 'unknown')),
    changed_on  TEXT NOT NULL CHECK (date(changed_on) = changed_on),
    reason      TEXT NOT NULL,
    sources     TEXT NOT NULL CHECK (json_valid(sources) AND json_type(sources) = 'array'),
    origin      TEXT NOT NULL CHECK (origin IN ('seed', 'news', 'operator')),
    actor       TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (country, changed_on, stance, origin)
) STRICT;

CREATE INDEX history_by_country ON history (country, changed_on, id);
CREATE INDEX history_by_date ON history (changed_on, id);
