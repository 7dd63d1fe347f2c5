#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

enum class AccountKind { Asset, Liability, Equity, Revenue, Expense };

struct Account {
    QString number;
    QString name;
    AccountKind kind = AccountKind::Asset;
    // NO: the SAF-T grouping code (NS 4102 "RF-1167" standard account);
    // SE: the BAS account; DK: the standard chart's number.
    QString standardCode;
    bool active = true;
};

// The company's chart of accounts. A new file gets the default chart of its
// country (DK: Erhvervsstyrelsens standardkontoplan, NO: NS 4102, SE: BAS)
// and the default mapping onto it the first time accounting is used.
class ChartOfAccounts final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ChartOfAccounts)
public:
    static std::vector<Account> defaults(const QString& country);
    // Adds the country's default accounts and mapping where none exist yet;
    // an account or a mapping the business changed is left as it is.
    static void installDefaults(Database& db, const QString& country);
    static bool installed(Database& db);

    static std::vector<Account> list(Database& db, bool activeOnly = false);
    static std::optional<Account> find(Database& db, const QString& number);
    // Adds or changes an account (settings.edit). Throws Error::invalid
    // naming "number", "name" or "kind".
    static void save(const Session& session, const Account& account);

    static QString kindKey(AccountKind kind);
    static std::optional<AccountKind> kindFromKey(const QString& key);
    static QString kindLabel(AccountKind kind);
};

}  // namespace skranke
