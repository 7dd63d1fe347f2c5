-- Transfer to accounting: the chart of accounts and how business events map
-- onto it, vouchers (gapless, balanced, one per posted event) and their
-- transfer state, the card acquirer's payouts, and the built-in test
-- accounting program's memory.

CREATE TABLE account (
    number        TEXT PRIMARY KEY CHECK (number <> '' AND length(number) <= 10),
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    kind          TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'revenue',
                                                'expense')),
    standard_code TEXT NOT NULL DEFAULT '',  -- SAF-T grouping code (NO), BAS/standard no.
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;
CREATE TRIGGER account_no_delete BEFORE DELETE ON account
BEGIN SELECT RAISE(ABORT, 'accounts are never deleted; deactivate them'); END;

-- role: what the amount is (revenue, vat, payment, receivable, …);
-- qualifier: which one (a payment method, a VAT rate, "group|rate").
CREATE TABLE account_mapping (
    role      TEXT NOT NULL CHECK (role <> ''),
    qualifier TEXT NOT NULL DEFAULT '',
    account   TEXT NOT NULL REFERENCES account(number),
    PRIMARY KEY (role, qualifier)
) WITHOUT ROWID;

INSERT INTO number_series(name, next_number) VALUES ('voucher', 1);

CREATE TABLE voucher (
    id             INTEGER PRIMARY KEY,
    uid            BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    number         INTEGER NOT NULL UNIQUE CHECK (number > 0),
    voucher_date   TEXT NOT NULL,
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    source_kind    TEXT NOT NULL,
    source_id      INTEGER NOT NULL,
    source_ref     TEXT NOT NULL,              -- the document as people name it
    category       TEXT NOT NULL CHECK (category IN ('sale', 'payment', 'refund', 'payout',
                                                     'other')),
    method         TEXT NOT NULL DEFAULT '',   -- payment method, for the balance report
    text           TEXT NOT NULL,
    amount_minor   INTEGER NOT NULL,           -- the sum of the debits
    state          TEXT NOT NULL CHECK (state IN ('pending', 'queued', 'transferred', 'failed')),
    queued_ms      INTEGER,
    transferred_ms INTEGER,
    target         TEXT NOT NULL DEFAULT '',
    target_ref     TEXT NOT NULL DEFAULT '',   -- the receiving system's reference
    fail_kind      TEXT NOT NULL DEFAULT '' CHECK (fail_kind IN ('', 'unreachable', 'quota',
                                                                 'mapping', 'rejected')),
    fail_reason    TEXT NOT NULL DEFAULT '',
    failed_ms      INTEGER,
    attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_ms     INTEGER NOT NULL,
    UNIQUE (source_kind, source_id),
    CHECK ((state = 'failed') = (fail_kind <> '')),
    CHECK (state <> 'queued' OR queued_ms IS NOT NULL),
    CHECK ((state = 'transferred') = (transferred_ms IS NOT NULL))
);
CREATE INDEX voucher_by_state ON voucher(state, number);
CREATE INDEX voucher_by_date ON voucher(voucher_date, number);
CREATE INDEX voucher_by_category ON voucher(category, voucher_date, number);

-- Debits are positive, credits negative; a voucher's lines add up to 0.
-- account is NULL while the mapping has no account for the line.
CREATE TABLE voucher_line (
    voucher_id   INTEGER NOT NULL REFERENCES voucher(id),
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    role         TEXT NOT NULL,
    qualifier    TEXT NOT NULL DEFAULT '',
    account      TEXT REFERENCES account(number),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    vat_rate     TEXT NOT NULL DEFAULT '',
    vat_code     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (voucher_id, line_no)
) WITHOUT ROWID;
CREATE INDEX voucher_line_by_account ON voucher_line(account);

CREATE TRIGGER voucher_no_delete BEFORE DELETE ON voucher
BEGIN SELECT RAISE(ABORT, 'vouchers are never deleted'); END;
CREATE TRIGGER voucher_line_no_delete BEFORE DELETE ON voucher_line
BEGIN SELECT RAISE(ABORT, 'voucher lines are never deleted'); END;
-- What a voucher says never changes; only its transfer state moves, and a
-- transferred voucher is final.
CREATE TRIGGER voucher_content_fixed BEFORE UPDATE ON voucher
WHEN NEW.uid IS NOT OLD.uid OR NEW.number IS NOT OLD.number
  OR NEW.voucher_date IS NOT OLD.voucher_date OR NEW.currency IS NOT OLD.currency
  OR NEW.source_kind IS NOT OLD.source_kind OR NEW.source_id IS NOT OLD.source_id
  OR NEW.amount_minor IS NOT OLD.amount_minor OR NEW.created_ms IS NOT OLD.created_ms
  OR OLD.state = 'transferred' OR NEW.attempts < OLD.attempts
BEGIN SELECT RAISE(ABORT, 'a voucher''s content is fixed and a transferred voucher is final'); END;
CREATE TRIGGER voucher_balanced BEFORE UPDATE OF state ON voucher
WHEN NEW.state IN ('queued', 'transferred')
 AND ((SELECT sum(amount_minor) FROM voucher_line WHERE voucher_id = NEW.id) <> 0
      OR EXISTS (SELECT 1 FROM voucher_line WHERE voucher_id = NEW.id AND account IS NULL))
BEGIN SELECT RAISE(ABORT, 'only a balanced voucher with every account mapped is transferred'); END;
CREATE TRIGGER voucher_line_fixed BEFORE UPDATE ON voucher_line
WHEN NEW.amount_minor IS NOT OLD.amount_minor OR NEW.role IS NOT OLD.role
  OR NEW.qualifier IS NOT OLD.qualifier OR NEW.voucher_id IS NOT OLD.voucher_id
  OR NEW.line_no IS NOT OLD.line_no
  OR (SELECT state FROM voucher WHERE id = OLD.voucher_id) IN ('queued', 'transferred')
BEGIN SELECT RAISE(ABORT, 'only the account of a voucher line not yet sent can change'); END;

-- One transfer worker at a time, across processes: whoever holds the lease.
CREATE TABLE accounting_worker (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    owner    TEXT NOT NULL DEFAULT '',
    until_ms INTEGER NOT NULL DEFAULT 0
);
INSERT INTO accounting_worker(id) VALUES (1);

-- The card acquirer's settlement reports: each payout and its lines (the
-- transactions it settles, with their fees, and other fees).
CREATE TABLE payout (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    acquirer     TEXT NOT NULL CHECK (trim(acquirer) <> ''),
    reference    TEXT NOT NULL CHECK (trim(reference) <> ''),
    payout_date  TEXT NOT NULL,
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    gross_minor  INTEGER NOT NULL,   -- Σ transaction amounts
    fee_minor    INTEGER NOT NULL,   -- Σ transaction fees and other fees
    net_minor    INTEGER NOT NULL,   -- paid into the bank: gross − fees
    file_name    TEXT NOT NULL DEFAULT '',
    imported_ms  INTEGER NOT NULL,
    imported_by  INTEGER NOT NULL REFERENCES staff_user(id),
    UNIQUE (acquirer, reference),
    CHECK (net_minor = gross_minor - fee_minor)
);
CREATE INDEX payout_by_date ON payout(payout_date, id);

CREATE TABLE payout_line (
    payout_id    INTEGER NOT NULL REFERENCES payout(id),
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    kind         TEXT NOT NULL CHECK (kind IN ('transaction', 'fee')),
    reference    TEXT NOT NULL DEFAULT '',
    tx_date      TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL DEFAULT 0,
    fee_minor    INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    -- what it settles: an online order, a till receipt or a till payment
    match_kind   TEXT NOT NULL DEFAULT '' CHECK (match_kind IN ('', 'order', 'receipt',
                                                                'till_payment')),
    match_id     INTEGER,
    PRIMARY KEY (payout_id, line_no),
    CHECK ((match_kind = '') = (match_id IS NULL))
) WITHOUT ROWID;
CREATE INDEX payout_line_by_reference ON payout_line(reference);
CREATE INDEX payout_line_unmatched ON payout_line(payout_id) WHERE kind = 'transaction'
    AND match_kind = '';

CREATE TRIGGER payout_no_change BEFORE UPDATE ON payout
BEGIN SELECT RAISE(ABORT, 'payouts are as the acquirer reported them'); END;
CREATE TRIGGER payout_no_delete BEFORE DELETE ON payout
BEGIN SELECT RAISE(ABORT, 'payouts are never deleted'); END;
CREATE TRIGGER payout_line_no_delete BEFORE DELETE ON payout_line
BEGIN SELECT RAISE(ABORT, 'payout lines are never deleted'); END;
-- A line may only be matched later, once; what the acquirer reported stays.
CREATE TRIGGER payout_line_match_once BEFORE UPDATE ON payout_line
WHEN OLD.match_kind <> '' OR NEW.kind IS NOT OLD.kind OR NEW.reference IS NOT OLD.reference
  OR NEW.amount_minor IS NOT OLD.amount_minor OR NEW.fee_minor IS NOT OLD.fee_minor
  OR NEW.tx_date IS NOT OLD.tx_date
BEGIN SELECT RAISE(ABORT, 'a payout line is matched once and otherwise as reported'); END;

-- The online order whose invoice registered what its card capture paid: that
-- payment moves the capture's sale into the invoice (see VoucherBuilder).
CREATE TABLE web_order_invoice_payment (
    order_id   INTEGER PRIMARY KEY REFERENCES web_order(id),
    posting_id INTEGER NOT NULL UNIQUE REFERENCES posting(id)
);

-- Finding the invoice a till receipt became (its sale is vouchered with the
-- receipt, not again with the invoice).
CREATE INDEX receipt_party_by_invoice ON receipt_party(invoice_id) WHERE invoice_id IS NOT NULL;

-- Matching a payout's transactions to the payments they settle.
CREATE INDEX web_order_by_transaction ON web_order(transaction_id) WHERE transaction_id <> '';
CREATE INDEX web_order_by_capture_ref ON web_order(capture_ref) WHERE capture_ref <> '';
CREATE INDEX payment_operation_by_gateway_ref ON payment_operation(gateway_ref)
    WHERE gateway_ref <> '';
CREATE INDEX receipt_tender_by_card_reference ON receipt_tender(reference)
    WHERE kind = 'card' AND reference <> '';
CREATE INDEX till_payment_by_card_reference ON till_payment(reference)
    WHERE tender = 'card' AND reference <> '';

-- The built-in test accounting program: what it has received, by key.
CREATE TABLE test_accounting_entry (
    idempotency_key TEXT PRIMARY KEY,
    entry_no        INTEGER NOT NULL UNIQUE,
    voucher_number  INTEGER NOT NULL,
    amount_minor    INTEGER NOT NULL,
    received_ms     INTEGER NOT NULL
) WITHOUT ROWID;

INSERT OR IGNORE INTO role_right(role_id, right_name)
SELECT id, 'accounting.manage' FROM role WHERE built_in = 'manager';
