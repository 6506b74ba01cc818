-- Webhooks can be edited (with If-Match on this version) and paused: a paused webhook gets no new deliveries and its
-- pending ones wait until it is resumed.
alter table webhook add column paused boolean not null default false;
alter table webhook add column version bigint not null default 0;
-- A redelivery is a new row of the same event; finding an event's rows of one webhook uses this index.
create index webhook_delivery_event_idx on webhook_delivery (webhook_id, event_id);
