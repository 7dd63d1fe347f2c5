#pragma once

#include "core/till/till.h"

#include <QJsonObject>

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
    // Stamps the receipt for the till's open shift (uid, time, number),
    // inserts it and journals it with its SAF-T event code; `extra` adds to
    // the journal payload. Needs an open shift; call inside the transaction.
    static void record(const Session& session, const Till& till, Receipt& r, const QString& action,
                       int eventCode, const QJsonObject& extra = {});
};

}  // namespace skranke
