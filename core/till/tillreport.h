#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// An X report (running totals of the open shift) or a Z report (the same,
// closing the shift with the counted cash). Figures come from the shift's
// receipts and cash movements, so they always add up to them.
struct TillReport {
    Till till;
    Shift shift;
    std::int64_t zNumber = 0;  // 0 on an X report
    std::int64_t madeMs = 0;
    Money cashFloat;
    int sales = 0;
    Money salesTotal;
    int returns = 0;
    Money returnsTotal;
    std::map<TenderKind, Money> tenders;  // net per tender, receipts only
    Money valueCardsSold;                 // in salesTotal, but a liability, not turnover
    int debtorPayments = 0;
    std::map<TenderKind, Money> debtorPaymentTenders;
    std::vector<ReceiptVat> vat;  // net per rate
    Money rounding;               // cash rounding on the shift
    Money cashIn;
    Money cashOut;                     // negative
    Money expectedCash;                // float + cash tenders + cash debtor payments + cash in/out
    std::optional<Money> countedCash;  // Z only
    std::optional<Money> difference;   // counted − expected
};

class TillReports final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillReports)
public:
    // Needs till.sell and an open shift; journaled (SAF-T 13008).
    static TillReport x(const Session& session, const QString& tillRef);
    // Needs till.sell; closes the open shift with the next Z number of the
    // till, records counted and expected cash; journaled (SAF-T 13009).
    static TillReport z(const Session& session, const QString& tillRef, const Money& countedCash);
    // A closed shift's Z report again, e.g. to print it. Throws NotFound.
    static TillReport zAgain(Database& db, const QString& tillRef, std::int64_t zNumber);

private:
    static TillReport compute(Database& db, const Till& till, const Shift& shift);
};

}  // namespace skranke
