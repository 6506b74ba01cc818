-- Deleting a host deletes its raw samples and rollups (no foreign keys there, see V3 and V4), under the
-- same per-host advisory lock that ingest holds, so no ingest can add samples for a host being deleted.
create function delete_host_load() returns trigger language plpgsql set search_path from current as $$
begin
    perform pg_advisory_xact_lock(1819047020, old.id::integer);
    delete from load_sample where host_id = old.id;
    delete from load_hourly where host_id = old.id;
    return old;
end;
$$;

create trigger host_delete_load before delete on host
    for each row execute function delete_host_load();
