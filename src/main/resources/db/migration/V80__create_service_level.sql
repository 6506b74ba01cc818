-- Service levels: an availability target over a rolling period of local days, for one cluster or one host.
create table service_level (
    id                  bigint generated always as identity primary key,
    cluster_id          bigint unique references cluster (id) on delete cascade,
    host_id             bigint unique references host (id) on delete cascade,
    availability_target double precision not null check (availability_target > 0 and availability_target < 1),
    period_days         integer     not null check (period_days between 1 and 366),
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check ((cluster_id is null) <> (host_id is null))
);
