-- The watch of each change whose window opened: its engine state and since when, whether the gate is paused, and
-- an override by a change manager. The row is locked while a replica decides, so each move is announced once.
create table change_watch (
    change_id        bigint        primary key references change_request (id) on delete cascade,
    state            varchar(10)   not null check (state in ('QUIET', 'ALARM', 'UNKNOWN', 'OFF')),
    since            timestamptz   not null,
    reason           varchar(1000) not null,
    paused           boolean       not null default false,
    overridden_by    varchar(100),
    overridden_at    timestamptz,
    override_comment varchar(1000),
    evaluated_at     timestamptz   not null
);
create index change_watch_paused_idx on change_watch (change_id) where paused;
-- What the watch announced, oldest first: the state moved to, the reason and the figures (JSON) behind it.
create table change_watch_event (
    id         bigint generated always as identity primary key,
    change_id  bigint        not null references change_request (id) on delete cascade,
    at         timestamptz   not null,
    state      varchar(10)   not null,
    reason     varchar(1000) not null,
    actor      varchar(100)  not null,
    figures    text          not null
);
create index change_watch_event_change_idx on change_watch_event (change_id, id);
