-- Reminders (rykkere): numbered and immutable once created. Their fee,
-- compensation and interest are debtor postings; the level each invoice has
-- reached is read from reminder_line.

INSERT INTO number_series(name, next_number) VALUES ('reminder', 1);

CREATE TABLE reminder (
    id                 INTEGER PRIMARY KEY,
    uid                BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    number             INTEGER NOT NULL UNIQUE,
    debtor_id          INTEGER NOT NULL REFERENCES debtor(id),
    level              INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    reminder_date      TEXT NOT NULL,
    due_date           TEXT NOT NULL,
    till_ref           TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL,
    claims_minor       INTEGER NOT NULL CHECK (claims_minor > 0),
    fee_minor          INTEGER NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    compensation_minor INTEGER NOT NULL DEFAULT 0 CHECK (compensation_minor >= 0),
    interest_minor     INTEGER NOT NULL DEFAULT 0 CHECK (interest_minor >= 0),
    total_minor        INTEGER NOT NULL,
    created_ms         INTEGER NOT NULL
);
CREATE INDEX reminder_by_debtor ON reminder(debtor_id, reminder_date);

CREATE TABLE reminder_line (
    reminder_id    INTEGER NOT NULL REFERENCES reminder(id),
    invoice_id     INTEGER NOT NULL REFERENCES invoice(id),
    open_minor     INTEGER NOT NULL,
    interest_minor INTEGER NOT NULL DEFAULT 0,
    fee_bearing    INTEGER NOT NULL CHECK (fee_bearing IN (0, 1)),
    PRIMARY KEY (reminder_id, invoice_id)
) WITHOUT ROWID;
CREATE INDEX reminder_line_by_invoice ON reminder_line(invoice_id);

CREATE TRIGGER reminder_no_update BEFORE UPDATE ON reminder
BEGIN
    SELECT RAISE(ABORT, 'reminders are immutable');
END;
CREATE TRIGGER reminder_no_delete BEFORE DELETE ON reminder
BEGIN
    SELECT RAISE(ABORT, 'reminders are immutable');
END;
CREATE TRIGGER reminder_line_no_update BEFORE UPDATE ON reminder_line
BEGIN
    SELECT RAISE(ABORT, 'reminders are immutable');
END;
CREATE TRIGGER reminder_line_no_delete BEFORE DELETE ON reminder_line
BEGIN
    SELECT RAISE(ABORT, 'reminders are immutable');
END;
