-- Vouchers cost less to write. A year of a big business is hundreds of
-- thousands of vouchers and millions of lines, all written by the first run;
-- every index and check on them is paid once per row.

-- The states that wait for someone, queued (the transfer queue, lowest
-- number first) and failed (the Failed page, Restart all), get an index
-- each that holds only those vouchers; pending and transferred, nearly all
-- of them, are found by date like any other filter. Queries name the state
-- as a literal so that SQLite can use these partial indexes.
DROP INDEX voucher_by_state;
CREATE INDEX voucher_queued ON voucher(number) WHERE state = 'queued';
CREATE INDEX voucher_failed ON voucher(number) WHERE state = 'failed';

-- The category pages find a period by date and keep their category.
DROP INDEX voucher_by_category;

-- Voucher lines again, without foreign keys (a lookup per line cost more
-- than writing the line) and without the index by account, which only the
-- lines still without an account need. What the keys guarded holds anyway:
-- lines are only written with their voucher, in its transaction, and
-- vouchers are never deleted; a line's account comes from the mapping,
-- whose foreign key stays, and accounts are never deleted nor (now)
-- renumbered.
DROP TRIGGER voucher_balanced;
DROP TRIGGER voucher_line_fixed;
DROP TRIGGER voucher_line_no_delete;
DROP INDEX voucher_line_by_account;

CREATE TABLE voucher_line_new (
    voucher_id   INTEGER NOT NULL,
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    role         TEXT NOT NULL,
    qualifier    TEXT NOT NULL DEFAULT '',
    account      TEXT,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    vat_rate     TEXT NOT NULL DEFAULT '',
    vat_code     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (voucher_id, line_no)
) WITHOUT ROWID;
INSERT INTO voucher_line_new(voucher_id, line_no, role, qualifier, account, amount_minor,
                             vat_rate, vat_code, text)
SELECT voucher_id, line_no, role, qualifier, account, amount_minor, vat_rate, vat_code, text
FROM voucher_line ORDER BY voucher_id, line_no;
DROP TABLE voucher_line;
ALTER TABLE voucher_line_new RENAME TO voucher_line;

-- The lines a mapping still lacks (the Failed page, exports, settings).
CREATE INDEX voucher_line_unmapped ON voucher_line(voucher_id) WHERE account IS NULL;

CREATE TRIGGER voucher_line_no_delete BEFORE DELETE ON voucher_line
BEGIN SELECT RAISE(ABORT, 'voucher lines are never deleted'); END;
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
CREATE TRIGGER account_number_fixed BEFORE UPDATE OF number ON account
WHEN NEW.number IS NOT OLD.number
BEGIN SELECT RAISE(ABORT, 'an account''s number never changes; make a new account'); END;
