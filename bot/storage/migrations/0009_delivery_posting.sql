-- When the platform was first asked to post a delivery. Set before the send, so a restart after
-- a crash, or a retry after a lost reply, first looks for the message by its nonce (Slack keeps
-- it in the message's metadata) instead of posting it a second time.
ALTER TABLE deliveries ADD COLUMN posting_since TEXT;
