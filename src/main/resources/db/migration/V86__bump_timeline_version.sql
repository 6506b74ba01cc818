-- Blackouts, changes, outages, service levels and the inventory move the timeline version (once per statement).
create function bump_timeline_version() returns trigger language plpgsql set search_path from current as $$
begin
    update timeline_version set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger blackout_moves_timeline after insert or update or delete on blackout
    for each statement execute function bump_timeline_version();
create trigger change_request_moves_timeline after insert or update or delete on change_request
    for each statement execute function bump_timeline_version();
create trigger change_host_moves_timeline after insert or update or delete on change_host
    for each statement execute function bump_timeline_version();
create trigger host_moves_timeline after insert or update or delete on host
    for each statement execute function bump_timeline_version();
create trigger cluster_moves_timeline after insert or update or delete on cluster
    for each statement execute function bump_timeline_version();
