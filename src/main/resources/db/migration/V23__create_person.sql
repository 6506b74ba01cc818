-- People: display names and e-mail addresses of the users who request, approve and carry out changes.
create table person (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    email         varchar(320),
    version       bigint       not null default 0,
    updated_at    timestamptz  not null
);
