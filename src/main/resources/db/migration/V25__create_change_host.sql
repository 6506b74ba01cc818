-- The hosts a change takes down, by name (host names never change).
create table change_host (
    change_id  bigint      not null references change_request (id) on delete cascade,
    host       varchar(63) not null,
    primary key (change_id, host)
);
create index change_host_host_idx on change_host (host);
