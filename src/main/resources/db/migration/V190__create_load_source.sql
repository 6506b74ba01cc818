-- Load sources: a Prometheus that Lull pulls the load of a cluster's or a host's hosts from (docs/INTEGRATIONS.md).
create table load_source (
    id               bigint generated always as identity primary key,
    scope_kind       varchar(16)   not null check (scope_kind in ('cluster', 'host')),
    scope_name       varchar(63)   not null,
    url              varchar(2048) not null,
    query            varchar(2000) not null,
    step_seconds     integer       not null check (step_seconds > 0),
    backfill_seconds bigint        not null check (backfill_seconds >= 0),
    bearer_token     varchar(4096),
    basic_username   varchar(256),
    basic_password   varchar(1024),
    updated_by       varchar(100)  not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    -- The puller's lease (one replica pulls a source at a time) and its failing episode; not mapped by Hibernate.
    locked_until     timestamptz,
    lease            bigint        not null default 0,
    failing_runs     integer       not null default 0,
    failing_since    timestamptz,
    unique (scope_kind, scope_name)
);
-- Where each host of a source stands: pulled up to and including pulled_until, the last outcome.
create table load_pull (
    source_id        bigint        not null references load_source (id) on delete cascade,
    host_id          bigint        not null references host (id) on delete cascade,
    pulled_until     timestamptz,
    points           bigint        not null default 0,
    last_success_at  timestamptz,
    last_error_at    timestamptz,
    last_error       varchar(1000),
    primary key (source_id, host_id)
);
create index load_pull_host on load_pull (host_id);
-- A cluster's or host's source goes with it, so that a new one of the same name does not inherit it.
create function load_source_forget_scope() returns trigger language plpgsql as $$
begin
    delete from load_source where scope_kind = tg_argv[0] and scope_name = old.name;
    return old;
end
$$;
create trigger cluster_forget_load_source after delete on cluster
    for each row execute function load_source_forget_scope('cluster');
create trigger host_forget_load_source after delete on host
    for each row execute function load_source_forget_scope('host');
