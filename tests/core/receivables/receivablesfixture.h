#pragma once

#include "core/invoicing/invoiceservice.h"
#include "core/parties/debtorservice.h"
#include "tests/support/testbusiness.h"

namespace skranke::test {

Money dkk(std::int64_t minor);
InvoiceLineInput line(const char* text, std::int64_t quantityMilli, std::int64_t unitMinor,
                      const char* vatPercent = "25", const char* discountPercent = "0");
// A debtor "Hansen Tømrer ApS" with net 14 days.
Debtor addDebtor(const Session& session, const QString& name = QStringLiteral("Hansen Tømrer ApS"));
InvoiceDraft draftFor(const Debtor& debtor, std::vector<InvoiceLineInput> lines,
                      const QDate& date = QDate(2026, 3, 2));
std::int64_t countRows(Database& db, const char* table);

}  // namespace skranke::test
