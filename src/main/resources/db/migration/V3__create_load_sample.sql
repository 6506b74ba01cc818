-- Raw load samples: one row per host and sample start, range-partitioned by week (UTC) so that
-- retention drops whole partitions instead of deleting rows; partitions are created on demand by ingest.
create table load_sample (
    at       timestamptz      not null,
    messages double precision not null,
    host_id  integer          not null references host (id) on delete cascade,
    primary key (host_id, at)
) partition by range (at);
