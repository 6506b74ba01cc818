-- A fit for an hour now reads the history before the hour before it (proposal.HostFits), so that the next hour's fit
-- can be made at any time in the current hour and still stand when samples of the current hour arrive after the hour
-- has turned, as a Prometheus pull sends them every minute. settled_before is to settled_hour - 1 hour what settled
-- is to settled_hour: it moves only with ingests that touch hours before it. Each of the three is the version at
-- which the history before its cutoff was last known to change (load.LoadSql.BUMP_HISTORY, load.HistoryVersion); the
-- current version is always a safe value for it.
alter table load_history_version add column settled_before bigint not null default 0;

update load_history_version set settled_before = version;

-- Payload 'h:<host id>:<version>:<settled_hour, epoch seconds>:<settled>:<settled_before>'.
create or replace function announce_history_version() returns trigger language plpgsql set search_path from current as $$
begin
    perform pg_notify('lull_versions ' || current_schema(), 'h:' || new.host_id || ':' || new.version || ':'
        || date_part('epoch', new.settled_hour)::bigint || ':' || new.settled || ':' || new.settled_before);
    return null;
end;
$$;
