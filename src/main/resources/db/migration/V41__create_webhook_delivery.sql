-- The outbox: one row per event and subscribed webhook, written in the transaction that raised the event.
-- A worker claims due rows with FOR UPDATE SKIP LOCKED and leases them (locked_until) while it sends;
-- a lease that expires (the worker died) makes the row due again. Rows leave PENDING exactly once.
create table webhook_delivery (
    id               bigint generated always as identity primary key,
    webhook_id       bigint       not null references webhook (id) on delete cascade,
    event_id         uuid         not null,
    type             varchar(64)  not null,
    body             text         not null,
    status           varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    locked_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz  not null
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id);
