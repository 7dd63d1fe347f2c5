-- Bookings: the bookable catalog (suppliers, guest categories, price tables),
-- bookings (orders) and their rows, and how they are billed and paid.
-- Times of booking rows are local wall-clock minutes since 1970-01-01 (no
-- time zone): a night product stores arrival and departure at 00:00, so the
-- departure day is free again; a time product stores the minute.

CREATE TABLE supplier (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    email       TEXT NOT NULL DEFAULT ''
);
ALTER TABLE product ADD COLUMN supplier_id INTEGER REFERENCES supplier(id);

-- Who the guests are (adult, child, …). A built-in key shows its translated
-- name while name is empty.
CREATE TABLE guest_category (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (key <> '' AND key NOT GLOB '*[^a-z0-9_]*'),
    name        TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO guest_category(key, sort_order) VALUES ('adult', 1), ('child', 2), ('infant', 3);

-- The guest categories a product takes.
CREATE TABLE product_guest_category (
    product_id  INTEGER NOT NULL REFERENCES product(id),
    category_id INTEGER NOT NULL REFERENCES guest_category(id),
    PRIMARY KEY (product_id, category_id)
) WITHOUT ROWID;

-- A product's price table: each rule gives a price including VAT for a time
-- unit (night, hour), a whole stay, or a guest of a category, in a season,
-- on weekdays, for a length, a quantity and a number of guests.
CREATE TABLE price_rule (
    id                INTEGER PRIMARY KEY,
    product_id        INTEGER NOT NULL REFERENCES product(id),
    valid_from        TEXT,      -- first day of the season, NULL: open
    valid_to          TEXT,      -- last day of the season, NULL: open
    weekdays          INTEGER NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127),  -- bit 0: Monday
    min_length        INTEGER NOT NULL DEFAULT 1 CHECK (min_length >= 1),
    max_length        INTEGER CHECK (max_length IS NULL OR max_length >= min_length),
    min_quantity      INTEGER NOT NULL DEFAULT 1 CHECK (min_quantity >= 1),
    max_quantity      INTEGER CHECK (max_quantity IS NULL OR max_quantity >= min_quantity),
    min_guests        INTEGER NOT NULL DEFAULT 0 CHECK (min_guests >= 0),
    max_guests        INTEGER CHECK (max_guests IS NULL OR max_guests >= min_guests),
    basis             TEXT NOT NULL CHECK (basis IN ('unit', 'stay', 'guest_unit', 'guest_stay')),
    guest_category_id INTEGER REFERENCES guest_category(id),
    amount_minor      INTEGER NOT NULL CHECK (amount_minor >= 0),
    priority          INTEGER NOT NULL DEFAULT 0,
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((basis IN ('guest_unit', 'guest_stay')) = (guest_category_id IS NOT NULL))
);
CREATE INDEX price_rule_by_product ON price_rule(product_id) WHERE active = 1;

CREATE TABLE booking (
    id                        INTEGER PRIMARY KEY,   -- the booking ID staff see
    uid                       BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    customer_id               INTEGER REFERENCES customer(id),
    created_ms                INTEGER NOT NULL,
    updated_ms                INTEGER NOT NULL,
    booked_by                 TEXT NOT NULL,         -- the user's login
    tags                      TEXT NOT NULL DEFAULT '',
    campaign                  TEXT NOT NULL DEFAULT '',
    source                    TEXT NOT NULL DEFAULT 'front_desk',
    referrer                  TEXT NOT NULL DEFAULT '',
    purpose                   TEXT NOT NULL DEFAULT 'leisure',
    customer_comment          TEXT NOT NULL DEFAULT '',
    internal_note             TEXT NOT NULL DEFAULT '',
    supplier_report           INTEGER NOT NULL DEFAULT 0 CHECK (supplier_report IN (0, 1)),
    supplier_report_sent_ms   INTEGER,
    invoice_wanted            INTEGER NOT NULL DEFAULT 1 CHECK (invoice_wanted IN (0, 1)),
    payment_method            TEXT NOT NULL DEFAULT 'invoice',
    deposit_due               TEXT,
    final_due                 TEXT,
    invoice_message           TEXT NOT NULL DEFAULT '',
    send_invoice              INTEGER NOT NULL DEFAULT 1 CHECK (send_invoice IN (0, 1)),
    generate_invoice          INTEGER NOT NULL DEFAULT 1 CHECK (generate_invoice IN (0, 1)),
    generate_reminder         INTEGER NOT NULL DEFAULT 1 CHECK (generate_reminder IN (0, 1)),
    settle_booking            INTEGER NOT NULL DEFAULT 1 CHECK (settle_booking IN (0, 1)),
    cancel_on_missing_payment INTEGER NOT NULL DEFAULT 0 CHECK (cancel_on_missing_payment IN (0, 1)),
    copied_from               INTEGER REFERENCES booking(id)
);
CREATE INDEX booking_by_customer ON booking(customer_id);
CREATE TRIGGER booking_no_delete BEFORE DELETE ON booking
BEGIN
    SELECT RAISE(ABORT, 'bookings are never deleted: cancel them');
END;

CREATE TABLE booking_row (
    id                     INTEGER PRIMARY KEY,
    uid                    BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    booking_id             INTEGER NOT NULL REFERENCES booking(id),
    parent_id              INTEGER REFERENCES booking_row(id),
    product_id             INTEGER NOT NULL REFERENCES product(id),
    resource_id            INTEGER REFERENCES resource(id),
    status                 TEXT NOT NULL CHECK (status IN ('reservation', 'final', 'cancelled',
                                                           'waitlist', 'long_term', 'self_booking')),
    start_min              INTEGER NOT NULL,
    end_min                INTEGER NOT NULL CHECK (end_min > start_min),
    quantity               INTEGER NOT NULL CHECK (quantity > 0),
    guests                 TEXT NOT NULL DEFAULT '',   -- "adult:2,child:1"
    offered_minor          INTEGER CHECK (offered_minor IS NULL OR offered_minor >= 0),
    manual_minor           INTEGER CHECK (manual_minor IS NULL OR manual_minor >= 0),
    currency               TEXT NOT NULL CHECK (length(currency) = 3),
    invoice_text           TEXT NOT NULL CHECK (invoice_text <> ''),
    tags                   TEXT NOT NULL DEFAULT '',
    overbooked             INTEGER NOT NULL DEFAULT 0 CHECK (overbooked IN (0, 1)),
    recurring              INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
    recurring_from         INTEGER REFERENCES booking_row(id),
    invoice_id             INTEGER REFERENCES invoice(id),
    confirmed_ms           INTEGER,
    awaiting_settlement_ms INTEGER,
    settled_ms             INTEGER,
    created_ms             INTEGER NOT NULL,
    updated_ms             INTEGER NOT NULL,
    CHECK (offered_minor IS NOT NULL OR manual_minor IS NOT NULL)
);
CREATE INDEX booking_row_by_booking ON booking_row(booking_id, id);
CREATE INDEX booking_row_by_product ON booking_row(product_id, start_min, end_min, quantity)
    WHERE status <> 'cancelled';
CREATE INDEX booking_row_by_resource ON booking_row(resource_id, start_min)
    WHERE status <> 'cancelled';
CREATE INDEX booking_row_recurring ON booking_row(recurring_from, start_min)
    WHERE recurring_from IS NOT NULL;
CREATE INDEX booking_row_by_parent ON booking_row(parent_id) WHERE parent_id IS NOT NULL;

CREATE TRIGGER booking_row_no_delete BEFORE DELETE ON booking_row
BEGIN
    SELECT RAISE(ABORT, 'booking rows are never deleted: cancel them');
END;
CREATE TRIGGER booking_row_settled_immutable BEFORE UPDATE ON booking_row
WHEN OLD.settled_ms IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'settled booking rows are immutable');
END;

-- The longest row per product, so interval scans can be bounded: a row that
-- overlaps [s, e) starts after s minus this length.
CREATE TABLE product_extent (
    product_id  INTEGER PRIMARY KEY REFERENCES product(id),
    max_len_min INTEGER NOT NULL
);
CREATE TRIGGER booking_row_extent_insert AFTER INSERT ON booking_row
BEGIN
    INSERT OR IGNORE INTO product_extent(product_id, max_len_min) VALUES (NEW.product_id, 0);
    UPDATE product_extent SET max_len_min = max(max_len_min, NEW.end_min - NEW.start_min)
    WHERE product_id = NEW.product_id;
END;
CREATE TRIGGER booking_row_extent_update AFTER UPDATE OF start_min, end_min, product_id ON booking_row
BEGIN
    INSERT OR IGNORE INTO product_extent(product_id, max_len_min) VALUES (NEW.product_id, 0);
    UPDATE product_extent SET max_len_min = max(max_len_min, NEW.end_min - NEW.start_min)
    WHERE product_id = NEW.product_id;
END;

-- The invoices a booking generated.
CREATE TABLE booking_invoice (
    booking_id  INTEGER NOT NULL REFERENCES booking(id),
    invoice_id  INTEGER NOT NULL UNIQUE REFERENCES invoice(id),
    created_ms  INTEGER NOT NULL,
    PRIMARY KEY (booking_id, invoice_id)
) WITHOUT ROWID;
CREATE TRIGGER booking_invoice_no_change BEFORE UPDATE ON booking_invoice
BEGIN
    SELECT RAISE(ABORT, 'booking invoices are immutable');
END;
CREATE TRIGGER booking_invoice_no_delete BEFORE DELETE ON booking_invoice
BEGIN
    SELECT RAISE(ABORT, 'booking invoices are never deleted');
END;

-- Payments for a booking: successful ones are postings on the debtor's
-- ledger; failed ones are kept for the record.
CREATE TABLE booking_payment (
    id              INTEGER PRIMARY KEY,
    uid             BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    booking_id      INTEGER NOT NULL REFERENCES booking(id),
    posting_id      INTEGER REFERENCES posting(id),
    kind            TEXT NOT NULL CHECK (kind IN ('payment', 'refund', 'transfer_in',
                                                  'transfer_out')),
    status          TEXT NOT NULL CHECK (status IN ('succeeded', 'failed')),
    payment_date    TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,   -- positive in, negative out
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    method          TEXT NOT NULL DEFAULT '',
    transaction_id  TEXT NOT NULL DEFAULT '',
    comment         TEXT NOT NULL DEFAULT '',
    account         TEXT NOT NULL DEFAULT '',  -- refund to: bank account or IBAN
    created_ms      INTEGER NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX booking_payment_by_booking ON booking_payment(booking_id, id);
CREATE TRIGGER booking_payment_no_update BEFORE UPDATE ON booking_payment
BEGIN
    SELECT RAISE(ABORT, 'booking payments are immutable');
END;
CREATE TRIGGER booking_payment_no_delete BEFORE DELETE ON booking_payment
BEGIN
    SELECT RAISE(ABORT, 'booking payments are never deleted');
END;

INSERT INTO setting(key, value) VALUES ('booking.deposit_percent', '25')
ON CONFLICT(key) DO NOTHING;
