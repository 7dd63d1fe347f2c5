-- Receivables: customers, debtors and groups, invoices and credit notes,
-- number series, the debtor ledger (postings) and settlements.
-- Posted documents and postings are immutable (triggers below). Open
-- amounts and per-debtor balances are derived caches kept in the same
-- transaction as the postings they follow.

CREATE TABLE debtor_group (
    id   INTEGER PRIMARY KEY,
    uid  BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '')
);

CREATE TABLE debtor (
    id            INTEGER PRIMARY KEY,  -- the debtor ID staff see
    uid           BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name          TEXT NOT NULL DEFAULT '',
    company_name  TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT 'DK',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'da', 'nb', 'sv', 'en')),
    gln           TEXT NOT NULL DEFAULT '',
    org_number    TEXT NOT NULL DEFAULT '',
    business      INTEGER NOT NULL DEFAULT 0 CHECK (business IN (0, 1)),
    terms_kind    TEXT NOT NULL DEFAULT 'net' CHECK (terms_kind IN ('net', 'end_of_month')),
    terms_days    INTEGER NOT NULL DEFAULT 14 CHECK (terms_days BETWEEN 0 AND 365),
    group_id      INTEGER REFERENCES debtor_group(id),
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL,
    CHECK (name <> '' OR company_name <> '')
);
CREATE INDEX debtor_by_name ON debtor(name COLLATE NOCASE);
CREATE INDEX debtor_by_company ON debtor(company_name COLLATE NOCASE);
CREATE INDEX debtor_by_group ON debtor(group_id, id);

CREATE TABLE customer (
    id            INTEGER PRIMARY KEY,
    uid           BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name          TEXT NOT NULL CHECK (name <> ''),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    address_line3 TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    debtor_id     INTEGER REFERENCES debtor(id),  -- several customers may share one
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL
);
CREATE INDEX customer_by_debtor ON customer(debtor_id);
CREATE INDEX customer_by_name ON customer(name COLLATE NOCASE);

-- Document numbers. next_number is taken inside the posting transaction, so
-- a rolled-back post consumes none; start_locked: the start was set once.
CREATE TABLE number_series (
    name         TEXT PRIMARY KEY,
    next_number  INTEGER NOT NULL CHECK (next_number > 0),
    start_locked INTEGER NOT NULL DEFAULT 0 CHECK (start_locked IN (0, 1)),
    device_uid   BLOB
) WITHOUT ROWID;
INSERT INTO number_series(name, next_number) VALUES ('invoice', 1), ('credit_note', 1);

CREATE TABLE invoice (
    id                 INTEGER PRIMARY KEY,
    uid                BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    kind               TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'posted')),
    number             INTEGER,
    debtor_id          INTEGER NOT NULL REFERENCES debtor(id),
    invoice_date       TEXT NOT NULL,
    due_date           TEXT NOT NULL,
    currency           TEXT NOT NULL,
    till_ref           TEXT NOT NULL DEFAULT '',
    message            TEXT NOT NULL DEFAULT '',
    fees_allowed       INTEGER NOT NULL DEFAULT 1 CHECK (fees_allowed IN (0, 1)),
    credited_invoice_id INTEGER REFERENCES invoice(id),
    net_minor          INTEGER NOT NULL DEFAULT 0,
    vat_minor          INTEGER NOT NULL DEFAULT 0,
    total_minor        INTEGER NOT NULL DEFAULT 0,
    payment_reference  TEXT NOT NULL DEFAULT '',
    created_ms         INTEGER NOT NULL,
    posted_ms          INTEGER,
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)),
    UNIQUE (kind, number)
);
CREATE INDEX invoice_by_date ON invoice(invoice_date, id) WHERE status = 'posted';
CREATE INDEX invoice_by_debtor ON invoice(debtor_id, invoice_date);
CREATE INDEX invoice_by_credited ON invoice(credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
CREATE INDEX invoice_by_till ON invoice(till_ref, invoice_date) WHERE till_ref <> '';

CREATE TABLE invoice_line (
    id                INTEGER PRIMARY KEY,
    invoice_id        INTEGER NOT NULL REFERENCES invoice(id),
    line_no           INTEGER NOT NULL,
    text              TEXT NOT NULL CHECK (text <> ''),
    quantity_milli    INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor  INTEGER NOT NULL,   -- including VAT
    vat_rate          TEXT NOT NULL,      -- percent, exact decimal text
    discount_percent  TEXT NOT NULL DEFAULT '0',
    gross_minor       INTEGER NOT NULL,   -- line amount including VAT
    net_minor         INTEGER NOT NULL,   -- line net amount (EN 16931 BT-131)
    credited_line_id  INTEGER REFERENCES invoice_line(id),
    UNIQUE (invoice_id, line_no)
);

-- VAT breakdown per rate (EN 16931 BG-23): VAT on the sum of line nets.
CREATE TABLE invoice_vat (
    invoice_id INTEGER NOT NULL REFERENCES invoice(id),
    vat_rate   TEXT NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor  INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, vat_rate)
) WITHOUT ROWID;

CREATE TRIGGER invoice_posted_immutable BEFORE UPDATE ON invoice
WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted invoices and credit notes are immutable');
END;
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted invoices and credit notes are never deleted');
END;
CREATE TRIGGER invoice_line_posted_update BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'lines of posted invoices are immutable');
END;
CREATE TRIGGER invoice_line_posted_delete BEFORE DELETE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'lines of posted invoices are immutable');
END;
CREATE TRIGGER invoice_line_posted_insert BEFORE INSERT ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'lines of posted invoices are immutable');
END;
CREATE TRIGGER invoice_vat_posted_change BEFORE UPDATE ON invoice_vat
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted invoices are immutable');
END;
CREATE TRIGGER invoice_vat_posted_delete BEFORE DELETE ON invoice_vat
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted'
BEGIN
    SELECT RAISE(ABORT, 'posted invoices are immutable');
END;

-- The debtor ledger. amount_minor is signed: + what the debtor owes
-- (invoice, fee, interest), − what reduces it (credit note, payment, write-off).
CREATE TABLE posting (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    debtor_id    INTEGER NOT NULL REFERENCES debtor(id),
    kind         TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'payment', 'write_off',
                                               'reminder_fee', 'interest', 'compensation')),
    posting_date TEXT NOT NULL,
    due_date     TEXT NOT NULL,           -- for credits: the posting date
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    currency     TEXT NOT NULL,
    invoice_id   INTEGER REFERENCES invoice(id),
    doc_number   INTEGER,                 -- invoice or credit note number
    payment_type TEXT NOT NULL DEFAULT '',
    reference    TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    created_ms   INTEGER NOT NULL
);
CREATE INDEX posting_by_debtor ON posting(debtor_id, posting_date, id);
CREATE INDEX posting_by_invoice ON posting(invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX posting_by_date ON posting(posting_date);

CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting
BEGIN
    SELECT RAISE(ABORT, 'postings are immutable');
END;
CREATE TRIGGER posting_no_delete BEFORE DELETE ON posting
BEGIN
    SELECT RAISE(ABORT, 'postings are immutable');
END;

-- A settlement matches part of a credit posting against a debit posting.
-- Undoing one is recorded beside it; the settlement itself stays.
CREATE TABLE settlement (
    id                INTEGER PRIMARY KEY,
    uid               BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    debtor_id         INTEGER NOT NULL REFERENCES debtor(id),
    debit_posting_id  INTEGER NOT NULL REFERENCES posting(id),
    credit_posting_id INTEGER NOT NULL REFERENCES posting(id),
    amount_minor      INTEGER NOT NULL CHECK (amount_minor > 0),
    settled_date      TEXT NOT NULL,
    created_ms        INTEGER NOT NULL,
    undone_ms         INTEGER
);
CREATE INDEX settlement_by_debit ON settlement(debit_posting_id);
CREATE INDEX settlement_by_credit ON settlement(credit_posting_id);
CREATE INDEX settlement_by_date ON settlement(settled_date);
CREATE TRIGGER settlement_no_delete BEFORE DELETE ON settlement
BEGIN
    SELECT RAISE(ABORT, 'settlements are never deleted; undo them');
END;
CREATE TRIGGER settlement_only_undo BEFORE UPDATE ON settlement
WHEN OLD.undone_ms IS NOT NULL OR NEW.undone_ms IS NULL
     OR NEW.amount_minor <> OLD.amount_minor OR NEW.debit_posting_id <> OLD.debit_posting_id
     OR NEW.credit_posting_id <> OLD.credit_posting_id
BEGIN
    SELECT RAISE(ABORT, 'a settlement can only be undone, once');
END;

-- Derived: what is still open of each posting (signed like the posting).
CREATE TABLE posting_open (
    posting_id   INTEGER PRIMARY KEY REFERENCES posting(id),
    debtor_id    INTEGER NOT NULL,
    due_date     TEXT NOT NULL,
    open_minor   INTEGER NOT NULL
);
CREATE INDEX posting_open_by_debtor ON posting_open(debtor_id, due_date, posting_id)
    WHERE open_minor <> 0;

-- Derived: per debtor, the sum of open debits and of open credits.
CREATE TABLE debtor_balance (
    debtor_id          INTEGER PRIMARY KEY REFERENCES debtor(id),
    outstanding_minor  INTEGER NOT NULL DEFAULT 0,
    prepayment_minor   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX debtor_balance_outstanding ON debtor_balance(outstanding_minor) WHERE outstanding_minor <> 0;

-- New rights for this module: managers and front desk may keep debtors and
-- invoice them (the till's "create as invoice").
INSERT INTO role_right(role_id, right_name)
SELECT id, r.name FROM role, (SELECT 'debtors.edit' AS name UNION ALL SELECT 'invoicing.invoice') r
WHERE role.built_in IN ('manager', 'front_desk');

INSERT INTO setting(key, value) VALUES ('invoicing.enabled', '1')
ON CONFLICT(key) DO NOTHING;
