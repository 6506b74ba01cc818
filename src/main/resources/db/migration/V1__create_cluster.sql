-- Clusters: hosts that serve together, and how many of them must stay available.
create table cluster (
    id            bigint generated always as identity primary key,
    name          varchar(63)  not null unique,
    description   varchar(1000),
    min_available integer      not null check (min_available >= 0),
    version       bigint       not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
