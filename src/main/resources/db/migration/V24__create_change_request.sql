-- Change requests: planned downtime on hosts in a window, driven through the approval workflow.
create table change_request (
    id                  bigint generated always as identity primary key,
    title               varchar(200)  not null,
    description         text,
    type                varchar(16)   not null,
    status              varchar(16)   not null,
    requester           varchar(100)  not null,
    window_start        timestamptz   not null,
    window_end          timestamptz   not null check (window_end > window_start),
    required_roles      text[]        not null default '{}',
    risk                varchar(16),
    backout_plan        text,
    blackout_override   varchar(1000),
    returned_reason     varchar(2000),
    cancel_reason       varchar(2000),
    outcome             varchar(16),
    actual_start        timestamptz,
    actual_end          timestamptz,
    completion_comment  varchar(4000),
    review              varchar(8000),
    expected_load       double precision,
    observed_load       double precision,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index change_request_status_window_idx on change_request (status, window_start, window_end);
