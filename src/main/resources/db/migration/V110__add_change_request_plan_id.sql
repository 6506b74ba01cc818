-- Changes booked together from one plan (POST /api/v1/proposals/plan/book) share a plan id; GET /changes?plan= finds them.
alter table change_request add column plan_id uuid;
create index change_request_plan_id on change_request (plan_id) where plan_id is not null;
