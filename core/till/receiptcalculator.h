#pragma once

#include "core/till/till.h"

#include <QCoreApplication>

namespace skranke {

// Receipt arithmetic, no database. Shelf prices include VAT, so a receipt's
// total is the sum of its line amounts (each quantity × price × (1 −
// discount), rounded once, half away from zero); the VAT of each rate is
// taken out of that rate's gross sum, rounded once: gross × r / (1 + r).
class ReceiptCalculator final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReceiptCalculator)
public:
    // Throws Error::invalid naming "line" for a zero quantity, a negative
    // price or a discount outside 0–100 %.
    static ReceiptLine line(int lineNo, const SaleLineInput& input);
    // Fills lines, vat and total; rounding and tenders are left alone.
    static void computeTotals(Receipt& receipt, const std::vector<SaleLineInput>& inputs,
                              const Currency& currency);
};

// How a receipt is paid: non-cash tenders pay what they say, cash pays the
// rest rounded to the country's coin step, and only cash gives change.
class TenderPlan final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TenderPlan)
public:
    // Fills receipt.tenders and receipt.rounding. Throws Error::invalid
    // naming "tender" when the tenders do not pay the total exactly (cash
    // may be more: the difference is change).
    static void apply(Receipt& receipt, const std::vector<TenderInput>& tenders,
                      std::int64_t cashStepMinor);
};

}  // namespace skranke
