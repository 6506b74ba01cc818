-- Holiday calendars of clusters and hosts (a host's own wins): an ISO 3166 country and subdivision, and custom days.
create table holiday_calendar (
    id          bigint generated always as identity primary key,
    scope_kind  varchar(16)   not null check (scope_kind in ('cluster', 'host')),
    scope_name  varchar(63)   not null,
    country     varchar(2),
    region      varchar(3),
    updated_by  varchar(100)  not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (scope_kind, scope_name),
    check (region is null or country is not null)
);
create table holiday_calendar_day (
    calendar_id bigint        not null references holiday_calendar (id) on delete cascade,
    date        date          not null,
    name        varchar(100)  not null
);
create index holiday_calendar_day_calendar on holiday_calendar_day (calendar_id);
-- A cluster's or host's calendar goes with it, so that a new one of the same name does not inherit it.
create function holiday_calendar_forget_scope() returns trigger language plpgsql as $$
begin
    delete from holiday_calendar where scope_kind = tg_argv[0] and scope_name = old.name;
    return old;
end
$$;
create trigger cluster_forget_holiday_calendar after delete on cluster
    for each row execute function holiday_calendar_forget_scope('cluster');
create trigger host_forget_holiday_calendar after delete on host
    for each row execute function holiday_calendar_forget_scope('host');
-- Proposals avoid holidays: a calendar change moves the timeline version their cache is keyed on (V86).
create trigger holiday_calendar_moves_timeline after insert or update or delete on holiday_calendar
    for each statement execute function bump_timeline_version();
create trigger holiday_calendar_day_moves_timeline after insert or update or delete on holiday_calendar_day
    for each statement execute function bump_timeline_version();
