-- The audit trail of every change: each transition and decision, who, when, from and to, and why.
create table change_history (
    id           bigint generated always as identity primary key,
    change_id    bigint        not null references change_request (id),
    at           timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(32)   not null,
    from_status  varchar(16),
    to_status    varchar(16)   not null,
    comment      varchar(8000)
);
create index change_history_change_idx on change_history (change_id, id);
