-- When each record was last reviewed, and by whom (a seed's research, an operator, auto-apply).

ALTER TABLE records ADD COLUMN reviewed_on TEXT
    CHECK (reviewed_on IS NULL OR date(reviewed_on) = reviewed_on);
ALTER TABLE records ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
