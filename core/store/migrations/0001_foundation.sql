-- Foundation: settings, company, staff users and roles, the audit journal.
-- Instants are INTEGER ms since the Unix epoch (UTC); dates TEXT 'YYYY-MM-DD';
-- every syncable row has a 16-byte UUIDv7 uid.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE company (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    uid           BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name          TEXT NOT NULL CHECK (name <> ''),
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL CHECK (country IN ('DK', 'NO', 'SE')),
    org_number    TEXT NOT NULL DEFAULT '',
    vat_number    TEXT NOT NULL DEFAULT '',
    bank_account  TEXT NOT NULL DEFAULT '',
    iban          TEXT NOT NULL DEFAULT '',
    bic           TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    logo_path     TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL,
    updated_ms    INTEGER NOT NULL
);

CREATE TABLE role (
    id       INTEGER PRIMARY KEY,
    uid      BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    built_in TEXT UNIQUE CHECK (built_in IN ('owner', 'manager', 'front_desk'))
);

CREATE TABLE role_right (
    role_id    INTEGER NOT NULL REFERENCES role(id),
    right_name TEXT NOT NULL,
    PRIMARY KEY (role_id, right_name)
) WITHOUT ROWID;

CREATE TABLE staff_user (
    id              INTEGER PRIMARY KEY,
    uid             BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (login <> ''),
    display_name    TEXT NOT NULL CHECK (display_name <> ''),
    role_id         INTEGER NOT NULL REFERENCES role(id),
    secret_kind     TEXT NOT NULL CHECK (secret_kind IN ('pin', 'password')),
    secret_hash     TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_ms      INTEGER NOT NULL
);

-- Staff users are deactivated, never deleted: the journal names them.
CREATE TRIGGER staff_user_no_delete BEFORE DELETE ON staff_user
BEGIN
    SELECT RAISE(ABORT, 'staff users are never deleted; deactivate them');
END;

-- The audit journal: append-only and hash-chained. hash = SHA-256 over the
-- entry's fields and the previous entry's hash (see core/journal/journal.cpp).
CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    at_ms      INTEGER NOT NULL,
    user_uid   BLOB,
    user_login TEXT NOT NULL,
    device_uid BLOB NOT NULL,
    entity     TEXT NOT NULL,
    entity_uid BLOB,
    action     TEXT NOT NULL,
    payload    TEXT NOT NULL,
    prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX journal_by_entity ON journal(entity_uid, id);
CREATE INDEX journal_by_time ON journal(at_ms);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;
