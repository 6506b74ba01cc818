-- Trigger functions name their tables without a schema. Without a search_path of their own they used the caller's:
-- a host deleted from psql outside the schema failed ("relation approval_policy does not exist"), or, with another
-- Lull schema first on the path, cleaned up that schema's rows. Each now keeps the schema it was created in, as the
-- functions of V7, V86 and V300 do.
alter function approval_policy_forget_scope() set search_path from current;
alter function change_history_append_only() set search_path from current;
alter function holiday_calendar_forget_scope() set search_path from current;
alter function load_counter_forget_host() set search_path from current;
alter function load_source_forget_scope() set search_path from current;
alter function owning_team_forget_scope() set search_path from current;
alter function silencing_forget_scope() set search_path from current;
