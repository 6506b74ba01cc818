-- What a person wants to be told by e-mail (dev.lull.mail): immediately or (once digests are sent) in a daily digest, which events (null:
-- every one), whether calendar invitations come along, and the time zone and language of the dates they read.
alter table person
    add column time_zone     varchar(64),
    add column language      varchar(35),
    add column mail_cadence  varchar(16) not null default 'IMMEDIATE' check (mail_cadence in ('IMMEDIATE', 'DIGEST')),
    add column mail_events   text[],
    add column invitations   boolean     not null default true;
