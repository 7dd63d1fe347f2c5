-- Reminder texts per level and language, edited by the manager; when a
-- level/language has no row, the built-in text for it is used. A reminder
-- keeps the texts as they were rendered when it was created, so that it
-- prints the same years later.

CREATE TABLE reminder_text (
    level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    language          TEXT NOT NULL CHECK (language IN ('da', 'nb', 'sv', 'en')),
    heading           TEXT NOT NULL,
    body              TEXT NOT NULL,
    fee_line          TEXT NOT NULL,
    compensation_line TEXT NOT NULL,
    interest_line     TEXT NOT NULL,
    email_subject     TEXT NOT NULL,
    email_body        TEXT NOT NULL,
    PRIMARY KEY (level, language)
) WITHOUT ROWID;

ALTER TABLE reminder ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE reminder ADD COLUMN heading TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN fee_text TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN compensation_text TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN interest_text TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN email_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE reminder ADD COLUMN email_body TEXT NOT NULL DEFAULT '';
-- The rate the interest was computed with, in percent a month.
ALTER TABLE reminder ADD COLUMN interest_rate TEXT NOT NULL DEFAULT '0';
-- Fees, compensation and interest of earlier reminders still unpaid when
-- this one was made: shown on it and part of its total, not charged again.
ALTER TABLE reminder ADD COLUMN earlier_minor INTEGER NOT NULL DEFAULT 0;
