-- Tickets on which the user shared a secret that the guard removed.
BEGIN;
ALTER TABLE tickets ADD COLUMN secret_flag INTEGER NOT NULL DEFAULT 0;
PRAGMA user_version = 4;
COMMIT;
