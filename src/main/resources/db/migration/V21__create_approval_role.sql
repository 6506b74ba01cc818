-- Approval roles: the teams whose named owners approve changes (and do their plan steps).
create table approval_role (
    role_key    varchar(63)  primary key,
    title       varchar(200) not null,
    owners      text[]       not null default '{}',
    version     bigint       not null default 0,
    updated_at  timestamptz  not null
);
