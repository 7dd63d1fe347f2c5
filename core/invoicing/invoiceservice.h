#pragma once

#include "core/invoicing/invoice.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

struct InvoiceDraft {
    std::int64_t debtorId = 0;
    QDate date;
    QDate dueDate;  // invalid: from the debtor's payment terms
    std::vector<InvoiceLineInput> lines;
    QString tillRef;
    QString message;
    bool feesAllowed = true;
};

// What to credit: whole invoice (no lines, no amount), chosen lines with
// quantities, or an amount spread over the invoice's VAT rates.
struct CreditRequest {
    struct Line {
        int lineNo = 0;
        std::int64_t quantityMilli = 0;  // 0: all that is not credited yet
    };
    std::vector<Line> lines;
    std::optional<Money> amount;
    QDate date;
    QString message;
};

// Invoices and credit notes: draft, post (numbered, gapless), credit.
class InvoiceService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::InvoiceService)
public:
    static Invoice createDraft(const Session& session, const InvoiceDraft& draft);
    // Numbers the draft from its series and puts it on the debtor's ledger.
    static Invoice post(const Session& session, std::int64_t invoiceId);
    static Invoice createAndPost(const Session& session, const InvoiceDraft& draft);
    static Invoice creditNote(const Session& session, std::int64_t invoiceNumber,
                              const CreditRequest& request);
    // Continue a previous system's numbering: once, before the first number is used.
    static void setSeriesStart(const Session& session, const QString& series, std::int64_t next);

    static std::optional<Invoice> find(Database& db, std::int64_t id);
    static std::optional<Invoice> byNumber(Database& db, Invoice::Kind kind, std::int64_t number);
    static Invoice requireInvoice(Database& db, std::int64_t number);
    // The invoice total less the credit notes posted against it.
    static Money uncredited(Database& db, const Invoice& invoice);

private:
    static void validate(Database& db, const InvoiceDraft& draft);
    static Invoice insertDraft(const Session& session, const InvoiceDraft& draft,
                               Invoice::Kind kind, std::int64_t creditedInvoiceId);
};

}  // namespace skranke
