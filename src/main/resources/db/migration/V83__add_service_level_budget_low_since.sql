-- Since when the service level's remaining downtime budget has been low; null while it is not, so that
-- availability.budget-low is raised once per episode.
alter table service_level add column budget_low_since timestamptz;
