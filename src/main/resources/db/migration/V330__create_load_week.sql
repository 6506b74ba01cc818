-- A fit reads 26 weeks of a host's hourly totals. Read from load_hourly that is 4,368 index entries and two arrays
-- built from them, about 5 ms of PostgreSQL per cold fit at 10,000 hosts; read from a row per week, 26 rows of 168
-- totals each, it is a fraction of a millisecond (docs/SCALING.md). A row holds a host's week (Monday 00:00 UTC on,
-- 168 hours) exactly as load_hourly holds it: totals by hour from the week's start, NaN where the host sent nothing,
-- and the last hour with a sample per 5 minutes at least (-1 if none). Ingest deletes the rows of the weeks it
-- touches, a job adds the missing rows of past weeks (load.LoadWeeks), never of the current one, and a reader takes
-- from load_hourly every hour no row covers.
create table load_week (
    host_id    integer            not null,
    week       timestamptz        not null,
    totals     double precision[] not null,
    last_whole smallint           not null,
    primary key (host_id, week)
);

-- Deleting a host deletes its weekly rows with its raw samples and rollups (V7).
create or replace function delete_host_load() returns trigger language plpgsql set search_path from current as $$
begin
    perform pg_advisory_xact_lock(1819047020, old.id::integer);
    delete from load_sample where host_id = old.id;
    delete from load_hourly where host_id = old.id;
    delete from load_week where host_id = old.id;
    return old;
end;
$$;
