-- The mail outbox (dev.lull.mail): one row per event and recipient, written in the transaction that raised the
-- event. Claimed like webhook deliveries (FOR UPDATE SKIP LOCKED with
-- a lease in locked_until) and leaving PENDING exactly once. A person without an address gets a SKIPPED row, so the
-- log counts them.
create table mail_delivery (
    id              bigint generated always as identity primary key,
    event_id        uuid         not null,
    type            varchar(64)  not null,
    change_id       bigint,
    recipient       varchar(100) not null,
    address         varchar(320),
    subject         varchar(300) not null,
    text_body       text         not null,
    html_body       text         not null,
    calendar        text,
    calendar_method varchar(16),
    status          varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    locked_until    timestamptz,
    last_attempt_at timestamptz,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz  not null,
    constraint mail_delivery_once unique (event_id, recipient)
);
create index mail_delivery_due_idx on mail_delivery (next_attempt_at) where status = 'PENDING';
create index mail_delivery_settled_idx on mail_delivery (created_at) where status <> 'PENDING';
create index mail_delivery_recipient_idx on mail_delivery (recipient, id);
