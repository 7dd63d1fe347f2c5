-- The email outbox. A message is queued with its finished MIME bytes in the
-- same transaction as the business record that caused it (a reminder, say),
-- and sent afterwards; a failed delivery is recorded, never lost. What was
-- queued is kept as written: only the delivery state changes.

CREATE TABLE mail_outbox (
    id           INTEGER PRIMARY KEY,
    created_ms   INTEGER NOT NULL,
    to_address   TEXT NOT NULL,
    subject      TEXT NOT NULL,
    mime         BLOB NOT NULL,
    related_kind TEXT NOT NULL DEFAULT '',
    related_id   INTEGER,
    status       TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   TEXT NOT NULL DEFAULT '',
    sent_ms      INTEGER
);
CREATE INDEX mail_outbox_by_status ON mail_outbox(status);
CREATE INDEX mail_outbox_by_related ON mail_outbox(related_kind, related_id);

CREATE TRIGGER mail_outbox_no_delete BEFORE DELETE ON mail_outbox
BEGIN
    SELECT RAISE(ABORT, 'mail in the outbox is kept');
END;
CREATE TRIGGER mail_outbox_message_fixed
BEFORE UPDATE OF created_ms, to_address, subject, mime, related_kind, related_id ON mail_outbox
WHEN NEW.created_ms IS NOT OLD.created_ms OR NEW.to_address IS NOT OLD.to_address
  OR NEW.subject IS NOT OLD.subject OR NEW.mime IS NOT OLD.mime
  OR NEW.related_kind IS NOT OLD.related_kind OR NEW.related_id IS NOT OLD.related_id
BEGIN
    SELECT RAISE(ABORT, 'a queued message is immutable');
END;
-- A sent message stays sent: sending it again would mail the customer twice.
CREATE TRIGGER mail_outbox_sent_final BEFORE UPDATE OF status ON mail_outbox
WHEN OLD.status = 'sent' AND NEW.status <> 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent message stays sent');
END;
