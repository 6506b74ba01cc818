-- Calendar feeds: subscriptions by secret URL; only the SHA-256 of each token is stored.
create table calendar_feed (
    id                 bigint generated always as identity primary key,
    token_hash         varchar(64)   not null unique,
    owner              varchar(100)  not null,
    scope_kind         varchar(16)   not null check (scope_kind in ('HOST', 'CLUSTER', 'ROLE', 'PERSON', 'ALL')),
    scope_value        varchar(200),
    include_blackouts  boolean       not null,
    include_tentative  boolean       not null,
    created_at         timestamptz   not null,
    check ((scope_kind = 'ALL') = (scope_value is null))
);
create index calendar_feed_owner_idx on calendar_feed (owner, id);
