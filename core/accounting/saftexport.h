#pragma once

#include "core/accounting/exportformat.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <vector>

class QXmlStreamWriter;

namespace skranke {

class Currency;

// The Norwegian SAF-T Financial file (schema v1.30) of the vouchers dated in
// a period: the header with the company, the general ledger accounts with
// their opening and closing balances, the VAT codes used, and one
// transaction per voucher in a single general ledger journal. Amounts are
// in the company's currency; the file is streamed, voucher by voucher.
class SaftExport final : public ExportFormat {
    Q_DECLARE_TR_FUNCTIONS(skranke::SaftExport)
public:
    QString name() const override { return QStringLiteral("saft"); }
    QString fileSuffix() const override { return QStringLiteral("xml"); }
    // Throws Error(Conflict) naming the voucher when a line has no account,
    // a voucher has no lines or is in another currency than the company.
    void writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                 const Clock& clock) override;
};

// The parts of the file that describe rather than book (saftmasterfiles.cpp).
namespace saft {

// One account's balance: opening = Σ lines before the period, movement = Σ
// lines in it (debits positive).
struct AccountBalance {
    QString account;
    std::int64_t openingMinor = 0;
    std::int64_t movementMinor = 0;
    std::int64_t debitMinor = 0;   // the movement's debits
    std::int64_t creditMinor = 0;  // and credits (positive)
};

struct TaxCodeUse {
    QString code;
    QString ratePercent;
};

// Text as the schema takes it: without control characters, at most max
// UTF-16 units (the schema counts characters, so this never exceeds it).
QString text(const QString& value, int max);
// "25", "12.5"; empty when the text is no percentage.
QString percentText(const QString& ratePercent);
// The SAF-T standard tax code for a VAT code on a sale: the code itself when
// it is one, else by rate (25 → 3, 15 → 31, 12 → 33, 11.11 → 32, 0 → 5), else "NA".
QString standardTaxCode(const QString& vatCode, const QString& ratePercent);

// Every account with a line dated up to period.to, in account order.
std::vector<AccountBalance> balances(Database& db, const ExportPeriod& period);
// The VAT codes on the period's lines, in code order.
std::vector<TaxCodeUse> taxCodes(Database& db, const ExportPeriod& period);
void writeMasterFiles(QXmlStreamWriter& w, Database& db, const QString& country,
                      const Currency& currency, const std::vector<AccountBalance>& balances,
                      const std::vector<TaxCodeUse>& taxCodes);

}  // namespace saft

}  // namespace skranke
