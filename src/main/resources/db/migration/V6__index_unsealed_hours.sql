-- Lets retention find the hours still to seal without scanning the sealed past.
create index load_hourly_unsealed_idx on load_hourly (hour) where not sealed;
