-- The daily digests (dev.lull.mail): one row per person and local day, written in the transaction that puts the
-- digest on the mail outbox, so a second run or replica finds the day taken. items counts what the digest held
-- (0: nothing to say, nothing sent); delivery_id names the outbox row when one was written.
create table mail_digest (
    username    varchar(100) not null,
    local_date  date         not null,
    items       integer      not null,
    delivery_id bigint,
    created_at  timestamptz  not null,
    constraint mail_digest_once primary key (username, local_date)
);
