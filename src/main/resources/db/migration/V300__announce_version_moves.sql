-- Every move of the timeline version or of a host's history version is also announced with pg_notify, so that each
-- replica's listener (proposal.VersionListener) keeps its copy of the versions current without reading them per
-- request. Channels are database-wide, so the channel names the schema: 'lull_versions <schema>'. Payloads:
-- 't:<timeline version>' and 'h:<host id>:<history version>'; both are delivered at commit, in commit order.
create or replace function bump_timeline_version() returns trigger language plpgsql set search_path from current as $$
declare
    moved bigint;
begin
    update timeline_version set version = version + 1 where id = 1 returning version into moved;
    perform pg_notify('lull_versions ' || current_schema(), 't:' || moved);
    return null;
end;
$$;

create function announce_history_version() returns trigger language plpgsql set search_path from current as $$
begin
    perform pg_notify('lull_versions ' || current_schema(), 'h:' || new.host_id || ':' || new.version);
    return null;
end;
$$;

create trigger load_history_version_announced after insert or update on load_history_version
    for each row execute function announce_history_version();
