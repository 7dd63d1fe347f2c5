#pragma once

#include "core/accounting/payout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace skranke {

class Session;

// Brings the card acquirer's settlement reports (format: PayoutCsv) in and
// matches each transaction to the payment it settles: an online order (its
// gateway transaction id, a done capture's or refund's gateway reference, or
// its capture reference), a till receipt's card tender (the terminal
// reference), or a debtor's card payment at the till. A file is all or
// nothing; a payout already imported for the acquirer is skipped, so the
// same file may be imported again safely. Unmatched transactions are kept
// and listed, and matched later by rematch().
class PayoutImport final {
    Q_DECLARE_TR_FUNCTIONS(skranke::PayoutImport)
public:
    static PayoutImportReport importCsv(const Session& session, const QByteArray& csv,
                                        const QString& fileName,
                                        const QString& acquirer = QStringLiteral("nets"));
    static PayoutImportReport importFile(const Session& session, const QString& path,
                                         const QString& acquirer = QStringLiteral("nets"));
    // Matches the transactions still unmatched; returns how many it matched.
    static int rematch(const Session& session);
};

}  // namespace skranke
