-- Deliveries that went out inside a digest: their message id is the digest's, so they are never
-- edited (a joining source or a decision would overwrite the whole digest with one alert) and
-- never get thread replies. Rows a digest already carried are marked from the posts that sent
-- them, and an edit already asked of one is dropped.
ALTER TABLE deliveries ADD COLUMN in_digest INTEGER NOT NULL DEFAULT 0 CHECK (in_digest IN (0, 1));

UPDATE deliveries SET in_digest = 1, edit_pending = 0
WHERE status = 'sent' AND id IN (
    SELECT c.value FROM posts p, json_each(p.carries) c WHERE p.status = 'sent'
);
