-- A channel's own settings on its subscription: paused with no end date (NULL: alerts on),
-- its own keyword filter on top of the workspace's (terms as `keywords` stores them), and its
-- time zone (an IANA name), in which its quiet hours run and its digests are dated.

ALTER TABLE subscriptions ADD COLUMN paused_since TEXT;
ALTER TABLE subscriptions ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(keywords) AND json_type(keywords) = 'array');
ALTER TABLE subscriptions ADD COLUMN tz TEXT NOT NULL DEFAULT 'UTC';
