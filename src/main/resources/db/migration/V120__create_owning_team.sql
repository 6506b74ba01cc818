-- Owning teams: who answers for a cluster or a host, an approval role and/or named people; shown on its changes.
create table owning_team (
    id          bigint generated always as identity primary key,
    scope_kind  varchar(16)   not null check (scope_kind in ('cluster', 'host')),
    scope_name  varchar(63)   not null,
    role_key    varchar(63)   references approval_role (role_key),
    people      text[]        not null default '{}',
    updated_by  varchar(100)  not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (scope_kind, scope_name),
    check (role_key is not null or cardinality(people) > 0)
);
-- A cluster's or host's owning team goes with it, so that a new one of the same name does not inherit it.
create function owning_team_forget_scope() returns trigger language plpgsql as $$
begin
    delete from owning_team where scope_kind = tg_argv[0] and scope_name = old.name;
    return old;
end
$$;
create trigger cluster_forget_owning_team after delete on cluster
    for each row execute function owning_team_forget_scope('cluster');
create trigger host_forget_owning_team after delete on host
    for each row execute function owning_team_forget_scope('host');
