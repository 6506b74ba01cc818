-- One counter that moves whenever anything on the timeline (or what proposals read beside it) changes,
-- so every replica can tell in one cheap read whether a cached proposal still holds.
create table timeline_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into timeline_version (id, version) values (1, 0);
