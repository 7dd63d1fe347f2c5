#pragma once

#include "core/till/till.h"

namespace skranke {

class Database;
class Session;

// Writing a receipt, shared by sales and returns so both number and store
// receipts the same way. Callers validate first and hold the transaction.
class ReceiptStore final {
public:
    // The till's next receipt number, taken: one gapless series per till for
    // sales and returns alike.
    static std::int64_t takeNumber(Database& db, std::int64_t tillId);
    // Inserts the receipt with its lines, VAT and tenders and sets r.id.
    // originalReceiptId and returnsLineNo are stored as NULL when 0.
    static void insert(const Session& session, Receipt& r);
};

}  // namespace skranke
