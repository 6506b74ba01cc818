-- Custom days imported from an ICS calendar are marked, so that the next import replaces them and only them.
alter table holiday_calendar_day add column imported boolean not null default false;
