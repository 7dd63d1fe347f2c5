#include "core/accounting/chartofaccounts.h"

#include "core/accounting/defaultcharts.h"
#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <array>
#include <utility>

namespace skranke {

namespace {

constexpr std::array kindKeys{
    std::pair{AccountKind::Asset, "asset"}, std::pair{AccountKind::Liability, "liability"},
    std::pair{AccountKind::Equity, "equity"}, std::pair{AccountKind::Revenue, "revenue"},
    std::pair{AccountKind::Expense, "expense"}};

Account read(const Statement& st) {
    Account a;
    a.number = st.text(0);
    a.name = st.text(1);
    a.kind = ChartOfAccounts::kindFromKey(st.text(2)).value_or(AccountKind::Asset);
    a.standardCode = st.text(3);
    a.active = st.int64(4) != 0;
    return a;
}

constexpr char kSelect[] = "SELECT number, name, kind, standard_code, active FROM account ";

}  // namespace

std::vector<Account> ChartOfAccounts::defaults(const QString& country) {
    std::vector<Account> out;
    for (const DefaultAccount& d : DefaultCharts::accounts(country))
        out.push_back({QString::fromUtf8(d.number), QString::fromUtf8(d.name),
                       kindFromKey(QString::fromLatin1(d.kind)).value_or(AccountKind::Asset),
                       QString::fromUtf8(d.standardCode), true});
    return out;
}

void ChartOfAccounts::installDefaults(Database& db, const QString& country) {
    Transaction tx(db);
    auto account = db.prepare(
        "INSERT OR IGNORE INTO account(number, name, kind, standard_code) VALUES (?1, ?2, ?3, ?4)");
    for (const Account& a : defaults(country)) {
        account.bindAll(a.number, a.name, kindKey(a.kind), a.standardCode);
        account.run();
    }
    auto map = db.prepare(
        "INSERT OR IGNORE INTO account_mapping(role, qualifier, account) VALUES (?1, ?2, ?3)");
    for (const DefaultMapping& m : DefaultCharts::mapping(country)) {
        map.bindAll(m.role, m.qualifier, m.account);
        map.run();
    }
    tx.commit();
}

bool ChartOfAccounts::installed(Database& db) {
    auto st = db.prepare("SELECT EXISTS (SELECT 1 FROM account)");
    return st.step() && st.int64(0) != 0;
}

std::vector<Account> ChartOfAccounts::list(Database& db, bool activeOnly) {
    auto st = db.prepare(std::string(kSelect) +
                         "WHERE ?1 = 0 OR active = 1 ORDER BY number COLLATE NOCASE");
    st.bind(1, activeOnly);
    std::vector<Account> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<Account> ChartOfAccounts::find(Database& db, const QString& number) {
    auto st = db.prepare(std::string(kSelect) + "WHERE number = ?1");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

void ChartOfAccounts::save(const Session& session, const Account& input) {
    session.require(rights::SettingsEdit);
    Account a = input;
    a.number = a.number.trimmed();
    a.name = a.name.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z.-]{1,10}$"));
    if (!pattern.match(a.number).hasMatch())
        throw Error::invalid(
            QStringLiteral("number"),
            tr("An account number is 1 to 10 digits or letters, not “%1”.").arg(input.number));
    if (a.name.isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("Give the account a name."));
    Database& db = session.db();
    Transaction tx(db);
    auto st = db.prepare(
        "INSERT INTO account(number, name, kind, standard_code, active) VALUES (?1, ?2, ?3, ?4, "
        "?5) "
        "ON CONFLICT(number) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "standard_code = excluded.standard_code, active = excluded.active");
    st.bindAll(a.number, a.name, kindKey(a.kind), a.standardCode.trimmed(), a.active);
    st.run();
    session.journal(QStringLiteral("account"), a.number.toUtf8(), QStringLiteral("save"),
                    {{QStringLiteral("name"), a.name},
                     {QStringLiteral("kind"), kindKey(a.kind)},
                     {QStringLiteral("active"), a.active}});
    tx.commit();
}

QString ChartOfAccounts::kindKey(AccountKind kind) {
    for (const auto& [k, key] : kindKeys)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

std::optional<AccountKind> ChartOfAccounts::kindFromKey(const QString& key) {
    for (const auto& [k, name] : kindKeys)
        if (key == QLatin1String(name))
            return k;
    return std::nullopt;
}

QString ChartOfAccounts::kindLabel(AccountKind kind) {
    switch (kind) {
        case AccountKind::Asset:
            return tr("Asset");
        case AccountKind::Liability:
            return tr("Liability");
        case AccountKind::Equity:
            return tr("Equity");
        case AccountKind::Revenue:
            return tr("Revenue");
        case AccountKind::Expense:
            return tr("Expense");
    }
    return {};
}

}  // namespace skranke
