-- Fits and proposal answers are made from a host's history before the current hour. Samples of the current hour,
-- which a Prometheus pull sends every minute, do not change that history, so they should not move the version those
-- caches are stamped with. Each row now also holds settled_hour, the hour of the last ingest by the ingesting
-- replica's clock, and settled, which moves only with ingests that touch hours before settled_hour (the ingest sets
-- both; see load.LoadSql.BUMP_HISTORY). A reader in hour H stamps with settled when settled_hour = H, else with
-- version, which every ingest moves (load.HistoryVersion).
alter table load_history_version
    add column settled_hour timestamptz not null default 'epoch',
    add column settled bigint not null default 0;

update load_history_version set settled = version;

-- Payload 'h:<host id>:<version>:<settled_hour, epoch seconds>:<settled>'.
create or replace function announce_history_version() returns trigger language plpgsql set search_path from current as $$
begin
    perform pg_notify('lull_versions ' || current_schema(), 'h:' || new.host_id || ':' || new.version || ':'
        || date_part('epoch', new.settled_hour)::bigint || ':' || new.settled);
    return null;
end;
$$;
