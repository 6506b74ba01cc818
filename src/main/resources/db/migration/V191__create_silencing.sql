-- Alert silencing (docs/INTEGRATIONS.md): the Alertmanagers and matchers that silence a cluster's or host's alerts
-- during its changes' windows, and each silence Lull keeps there, driven through its own outbox.
create table silencing_target (
    id          bigint generated always as identity primary key,
    scope_kind  varchar(16)   not null check (scope_kind in ('cluster', 'host')),
    scope_name  varchar(63)   not null,
    urls        text[]        not null,
    matchers    text          not null,
    updated_by  varchar(100)  not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (scope_kind, scope_name)
);
-- One silence per change, host and Alertmanager. wanted says what Alertmanager should hold (present or absent);
-- a row is due while next_attempt_at is set, and a worker leases it (locked_until) so that replicas share the work.
create table change_silence (
    id               bigint generated always as identity primary key,
    change_id        bigint        not null,
    host             varchar(63)   not null,
    alertmanager     varchar(2048) not null,
    matchers         text          not null,
    comment          varchar(1000) not null,
    starts_at        timestamptz   not null,
    ends_at          timestamptz   not null,
    wanted           varchar(16)   not null check (wanted in ('PRESENT', 'ABSENT')),
    state            varchar(16)   not null check (state in ('WAITING', 'SET', 'EXPIRED', 'FAILED')),
    silence_id       varchar(100),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz,
    locked_until     timestamptz,
    last_error       varchar(1000),
    updated_at       timestamptz   not null,
    unique (change_id, host, alertmanager)
);
create index change_silence_due on change_silence (next_attempt_at) where next_attempt_at is not null;
create function silencing_forget_scope() returns trigger language plpgsql as $$
begin
    delete from silencing_target where scope_kind = tg_argv[0] and scope_name = old.name;
    return old;
end
$$;
create trigger cluster_forget_silencing after delete on cluster
    for each row execute function silencing_forget_scope('cluster');
create trigger host_forget_silencing after delete on host
    for each row execute function silencing_forget_scope('host');
