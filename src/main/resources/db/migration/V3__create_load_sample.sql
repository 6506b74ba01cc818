-- Raw load samples: one row per host and sample start, range-partitioned by week (UTC) so that
-- retention drops whole partitions instead of deleting rows; partitions are created on demand by ingest.
-- No foreign key to host: a per-row check would halve ingest speed; V7's trigger removes a deleted
-- host's samples and ingest verifies its hosts under a per-host lock.
create table load_sample (
    at       timestamptz      not null,
    messages double precision not null,
    host_id  integer          not null,
    primary key (host_id, at)
) partition by range (at);
