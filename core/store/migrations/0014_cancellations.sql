-- Cancellations: a booking row is never deleted, it is cancelled, and every
-- cancellation is kept with who, when, why and what it cost.

-- A product's cancellation terms: cancelling fewer than days_before days
-- before arrival costs fee_percent of the cancelled units' price. With
-- (14, 50) and (3, 100), cancelling 14 or more days ahead is free, 13 to 3
-- days ahead costs 50 %, and from 2 days ahead (and after arrival) 100 %.
CREATE TABLE cancellation_rule (
    product_id  INTEGER NOT NULL REFERENCES product(id),
    days_before INTEGER NOT NULL CHECK (days_before >= 1),
    fee_percent TEXT NOT NULL,   -- exact decimal percent, 0–100
    PRIMARY KEY (product_id, days_before)
) WITHOUT ROWID;

CREATE TABLE booking_cancellation (
    id                  INTEGER PRIMARY KEY,
    uid                 BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    booking_id          INTEGER NOT NULL REFERENCES booking(id),
    row_id              INTEGER NOT NULL REFERENCES booking_row(id),
    product_id          INTEGER NOT NULL REFERENCES product(id),
    start_min           INTEGER NOT NULL,   -- the period cancelled, as it stood
    end_min             INTEGER NOT NULL,
    quantity            INTEGER NOT NULL CHECK (quantity > 0),   -- units cancelled
    reason              TEXT NOT NULL CHECK (trim(reason) <> ''),
    suggested_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (suggested_fee_minor >= 0),
    fee_minor           INTEGER NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    waived_by           TEXT,               -- who waived the suggested fee
    debited             INTEGER NOT NULL DEFAULT 0 CHECK (debited IN (0, 1)),
    cancelled_ms        INTEGER NOT NULL,
    cancelled_by        TEXT NOT NULL,
    invoice_id          INTEGER REFERENCES invoice(id),   -- the invoice that billed the fee
    CHECK (fee_minor <= suggested_fee_minor),
    CHECK ((waived_by IS NOT NULL) = (fee_minor < suggested_fee_minor))
);
CREATE INDEX booking_cancellation_by_time ON booking_cancellation(cancelled_ms);
CREATE INDEX booking_cancellation_by_booking ON booking_cancellation(booking_id, id);
CREATE INDEX booking_cancellation_fee_to_bill ON booking_cancellation(booking_id)
    WHERE fee_minor > 0 AND invoice_id IS NULL;
CREATE TRIGGER booking_cancellation_no_delete BEFORE DELETE ON booking_cancellation
BEGIN
    SELECT RAISE(ABORT, 'cancellations are never deleted');
END;
-- Only the invoice that bills the fee is filled in, once.
CREATE TRIGGER booking_cancellation_immutable BEFORE UPDATE ON booking_cancellation
WHEN OLD.invoice_id IS NOT NULL OR NEW.invoice_id IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid OR NEW.booking_id IS NOT OLD.booking_id
  OR NEW.row_id IS NOT OLD.row_id OR NEW.product_id IS NOT OLD.product_id
  OR NEW.start_min IS NOT OLD.start_min OR NEW.end_min IS NOT OLD.end_min
  OR NEW.quantity IS NOT OLD.quantity OR NEW.reason IS NOT OLD.reason
  OR NEW.suggested_fee_minor IS NOT OLD.suggested_fee_minor OR NEW.fee_minor IS NOT OLD.fee_minor
  OR NEW.currency IS NOT OLD.currency OR NEW.waived_by IS NOT OLD.waived_by
  OR NEW.debited IS NOT OLD.debited OR NEW.cancelled_ms IS NOT OLD.cancelled_ms
  OR NEW.cancelled_by IS NOT OLD.cancelled_by
BEGIN
    SELECT RAISE(ABORT, 'cancellations are immutable');
END;

-- The invoice line that billed a row, so a credit note of that line is seen
-- as crediting the row. Rows invoiced before this column were billed one
-- line each, in row order.
ALTER TABLE booking_row ADD COLUMN invoice_line_id INTEGER REFERENCES invoice_line(id);
UPDATE booking_row SET invoice_line_id = (
    SELECT l.id FROM invoice_line l
    WHERE l.invoice_id = booking_row.invoice_id
      AND l.line_no = (SELECT count(*) FROM booking_row o
                       WHERE o.invoice_id = booking_row.invoice_id AND o.id <= booking_row.id))
WHERE invoice_id IS NOT NULL;

-- A settled row is immutable, except that a user with the right to cancel
-- billed rows may cancel it: the purchase stands, only its time is freed.
DROP TRIGGER booking_row_settled_immutable;
CREATE TRIGGER booking_row_settled_immutable BEFORE UPDATE ON booking_row
WHEN OLD.settled_ms IS NOT NULL AND NOT (
    OLD.status <> 'cancelled' AND NEW.status = 'cancelled'
    AND NEW.id IS OLD.id AND NEW.uid IS OLD.uid AND NEW.booking_id IS OLD.booking_id
    AND NEW.parent_id IS OLD.parent_id AND NEW.product_id IS OLD.product_id
    AND NEW.resource_id IS OLD.resource_id AND NEW.start_min IS OLD.start_min
    AND NEW.end_min IS OLD.end_min AND NEW.quantity IS OLD.quantity
    AND NEW.guests IS OLD.guests AND NEW.offered_minor IS OLD.offered_minor
    AND NEW.manual_minor IS OLD.manual_minor AND NEW.currency IS OLD.currency
    AND NEW.invoice_text IS OLD.invoice_text AND NEW.tags IS OLD.tags
    AND NEW.recurring IS OLD.recurring AND NEW.recurring_from IS OLD.recurring_from
    AND NEW.invoice_id IS OLD.invoice_id AND NEW.invoice_line_id IS OLD.invoice_line_id
    AND NEW.confirmed_ms IS OLD.confirmed_ms
    AND NEW.awaiting_settlement_ms IS OLD.awaiting_settlement_ms
    AND NEW.settled_ms IS OLD.settled_ms)
BEGIN
    SELECT RAISE(ABORT, 'settled booking rows are immutable');
END;
