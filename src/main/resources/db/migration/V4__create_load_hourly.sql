-- Hourly rollups per host, kept exactly in step with load_sample by ingest (replacements included).
-- Like load_sample, no per-row foreign key: V7's trigger removes a deleted host's rollups.
create table load_hourly (
    host_id  integer          not null,
    hour     timestamptz      not null,
    total    double precision not null,
    samples  integer          not null,
    min      double precision not null,
    max      double precision not null,
    primary key (host_id, hour)
);
