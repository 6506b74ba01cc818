-- One number per host that every ingest touching the host moves, in the ingest's own transaction. Caches of
-- anything computed from a host's history (proposal fits and answers) hold while it stays the same, on every
-- replica. A separate table, so that ingests neither touch the host row (its ETag) nor the timeline version.
create table load_history_version (
    host_id bigint primary key references host (id) on delete cascade,
    version bigint not null
);
