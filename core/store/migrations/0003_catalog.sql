-- The catalog: what is sold and booked, and the resources bookings occupy.
-- Prices include VAT; vat_rate is the exact percentage as decimal text.

CREATE TABLE product_category (
    id         INTEGER PRIMARY KEY,
    uid        BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE product (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    number      TEXT NOT NULL UNIQUE CHECK (number <> ''),
    name        TEXT NOT NULL CHECK (name <> ''),
    kind        TEXT NOT NULL CHECK (kind IN ('goods', 'stock_goods', 'service', 'time_slot',
                                              'accommodation', 'rental', 'event', 'value_card',
                                              'entry')),
    category_id INTEGER REFERENCES product_category(id),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    vat_rate    TEXT NOT NULL,
    ean         TEXT UNIQUE CHECK (ean IS NULL OR length(ean) = 13),
    capacity    INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_ms  INTEGER NOT NULL
);
CREATE INDEX product_by_category ON product(category_id, name);
CREATE INDEX product_by_name ON product(name COLLATE NOCASE);

CREATE TABLE resource (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (length(uid) = 16),
    name        TEXT NOT NULL CHECK (name <> ''),
    category_id INTEGER NOT NULL REFERENCES product_category(id),
    product_id  INTEGER NOT NULL REFERENCES product(id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX resource_by_category ON resource(category_id, sort_order);
CREATE INDEX resource_by_product ON resource(product_id);

CREATE TRIGGER product_no_delete BEFORE DELETE ON product
BEGIN
    SELECT RAISE(ABORT, 'products are never deleted; deactivate them');
END;
