-- Outages: unplanned downtime of some hosts, open (no end) while it lasts.
create table outage (
    id            bigint generated always as identity primary key,
    start_at      timestamptz   not null,
    end_at        timestamptz   check (end_at > start_at),
    cause         varchar(1000) not null,
    cluster_name  varchar(63),
    reported_by   varchar(100)  not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index outage_start_idx on outage (start_at);
