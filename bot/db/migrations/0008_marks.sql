-- Placeholders become marks: stored text says where a secret was (⟦recovery_phrase⟧) or that a
-- message was edited or held back, and each viewer sees that in their own language. Rows
-- written before this carried English words inside Chinese users' text.
BEGIN;
UPDATE ticket_messages SET text = replace(text, '[recovery phrase removed]', '⟦recovery_phrase⟧')
    WHERE text LIKE '%[recovery phrase removed]%';
UPDATE ticket_messages SET text = replace(text, '[private key removed]', '⟦private_key⟧')
    WHERE text LIKE '%[private key removed]%';
UPDATE ticket_messages SET text = replace(text, '[card number removed]', '⟦card_number⟧')
    WHERE text LIKE '%[card number removed]%';
UPDATE ticket_messages SET text = replace(text, '[password removed]', '⟦password⟧')
    WHERE text LIKE '%[password removed]%';
UPDATE ticket_messages SET text = '⟦edited⟧' || substr(text, length('[edited]') + 1)
    WHERE text LIKE '[edited]%';
UPDATE ticket_messages SET text = '⟦held_back⟧' || substr(text, length('[held back]') + 1)
    WHERE text LIKE '[held back]%';
PRAGMA user_version = 8;
COMMIT;
