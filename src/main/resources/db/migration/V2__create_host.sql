-- Hosts: one machine or instance whose load Lull tracks, in its own IANA time zone.
create table host (
    id                  bigint generated always as identity primary key,
    name                varchar(63)  not null unique,
    time_zone           varchar(64)  not null,
    cluster_id          bigint       references cluster (id),
    role                varchar(100),
    capacity_per_minute double precision check (capacity_per_minute > 0),
    tags                text[]       not null default '{}',
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index host_cluster_idx on host (cluster_id);
create index host_tags_idx on host using gin (tags);
