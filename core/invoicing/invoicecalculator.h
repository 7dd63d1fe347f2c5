#pragma once

#include "core/invoicing/invoice.h"

namespace skranke {

// Invoice arithmetic with no database. Prices are entered including VAT;
// each line's amount and net amount are rounded once, and VAT is computed
// per rate on the sum of the line net amounts (EN 16931 BR-CO-17), so the
// same numbers can later go out as PEPPOL BIS Billing 3.0. The total is
// Σ net + Σ VAT, which may differ by an øre from the sum of the line amounts
// including VAT on many-line invoices; that is the standard's rule.
class InvoiceCalculator final {
public:
    static InvoiceLine line(const InvoiceLineInput& input);
    // Fills lines (amounts), vat, net, vatTotal and total from the inputs.
    static void computeTotals(Invoice& invoice, const std::vector<InvoiceLineInput>& inputs);
};

}  // namespace skranke
