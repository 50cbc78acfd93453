-- How a channel's alerts look (the whole story, or one line each) and the language of the
-- bot's fixed text there (a code of the message catalogue, checked by the command that sets
-- it, so a language added to the catalogue needs no migration).

ALTER TABLE subscriptions ADD COLUMN style TEXT NOT NULL DEFAULT 'full'
    CHECK (style IN ('full', 'compact'));
ALTER TABLE subscriptions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
