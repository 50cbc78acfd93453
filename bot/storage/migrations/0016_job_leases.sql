-- A periodic job (the digests' check) runs in one of the bots sharing a PostgreSQL database at a
-- time (decision 016): the process that holds the job's lease (until `lease_until`), as feeds
-- are leased (0014). SQLite runs one bot per file and never writes here.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    lease_until TEXT NOT NULL
);
