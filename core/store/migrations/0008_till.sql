-- The till: tills, shifts with their float and Z report, numbered receipts
-- (gapless per till, immutable), their lines, VAT and tenders, and cash
-- moved in and out of the drawer. Every till event is also a journal entry
-- with its SAF-T Cash Register event code (PredefinedBasicID-13).

CREATE TABLE till (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    ref          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (ref <> '' AND length(ref) <= 20),
    name         TEXT NOT NULL CHECK (name <> ''),
    next_receipt INTEGER NOT NULL DEFAULT 1 CHECK (next_receipt >= 1),
    next_z       INTEGER NOT NULL DEFAULT 1 CHECK (next_z >= 1),
    created_ms   INTEGER NOT NULL
);

CREATE TABLE till_shift (
    id                  INTEGER PRIMARY KEY,
    uid                 BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    till_id             INTEGER NOT NULL REFERENCES till(id),
    currency            TEXT NOT NULL,
    opened_ms           INTEGER NOT NULL,
    opened_by           INTEGER NOT NULL REFERENCES staff_user(id),
    float_minor         INTEGER NOT NULL CHECK (float_minor >= 0),
    closed_ms           INTEGER,
    closed_by           INTEGER REFERENCES staff_user(id),
    z_number            INTEGER,
    expected_cash_minor INTEGER,
    counted_cash_minor  INTEGER,
    UNIQUE (till_id, z_number)
);
-- At most one open shift per till.
CREATE UNIQUE INDEX till_shift_open ON till_shift(till_id) WHERE closed_ms IS NULL;

CREATE TABLE receipt (
    id                  INTEGER PRIMARY KEY,
    uid                 BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    till_id             INTEGER NOT NULL REFERENCES till(id),
    number              INTEGER NOT NULL,
    shift_id            INTEGER NOT NULL REFERENCES till_shift(id),
    kind                TEXT NOT NULL CHECK (kind IN ('sale', 'return')),
    original_receipt_id INTEGER REFERENCES receipt(id),
    created_ms          INTEGER NOT NULL,
    user_id             INTEGER NOT NULL REFERENCES staff_user(id),
    currency            TEXT NOT NULL,
    total_minor         INTEGER NOT NULL,  -- Σ line amounts; negative on a return
    rounding_minor      INTEGER NOT NULL DEFAULT 0,  -- cash rounding, paid − total
    UNIQUE (till_id, number)
);
CREATE INDEX receipt_by_shift ON receipt(shift_id, number);
CREATE INDEX receipt_by_time ON receipt(created_ms);

CREATE TABLE receipt_line (
    receipt_id       INTEGER NOT NULL REFERENCES receipt(id),
    line_no          INTEGER NOT NULL CHECK (line_no >= 1),
    product_id       INTEGER REFERENCES product(id),
    text             TEXT NOT NULL,
    quantity_milli   INTEGER NOT NULL CHECK (quantity_milli <> 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    list_price_minor INTEGER NOT NULL CHECK (list_price_minor >= 0),
    discount         TEXT NOT NULL DEFAULT '0',
    vat_rate         TEXT NOT NULL,
    amount_minor     INTEGER NOT NULL,  -- including VAT, after discount
    returns_line_no  INTEGER,           -- on a return: the original receipt's line
    PRIMARY KEY (receipt_id, line_no)
) WITHOUT ROWID;

CREATE TABLE receipt_vat (
    receipt_id INTEGER NOT NULL REFERENCES receipt(id),
    vat_rate   TEXT NOT NULL,
    gross_minor INTEGER NOT NULL,
    vat_minor  INTEGER NOT NULL,
    PRIMARY KEY (receipt_id, vat_rate)
) WITHOUT ROWID;

CREATE TABLE receipt_tender (
    receipt_id   INTEGER NOT NULL REFERENCES receipt(id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    kind         TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'value_card', 'invoice')),
    amount_minor INTEGER NOT NULL,  -- what this tender pays (negative: paid out)
    given_minor  INTEGER NOT NULL DEFAULT 0,  -- cash handed over
    change_minor INTEGER NOT NULL DEFAULT 0,  -- cash handed back
    reference    TEXT NOT NULL DEFAULT '',    -- card terminal ref, value card no., invoice no.
    PRIMARY KEY (receipt_id, seq)
) WITHOUT ROWID;

CREATE TABLE cash_movement (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    shift_id     INTEGER NOT NULL REFERENCES till_shift(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),  -- in > 0, out < 0
    reason       TEXT NOT NULL CHECK (reason <> ''),
    created_ms   INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES staff_user(id)
);
CREATE INDEX cash_movement_by_shift ON cash_movement(shift_id);

CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_line_no_update BEFORE UPDATE ON receipt_line
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_line_no_delete BEFORE DELETE ON receipt_line
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_vat_no_change BEFORE UPDATE ON receipt_vat
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_vat_no_delete BEFORE DELETE ON receipt_vat
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_tender_no_update BEFORE UPDATE ON receipt_tender
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_tender_no_delete BEFORE DELETE ON receipt_tender
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER cash_movement_no_change BEFORE UPDATE ON cash_movement
BEGIN SELECT RAISE(ABORT, 'cash movements are immutable'); END;
CREATE TRIGGER cash_movement_no_delete BEFORE DELETE ON cash_movement
BEGIN SELECT RAISE(ABORT, 'cash movements are immutable'); END;
CREATE TRIGGER till_shift_no_delete BEFORE DELETE ON till_shift
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;
-- A closed shift (its Z report) is final.
CREATE TRIGGER till_shift_closed_final BEFORE UPDATE ON till_shift
WHEN OLD.closed_ms IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is final'); END;
CREATE TRIGGER till_no_delete BEFORE DELETE ON till
BEGIN SELECT RAISE(ABORT, 'tills are never deleted'); END;
