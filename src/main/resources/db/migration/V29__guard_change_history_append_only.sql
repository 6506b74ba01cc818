-- The audit trail is append-only: any UPDATE or DELETE of change_history fails.
create function change_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'change_history is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;
create trigger change_history_append_only
    before update or delete on change_history
    for each row execute function change_history_append_only();
