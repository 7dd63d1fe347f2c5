#pragma once

#include "core/accounting/exportformat.h"

#include <QCoreApplication>

namespace skranke {

// SIE typ 4 (SIE 4B), the Swedish standard for moving a general ledger into
// an accounting program: the company, the chart of the accounts used with
// their types, opening and closing balances of the balance accounts and the
// result of the result accounts for the period (as year 0), and every voucher
// with its transactions. PC8 (IBM code page 437), CRLF, debits positive.
class Sie4Export final : public ExportFormat {
    Q_DECLARE_TR_FUNCTIONS(skranke::Sie4Export)
public:
    QString name() const override { return QStringLiteral("sie4"); }
    QString fileSuffix() const override { return QStringLiteral("se"); }
    // Throws Error(Conflict) naming the voucher when a line has no account.
    void writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                 const Clock& clock) override;

    // IBM code page 437, as SIE's "PC8" means it. A character 437 lacks
    // becomes '?'; control characters become spaces.
    static QByteArray encodePc8(const QString& text);
    static QString decodePc8(const QByteArray& bytes);
    // A SIE string field: always quoted, an embedded quote as \".
    static QString quoted(const QString& text);
};

}  // namespace skranke
