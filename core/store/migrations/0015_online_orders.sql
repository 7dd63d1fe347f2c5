-- Online orders: what the webshop sold and the card payment it reserved.
-- Staff capture, partly capture, cancel or refund the payment; every call to
-- the card gateway is an operation row written before the call, so that an
-- unanswered call is retried with the same idempotency key and a payment is
-- never taken twice.

-- The order statuses: three built in, and any the business adds.
CREATE TABLE order_status (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    built_in TEXT UNIQUE CHECK (built_in IN ('not_effected', 'effected', 'cancelled')),
    sort     INTEGER NOT NULL DEFAULT 100
);
INSERT INTO order_status(name, built_in, sort) VALUES
    ('Not effected', 'not_effected', 0), ('Effected', 'effected', 1), ('Cancelled', 'cancelled', 2);
CREATE TRIGGER order_status_no_delete BEFORE DELETE ON order_status
BEGIN SELECT RAISE(ABORT, 'order statuses are never deleted'); END;

CREATE TABLE web_order (
    id                 INTEGER PRIMARY KEY,
    uid                BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    external_id        TEXT NOT NULL UNIQUE CHECK (trim(external_id) <> ''),
    order_ms           INTEGER NOT NULL,
    currency           TEXT NOT NULL CHECK (length(currency) = 3),
    customer_id        INTEGER REFERENCES customer(id),
    booking_id         INTEGER REFERENCES booking(id),
    customer_name      TEXT NOT NULL,
    customer_email     TEXT NOT NULL DEFAULT '',
    status_id          INTEGER NOT NULL REFERENCES order_status(id),
    payment_type       TEXT NOT NULL CHECK (payment_type IN
                           ('card', 'mobilepay', 'vipps', 'swish', 'bank_transfer', 'invoice')),
    gateway            TEXT NOT NULL DEFAULT '',   -- '' when nothing is reserved
    transaction_id     TEXT NOT NULL DEFAULT '',
    payment_state      TEXT NOT NULL CHECK (payment_state IN
                           ('awaiting', 'received', 'refunded', 'cancelled', 'failed')),
    reserved_minor     INTEGER NOT NULL CHECK (reserved_minor >= 0),
    captured_minor     INTEGER NOT NULL DEFAULT 0 CHECK (captured_minor >= 0),
    refunded_minor     INTEGER NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0),
    capture_ref        TEXT NOT NULL DEFAULT '',   -- the gateway's id of the capture
    paid_by_hand       INTEGER NOT NULL DEFAULT 0 CHECK (paid_by_hand IN (0, 1)),
    fulfilled          INTEGER NOT NULL DEFAULT 0 CHECK (fulfilled IN (0, 1)),
    billing            TEXT NOT NULL DEFAULT '{}',  -- JSON address
    delivery           TEXT NOT NULL DEFAULT '{}',
    customer_comment   TEXT NOT NULL DEFAULT '',
    internal_comment   TEXT NOT NULL DEFAULT '',
    invoice_id         INTEGER REFERENCES invoice(id),
    imported_ms        INTEGER NOT NULL,
    imported_by        INTEGER NOT NULL REFERENCES staff_user(id),
    updated_ms         INTEGER NOT NULL,
    CHECK (captured_minor <= reserved_minor),
    CHECK (refunded_minor <= captured_minor)
);
CREATE INDEX web_order_by_date ON web_order(order_ms, id);
CREATE INDEX web_order_by_status ON web_order(status_id, order_ms, id);
CREATE INDEX web_order_by_customer ON web_order(customer_id) WHERE customer_id IS NOT NULL;
CREATE TRIGGER web_order_no_delete BEFORE DELETE ON web_order
BEGIN SELECT RAISE(ABORT, 'orders are never deleted'); END;
-- Money only moves forward: the capture happens once, from awaiting; what
-- was refunded never shrinks; a cancelled or failed payment stays so; and
-- the external id, currency, gateway, transaction and reservation are as
-- imported.
CREATE TRIGGER web_order_money_forward BEFORE UPDATE ON web_order
WHEN NEW.refunded_minor < OLD.refunded_minor
  OR (OLD.payment_state <> 'awaiting' AND NEW.captured_minor <> OLD.captured_minor)
  OR (OLD.payment_state IN ('cancelled', 'failed') AND NEW.payment_state IS NOT OLD.payment_state)
  OR (OLD.payment_state IN ('received', 'refunded')
      AND NEW.payment_state NOT IN ('received', 'refunded'))
  OR (OLD.capture_ref <> '' AND NEW.capture_ref IS NOT OLD.capture_ref)
  OR NEW.reserved_minor IS NOT OLD.reserved_minor OR NEW.currency IS NOT OLD.currency
  OR NEW.external_id IS NOT OLD.external_id OR NEW.uid IS NOT OLD.uid
  OR NEW.gateway IS NOT OLD.gateway OR NEW.transaction_id IS NOT OLD.transaction_id
  OR (OLD.invoice_id IS NOT NULL AND NEW.invoice_id IS NOT OLD.invoice_id)
BEGIN SELECT RAISE(ABORT, 'an order''s payment only moves forward'); END;

CREATE TABLE web_order_line (
    order_id     INTEGER NOT NULL REFERENCES web_order(id),
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    item_number  TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL CHECK (trim(text) <> ''),
    quantity     INTEGER NOT NULL CHECK (quantity >= 1),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),  -- the line total, incl. VAT
    vat_rate     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('value_card', 'goods', 'service')),
    booking_id   INTEGER REFERENCES booking(id),
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;
CREATE INDEX web_order_line_by_item ON web_order_line(item_number);
CREATE TRIGGER web_order_line_no_update BEFORE UPDATE ON web_order_line
BEGIN SELECT RAISE(ABORT, 'order lines are as the webshop sold them'); END;
CREATE TRIGGER web_order_line_no_delete BEFORE DELETE ON web_order_line
BEGIN SELECT RAISE(ABORT, 'order lines are as the webshop sold them'); END;

-- The value cards a captured order issued, one per unit of a value-card line.
CREATE TABLE web_order_value_card (
    order_id INTEGER NOT NULL REFERENCES web_order(id),
    line_no  INTEGER NOT NULL,
    card_id  INTEGER NOT NULL UNIQUE REFERENCES value_card(id),
    PRIMARY KEY (order_id, line_no, card_id)
) WITHOUT ROWID;
CREATE TRIGGER web_order_value_card_no_update BEFORE UPDATE ON web_order_value_card
BEGIN SELECT RAISE(ABORT, 'issued value cards are immutable'); END;
CREATE TRIGGER web_order_value_card_no_delete BEFORE DELETE ON web_order_value_card
BEGIN SELECT RAISE(ABORT, 'issued value cards are immutable'); END;

-- One call to the card gateway. It is written 'pending' before the call and
-- finished after it; an unanswered call stays pending and is sent again with
-- the same idempotency key, so the gateway does it at most once. An order has
-- at most one pending operation.
CREATE TABLE payment_operation (
    id              INTEGER PRIMARY KEY,
    uid             BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    order_id        INTEGER NOT NULL REFERENCES web_order(id),
    kind            TEXT NOT NULL CHECK (kind IN ('capture', 'cancel', 'refund')),
    amount_minor    INTEGER NOT NULL CHECK (amount_minor >= 0),
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'done', 'declined')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    gateway_ref     TEXT NOT NULL DEFAULT '',
    message         TEXT NOT NULL DEFAULT '',
    early_reason    TEXT NOT NULL DEFAULT '',   -- why capture was early, confirmed by created_by
    created_ms      INTEGER NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES staff_user(id),
    finished_ms     INTEGER,
    CHECK ((state = 'pending') = (finished_ms IS NULL)),
    CHECK (kind = 'cancel' OR amount_minor > 0)
);
CREATE INDEX payment_operation_by_order ON payment_operation(order_id, id);
CREATE UNIQUE INDEX payment_operation_one_pending ON payment_operation(order_id)
    WHERE state = 'pending';
CREATE TRIGGER payment_operation_no_delete BEFORE DELETE ON payment_operation
BEGIN SELECT RAISE(ABORT, 'payment operations are never deleted'); END;
CREATE TRIGGER payment_operation_finished_once BEFORE UPDATE ON payment_operation
WHEN OLD.state <> 'pending' OR NEW.kind IS NOT OLD.kind OR NEW.order_id IS NOT OLD.order_id
  OR NEW.amount_minor IS NOT OLD.amount_minor OR NEW.idempotency_key IS NOT OLD.idempotency_key
  OR NEW.uid IS NOT OLD.uid OR NEW.created_ms IS NOT OLD.created_ms
  OR NEW.created_by IS NOT OLD.created_by OR NEW.early_reason IS NOT OLD.early_reason
  OR NEW.attempts < OLD.attempts
BEGIN SELECT RAISE(ABORT, 'a finished payment operation is immutable'); END;

-- The built-in test gateway's own memory, standing in for the remote side:
-- what it did per idempotency key, so a retried call gets the first answer.
CREATE TABLE test_gateway_call (
    idempotency_key TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    transaction_id  TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    outcome         TEXT NOT NULL,
    reference       TEXT NOT NULL,
    message         TEXT NOT NULL DEFAULT '',
    answered        INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX test_gateway_call_by_transaction ON test_gateway_call(transaction_id);
