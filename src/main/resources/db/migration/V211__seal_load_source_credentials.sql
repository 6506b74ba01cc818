-- Load sources' credentials are encrypted at rest (lull.load-source.secret-key, AES-256-GCM, "v1:" + base64): sealed
-- values are longer than the plain ones, and rows stored before are sealed by the application at its next start
-- (loadsource.SourceCredentials), which needs the key, so the flag tells the two forms apart.
alter table load_source alter column bearer_token type text, alter column basic_password type text,
    add column credentials_sealed boolean not null default false;
