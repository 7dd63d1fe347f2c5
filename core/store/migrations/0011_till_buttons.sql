-- Which product categories the till shows as tabs of product buttons, in
-- their sort_order. A hidden category's products are still sold by scanning.
ALTER TABLE product_category ADD COLUMN on_till INTEGER NOT NULL DEFAULT 1
    CHECK (on_till IN (0, 1));
