-- Prometheus remote write (docs/INTEGRATIONS.md): where each host's counter series stands, so that its per-step
-- increases survive restarts and are computed once across replicas. Keyed by host name: a host created by the same
-- write has no id yet. Not mapped by Hibernate.
create table load_counter (
    host_name      varchar(63)      primary key,
    series         bigint           not null,
    last_at        timestamptz      not null,
    last_value     double precision not null,
    step_end       timestamptz      not null,
    step_increase  double precision not null
);
-- A deleted host's counter goes with it, so that a new host of the same name starts from its own first sample.
create function load_counter_forget_host() returns trigger language plpgsql as $$
begin
    delete from load_counter where host_name = old.name;
    return old;
end
$$;
create trigger host_forget_load_counter after delete on host
    for each row execute function load_counter_forget_host();
