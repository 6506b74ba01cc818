-- The load watchdog's policy per cluster (docs/WATCHDOG.md): what an alarm and missing data do to the gate, and the
-- band and spans the live load is judged by. A cluster without a row uses lull.watchdog.* defaults.
create table watch_policy (
    cluster_id          bigint        primary key references cluster (id) on delete cascade,
    on_alarm            varchar(8)    not null check (on_alarm in ('PAUSE', 'NOTIFY')),
    on_unknown          varchar(8)    not null check (on_unknown in ('PAUSE', 'NOTIFY')),
    factor              float8        not null check (factor >= 1),
    floor_per_hour      float8        not null check (floor_per_hour >= 0),
    span_seconds        integer       not null check (span_seconds > 0),
    calm_seconds        integer       not null check (calm_seconds > 0),
    stale_after_seconds integer       not null check (stale_after_seconds > 0),
    updated_by          varchar(100)  not null,
    updated_at          timestamptz   not null
);
