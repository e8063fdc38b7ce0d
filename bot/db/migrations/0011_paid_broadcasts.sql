-- A broadcast sent with Telegram's allow_paid_broadcast (faster, for a fee in Stars).
BEGIN;
ALTER TABLE broadcasts ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
PRAGMA user_version = 11;
COMMIT;
