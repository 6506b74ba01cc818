-- Approval policies: the roles a cluster's or a host's changes must be approved by, by change type and risk.
create table approval_policy (
    id          bigint generated always as identity primary key,
    scope_kind  varchar(16)   not null check (scope_kind in ('cluster', 'host')),
    scope_name  varchar(63)   not null,
    updated_by  varchar(100)  not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (scope_kind, scope_name)
);
create table approval_policy_rule (
    policy_id    bigint       not null references approval_policy (id) on delete cascade,
    position     integer      not null,
    change_type  varchar(16)  not null,
    risks        text[]       not null default '{}',
    roles        text[]       not null,
    primary key (policy_id, position)
);
-- The roles the policies required when the change was last created, edited or submitted.
alter table change_request add column policy_roles text[] not null default '{}';
-- A cluster's or host's policy goes with it, so that a new one of the same name does not inherit it.
create function approval_policy_forget_scope() returns trigger language plpgsql as $$
begin
    delete from approval_policy where scope_kind = tg_argv[0] and scope_name = old.name;
    return old;
end
$$;
create trigger cluster_forget_approval_policy after delete on cluster
    for each row execute function approval_policy_forget_scope('cluster');
create trigger host_forget_approval_policy after delete on host
    for each row execute function approval_policy_forget_scope('host');
