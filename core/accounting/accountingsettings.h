#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace skranke {

class Database;
class Session;

// How vouchers reach the accounting program.
struct AccountingSettings {
    // "" (none: vouchers are only exported), "test" (the built-in test
    // accounting program) or "rest" (an accounting program's voucher API).
    QString target;
    // Vouchers dated on or after autoFrom are queued as they are made;
    // earlier ones wait until marked for transfer by hand.
    bool autoTransfer = false;
    QDate autoFrom;
    QString restUrl;  // e.g. https://api.example.com/v1 — vouchers are POSTed to URL/vouchers
    QString restKey;  // bearer token
    int restTimeoutS = 20;

    bool autoQueues(const QDate& voucherDate) const {
        return autoTransfer && autoFrom.isValid() && voucherDate >= autoFrom;
    }
};

class AccountingSettingsStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AccountingSettingsStore)
public:
    static AccountingSettings load(Database& db);
    // settings.edit; journaled. Throws Error::invalid naming "target",
    // "auto_from", "rest_url" or "rest_timeout".
    static void save(const Session& session, const AccountingSettings& settings);
};

}  // namespace skranke
