-- Outages and service levels move the timeline version too (V86 has the function).
create trigger outage_moves_timeline after insert or update or delete on outage
    for each statement execute function bump_timeline_version();
create trigger outage_host_moves_timeline after insert or update or delete on outage_host
    for each statement execute function bump_timeline_version();
create trigger service_level_moves_timeline after insert or update or delete on service_level
    for each statement execute function bump_timeline_version();
