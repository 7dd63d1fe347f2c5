-- Returns are found by the receipt they return (what is still returnable).
CREATE INDEX receipt_by_original ON receipt(original_receipt_id)
    WHERE original_receipt_id IS NOT NULL;
