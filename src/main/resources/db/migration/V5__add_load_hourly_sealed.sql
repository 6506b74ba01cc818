-- An hour is sealed once retention removed its raw samples: its rollup can no longer be recomputed.
alter table load_hourly add column sealed boolean not null default false;
