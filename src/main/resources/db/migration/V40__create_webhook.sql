-- Webhooks: where to send which event types. The secret (whsec_ + base64) signs every delivery, so it is
-- kept as given: HMAC needs the key itself.
create table webhook (
    id         bigint generated always as identity primary key,
    url        varchar(2000) not null,
    events     text[]        not null,
    secret     varchar(200)  not null,
    created_at timestamptz   not null
);
create index webhook_events_idx on webhook using gin (events);
