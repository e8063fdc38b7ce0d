-- The durable inbox (0005) applies each update once; its predecessor table is not used.
BEGIN;
DROP TABLE IF EXISTS processed_updates;
PRAGMA user_version = 6;
COMMIT;
