-- The rest of the till: value cards and their ledger, the customer or debtor
-- a receipt was rung up for (and the invoice an invoice sale became), debtor
-- payments taken at the till, and sales parked to be recalled later.

-- A value card (gift card) is a liability: selling one puts its value on the
-- card, redeeming takes it off. The balance is the sum of the card's entries
-- and can never go below 0.
CREATE TABLE value_card (
    id         INTEGER PRIMARY KEY,
    uid        BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    number     TEXT NOT NULL UNIQUE CHECK (number <> '' AND length(number) <= 32),
    currency   TEXT NOT NULL CHECK (length(currency) = 3),
    created_ms INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES staff_user(id)
);

CREATE TABLE value_card_entry (
    id           INTEGER PRIMARY KEY,
    card_id      INTEGER NOT NULL REFERENCES value_card(id),
    -- issue: sold (a receipt line); redeem: a tender; refund: a return paid
    -- back onto the card; return: a sold card handed back; order: issued by
    -- an online order.
    kind         TEXT NOT NULL CHECK (kind IN ('issue', 'redeem', 'refund', 'return', 'order')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    receipt_id   INTEGER REFERENCES receipt(id),
    line_no      INTEGER,
    created_ms   INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES staff_user(id)
);
CREATE INDEX value_card_entry_by_card ON value_card_entry(card_id, id);
CREATE INDEX value_card_entry_by_receipt ON value_card_entry(receipt_id)
    WHERE receipt_id IS NOT NULL;

CREATE TRIGGER value_card_never_negative BEFORE INSERT ON value_card_entry
WHEN (SELECT coalesce(sum(amount_minor), 0) FROM value_card_entry
      WHERE card_id = NEW.card_id) + NEW.amount_minor < 0
BEGIN SELECT RAISE(ABORT, 'a value card balance cannot go below 0'); END;
CREATE TRIGGER value_card_no_update BEFORE UPDATE ON value_card
BEGIN SELECT RAISE(ABORT, 'value cards are immutable'); END;
CREATE TRIGGER value_card_no_delete BEFORE DELETE ON value_card
BEGIN SELECT RAISE(ABORT, 'value cards are immutable'); END;
CREATE TRIGGER value_card_entry_no_update BEFORE UPDATE ON value_card_entry
BEGIN SELECT RAISE(ABORT, 'value card entries are immutable'); END;
CREATE TRIGGER value_card_entry_no_delete BEFORE DELETE ON value_card_entry
BEGIN SELECT RAISE(ABORT, 'value card entries are immutable'); END;

-- Who a receipt was for: a customer and/or a debtor, and on an invoice sale
-- the posted invoice it became.
CREATE TABLE receipt_party (
    receipt_id  INTEGER PRIMARY KEY REFERENCES receipt(id),
    customer_id INTEGER REFERENCES customer(id),
    debtor_id   INTEGER REFERENCES debtor(id),
    invoice_id  INTEGER REFERENCES invoice(id),
    CHECK (customer_id IS NOT NULL OR debtor_id IS NOT NULL)
);
CREATE INDEX receipt_party_by_debtor ON receipt_party(debtor_id) WHERE debtor_id IS NOT NULL;
CREATE TRIGGER receipt_party_no_update BEFORE UPDATE ON receipt_party
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
CREATE TRIGGER receipt_party_no_delete BEFORE DELETE ON receipt_party
BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;

-- A debtor's payment taken at the till: the payment posting on the debtor's
-- ledger and the tender it came in, counted in the shift's X and Z reports.
CREATE TABLE till_payment (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    shift_id     INTEGER NOT NULL REFERENCES till_shift(id),
    posting_id   INTEGER NOT NULL UNIQUE REFERENCES posting(id),
    tender       TEXT NOT NULL CHECK (tender IN ('cash', 'card')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reference    TEXT NOT NULL DEFAULT '',
    created_ms   INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES staff_user(id)
);
CREATE INDEX till_payment_by_shift ON till_payment(shift_id);
CREATE TRIGGER till_payment_no_update BEFORE UPDATE ON till_payment
BEGIN SELECT RAISE(ABORT, 'till payments are immutable'); END;
CREATE TRIGGER till_payment_no_delete BEFORE DELETE ON till_payment
BEGIN SELECT RAISE(ABORT, 'till payments are immutable'); END;

-- A sale put aside (the customer fetches something) and recalled later, on
-- the same till. The cart is JSON; a parked sale is never deleted, only
-- marked recalled.
CREATE TABLE parked_sale (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    till_id     INTEGER NOT NULL REFERENCES till(id),
    label       TEXT NOT NULL DEFAULT '',
    cart        TEXT NOT NULL,  -- JSON, checked when read back
    total_minor INTEGER NOT NULL,
    parked_ms   INTEGER NOT NULL,
    parked_by   INTEGER NOT NULL REFERENCES staff_user(id),
    recalled_ms INTEGER,
    recalled_by INTEGER REFERENCES staff_user(id)
);
CREATE INDEX parked_sale_waiting ON parked_sale(till_id, parked_ms) WHERE recalled_ms IS NULL;
CREATE TRIGGER parked_sale_no_delete BEFORE DELETE ON parked_sale
BEGIN SELECT RAISE(ABORT, 'parked sales are never deleted'); END;
CREATE TRIGGER parked_sale_recalled_once BEFORE UPDATE ON parked_sale
WHEN OLD.recalled_ms IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a parked sale is recalled once'); END;

-- Front desk returns purchases at the till (a manager may take the right
-- away again under Settings → Users and roles).
INSERT OR IGNORE INTO role_right(role_id, right_name)
SELECT id, 'till.refund' FROM role WHERE built_in = 'front_desk';
