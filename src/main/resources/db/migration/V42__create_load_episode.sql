-- Load-threshold episodes: a host's load stayed above the threshold share of its capacity from started_at
-- until ended_at. At most one open episode per host, so no replica and no restart announces one twice.
create table load_episode (
    id                  bigint generated always as identity primary key,
    host_id             bigint           not null references host (id) on delete cascade,
    started_at          timestamptz      not null,
    ended_at            timestamptz,
    observed_per_minute double precision not null,
    capacity_per_minute double precision not null
);
create unique index load_episode_open_idx on load_episode (host_id) where ended_at is null;
