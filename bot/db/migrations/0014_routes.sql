-- Several agents' groups (AGENT_ROUTES): each ticket belongs to a route, and a message the
-- bot posted is known by its route and its id (ids are counted per chat).
BEGIN;
ALTER TABLE tickets ADD COLUMN route TEXT NOT NULL DEFAULT 'default';
CREATE INDEX IF NOT EXISTS tickets_route_topic ON tickets (route, topic_id);
CREATE TABLE group_messages_by_route (
    route       TEXT    NOT NULL,
    message_id  INTEGER NOT NULL,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    PRIMARY KEY (route, message_id)
);
INSERT INTO group_messages_by_route (route, message_id, ticket_id)
    SELECT 'default', message_id, ticket_id FROM group_messages;
DROP TABLE group_messages;
ALTER TABLE group_messages_by_route RENAME TO group_messages;
PRAGMA user_version = 14;
COMMIT;
