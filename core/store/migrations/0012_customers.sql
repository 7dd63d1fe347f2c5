-- Customers as the bookings need them: a flag for the customer who has no
-- email (so it is not required), and a remark printed on their invoices.
ALTER TABLE customer ADD COLUMN no_email INTEGER NOT NULL DEFAULT 0 CHECK (no_email IN (0, 1));
ALTER TABLE customer ADD COLUMN invoice_remark TEXT NOT NULL DEFAULT '';
CREATE INDEX customer_by_email ON customer(email COLLATE NOCASE) WHERE email <> '';
