-- Standard change templates: routine work a change manager approves once; a STANDARD change must reference an
-- ACTIVE one and stay inside its hosts or clusters, its maximum duration and its plan.
create table standard_change_template (
    id                    bigint generated always as identity primary key,
    title                 varchar(200)  not null,
    description           text,
    hosts                 text[]        not null default '{}',
    clusters              text[]        not null default '{}',
    max_duration_seconds  bigint        not null check (max_duration_seconds > 0),
    status                varchar(16)   not null,
    created_by            varchar(100)  not null,
    activated_by          varchar(100),
    activated_at          timestamptz,
    retired_by            varchar(100),
    retired_at            timestamptz,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null
);
create table standard_change_step (
    template_id       bigint        not null references standard_change_template (id) on delete cascade,
    position          integer       not null,
    title             varchar(200)  not null,
    role              varchar(63)   not null,
    duration_seconds  bigint        not null check (duration_seconds >= 0),
    primary key (template_id, position)
);
alter table change_request add column template_id bigint references standard_change_template (id);
