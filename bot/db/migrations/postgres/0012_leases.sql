-- Version 12, as bot/db/migrations/0012_leases.sql.
BEGIN;
CREATE TABLE IF NOT EXISTS leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
);
INSERT INTO schema_version VALUES (12);
COMMIT;
