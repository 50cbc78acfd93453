-- A channel's own settings on its subscription: paused with no end date (NULL: alerts on),
-- and its own keyword filter on top of the workspace's (terms as `keywords` stores them).

ALTER TABLE subscriptions ADD COLUMN paused_since TEXT;
ALTER TABLE subscriptions ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(keywords) AND json_type(keywords) = 'array');
