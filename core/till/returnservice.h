#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;
class Session;

// How much of one line of the original receipt to return (or, from
// returnable(), how much is still returnable), in thousandths.
struct ReturnLine {
    int lineNo = 0;
    std::int64_t quantityMilli = 0;
};

// Returning goods at the till against their sales receipt: a receipt of kind
// "return" whose lines copy the original lines (price, discount, VAT rate,
// product) with negative quantities, so its amounts, VAT and total are
// negative, and whose tenders pay the customer back. All in one transaction.
//
// In this version the return is rung up on the same till as the original
// sale (the original is found by that till's ref and receipt number) and
// needs an open shift there.
class ReturnService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReturnService)
public:
    // Per line of the original receipt, what is still returnable: sold minus
    // what earlier returns took back (0 once all of it is returned). Throws
    // Error(NotFound) naming "receipt" for an unknown receipt and
    // Error::invalid("receipt") for a return receipt.
    static std::vector<ReturnLine> returnable(Database& db, const QString& tillRef,
                                              std::int64_t originalNumber);

    // Needs till.refund and an open shift on the till. Returns `lines` (each a
    // positive quantity of an original line; empty: everything still
    // returnable) and pays out through `refund`, entered positive: cash is
    // rounded to the country's coin step and must be exactly that (no
    // change), card is exact. Takes the till's next receipt number (the same
    // gapless series as sales) and journals the return (SAF-T 13013).
    // Throws Error::invalid naming "line", "tender" or "receipt", or
    // Error(NotFound) naming "receipt", and then writes nothing.
    static Receipt returnLines(const Session& session, const QString& tillRef,
                               std::int64_t originalNumber, const std::vector<ReturnLine>& lines,
                               const std::vector<TenderInput>& refund);
};

}  // namespace skranke
