-- The hosts an outage takes down, by name (host names never change).
create table outage_host (
    outage_id  bigint      not null references outage (id) on delete cascade,
    host       varchar(63) not null,
    primary key (outage_id, host)
);
create index outage_host_host_idx on outage_host (host);
