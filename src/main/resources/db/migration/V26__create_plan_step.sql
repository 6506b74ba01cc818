-- A change's ordered implementation plan: each step owned by an approval role, done in order.
create table plan_step (
    change_id         bigint       not null references change_request (id) on delete cascade,
    position          integer      not null,
    title             varchar(200) not null,
    role              varchar(63)  not null,
    duration_seconds  bigint       not null check (duration_seconds >= 0),
    done_by           varchar(100),
    done_at           timestamptz,
    primary key (change_id, position)
);
