-- Deleting a host deletes its raw samples (load_sample has no foreign key, see V3), under the same
-- per-host advisory lock that ingest holds, so no ingest can add samples for a host being deleted.
create function delete_host_samples() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1819047020, old.id::integer);
    delete from load_sample where host_id = old.id;
    return old;
end;
$$;

create trigger host_delete_samples before delete on host
    for each row execute function delete_host_samples();
