-- When the window reminder of a scheduled change was raised; null until then, so it is raised once.
alter table change_request add column reminded_at timestamptz;
