#pragma once

#include <QCoreApplication>
#include <QString>

namespace skranke {

class Database;
class Session;

// The invoicing switch and the payment-reference settings. With invoicing
// off, the debtor and invoice areas are hidden.
class InvoicingSettings final {
    Q_DECLARE_TR_FUNCTIONS(skranke::InvoicingSettings)
public:
    static bool enabled(Database& db);
    static void setEnabled(const Session& session, bool on);
    // The 8-digit FIK creditor number (Denmark) printed in "+71<…>+creditor<".
    static QString fikCreditor(Database& db);
    static void setFikCreditor(const Session& session, const QString& number);
};

}  // namespace skranke
