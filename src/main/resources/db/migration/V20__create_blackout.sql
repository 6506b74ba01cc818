-- Blackouts (change freezes): a first occurrence, an optional RFC 5545 RRULE in its time zone, and the
-- hosts and clusters it covers by name (none of either = every host).
create table blackout (
    id          bigint generated always as identity primary key,
    name        varchar(200)  not null,
    start_at    timestamptz   not null,
    end_at      timestamptz   not null check (end_at > start_at),
    time_zone   varchar(64)   not null,
    recurrence  varchar(500),
    hosts       text[]        not null default '{}',
    clusters    text[]        not null default '{}',
    reason      varchar(1000) not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index blackout_start_idx on blackout (start_at);
