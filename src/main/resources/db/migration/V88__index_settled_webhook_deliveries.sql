-- Pruning removes delivered and failed rows older than lull.notify.keep-deliveries; this index finds them.
create index webhook_delivery_settled_idx on webhook_delivery (created_at) where status <> 'PENDING';
