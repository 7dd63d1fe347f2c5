#pragma once

#include "core/invoicing/invoice.h"

#include <QHash>
#include <optional>

namespace skranke {

class Database;
class Session;

// SQL for invoices, lines, VAT breakdown and number series. Used by
// InvoiceService inside its transactions.
class InvoiceStore final {
public:
    static Invoice insert(const Session& session, Invoice invoice);  // as a draft
    static std::optional<Invoice> load(Database& db, std::int64_t id);
    static std::int64_t takeNumber(Database& db, const QString& series);
    static void markPosted(const Session& session, const Invoice& invoice);
    static void setSeriesStart(Database& db, const QString& series, std::int64_t next);
    // Per original line id: the quantity (thousandths) already credited.
    static QHash<std::int64_t, std::int64_t> creditedQuantities(Database& db,
                                                                std::int64_t invoiceId);
};

}  // namespace skranke
