-- The current round of approvals of a change: one per required role.
create table approval (
    change_id   bigint        not null references change_request (id) on delete cascade,
    position    integer       not null,
    role        varchar(63)   not null,
    state       varchar(16)   not null,
    decided_by  varchar(100),
    decided_at  timestamptz,
    comment     varchar(2000),
    primary key (change_id, position)
);
