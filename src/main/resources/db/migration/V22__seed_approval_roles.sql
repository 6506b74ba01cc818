-- The roles of the operations practice Lull comes from; editable data, owners assigned through the API.
insert into approval_role (role_key, title, updated_at) values
    ('domain-admin', 'Domain administration', now()),
    ('database-admin', 'Database administration', now()),
    ('infrastructure-admin', 'Infrastructure administration', now()),
    ('application-admin', 'Application administration', now()),
    ('it-operations', 'IT operations', now()),
    ('change-manager', 'Change management', now());
