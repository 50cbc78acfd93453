-- What the last successful poll of a feed wants its admins to know although it succeeded: for
-- now, that entries beyond the cap ([feeds] max_items) were dropped. NULL when there is nothing.
ALTER TABLE feeds ADD COLUMN note TEXT;
