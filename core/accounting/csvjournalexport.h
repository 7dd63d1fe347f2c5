#pragma once

#include "core/accounting/exportformat.h"

#include <QCoreApplication>

namespace skranke {

// A journal for Danish accounting programs (e-conomic, Dinero, Billy import
// one): a row per voucher line, "Dato;Bilag;Konto;Tekst;Beløb;Momskode", the
// date as dd-MM-yyyy, the amount with a decimal comma (debit positive,
// credit negative). UTF-8 with a BOM, ';', CRLF (CsvWriter).
class CsvJournalExport final : public ExportFormat {
    Q_DECLARE_TR_FUNCTIONS(skranke::CsvJournalExport)
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    // Throws Error(Conflict) naming the voucher when a line has no account.
    void writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                 const Clock& clock) override;
};

}  // namespace skranke
