#include "core/accounting/accountmapping.h"

#include "core/accounting/chartofaccounts.h"
#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>
#include <utility>

namespace skranke {

namespace {

QString key(const QString& role, const QString& qualifier) {
    return role + QChar(0x1f) + qualifier;
}

// Roles with one account each, no qualifier.
const QStringList& singleRoles() {
    static const QStringList roles{QString::fromLatin1(MappingRole::Receivable),
                                   QString::fromLatin1(MappingRole::ValueCards),
                                   QString::fromLatin1(MappingRole::Rounding),
                                   QString::fromLatin1(MappingRole::CardFees),
                                   QString::fromLatin1(MappingRole::Bank),
                                   QString::fromLatin1(MappingRole::WriteOff),
                                   QString::fromLatin1(MappingRole::ReminderFees),
                                   QString::fromLatin1(MappingRole::Interest),
                                   QString::fromLatin1(MappingRole::Compensation),
                                   QString::fromLatin1(MappingRole::CashTransfer),
                                   QString::fromLatin1(MappingRole::CashDifference)};
    return roles;
}

}  // namespace

std::vector<MappingEntry> AccountMapping::list(Database& db) {
    auto st =
        db.prepare("SELECT role, qualifier, account FROM account_mapping ORDER BY role, qualifier");
    std::vector<MappingEntry> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2)});
    return out;
}

void AccountMapping::set(const Session& session, const QString& role, const QString& qualifier,
                         const QString& account) {
    session.require(rights::SettingsEdit);
    if (!roles().contains(role))
        throw Error::invalid(QStringLiteral("role"),
                             tr("Unknown mapping role “%1”: use one of %2.")
                                 .arg(role, roles().join(QStringLiteral(", "))));
    const QString q = qualifier.trimmed();
    if (singleRoles().contains(role) && !q.isEmpty())
        throw Error::invalid(
            QStringLiteral("qualifier"),
            tr("“%1” has one account and takes no qualifier.").arg(roleLabel(role)));
    if (!singleRoles().contains(role) && q.isEmpty() && role != QLatin1String(MappingRole::Revenue))
        throw Error::invalid(QStringLiteral("qualifier"),
                             tr("Say which one: %1 needs a qualifier.").arg(roleLabel(role)));
    Database& db = session.db();
    Transaction tx(db);
    const QString acc = account.trimmed();
    if (acc.isEmpty()) {
        auto del = db.prepare("DELETE FROM account_mapping WHERE role = ?1 AND qualifier = ?2");
        del.bindAll(role, q);
        del.run();
    } else {
        const auto found = ChartOfAccounts::find(db, acc);
        if (!found)
            throw Error::invalid(QStringLiteral("account"),
                                 tr("There is no account %1 in the chart of accounts.").arg(acc));
        if (!found->active)
            throw Error::invalid(QStringLiteral("account"),
                                 tr("Account %1 is not active.").arg(acc));
        auto st = db.prepare(
            "INSERT INTO account_mapping(role, qualifier, account) VALUES (?1, ?2, ?3) "
            "ON CONFLICT(role, qualifier) DO UPDATE SET account = excluded.account");
        st.bindAll(role, q, acc);
        st.run();
    }
    session.journal(QStringLiteral("account_mapping"), key(role, q).toUtf8(), QStringLiteral("set"),
                    {{QStringLiteral("role"), role},
                     {QStringLiteral("qualifier"), q},
                     {QStringLiteral("account"), acc}});
    tx.commit();
}

std::vector<MappingEntry> AccountMapping::needed(Database& db) {
    std::set<std::pair<QString, QString>> seen;
    for (const MappingEntry& e : list(db))
        seen.insert({e.role, e.qualifier});
    for (const QString& role : singleRoles())
        seen.insert({role, QString()});
    // What vouchers already asked for, and the payment methods in use.
    auto used = db.prepare(
        "SELECT DISTINCT role, qualifier FROM voucher_line "
        "UNION SELECT 'payment', payment_type FROM posting p WHERE kind = 'payment' "
        "AND payment_type <> '' AND NOT EXISTS (SELECT 1 FROM till_payment t WHERE t.posting_id = "
        "p.id) "
        "UNION SELECT 'payment', payment_type FROM web_order WHERE payment_type <> 'invoice' "
        "UNION SELECT 'payment', kind FROM (SELECT DISTINCT kind FROM receipt_tender) "
        "WHERE kind IN ('cash', 'card')");
    while (used.step())
        seen.insert({used.text(0), used.text(1)});
    AccountResolver resolver(db);
    std::vector<MappingEntry> out;
    for (const auto& [role, qualifier] : seen)
        out.push_back({role, qualifier, resolver.resolve(role, qualifier).value_or(QString())});
    return out;
}

QStringList AccountMapping::roles() {
    QStringList r{QString::fromLatin1(MappingRole::Revenue), QString::fromLatin1(MappingRole::Vat),
                  QString::fromLatin1(MappingRole::Payment)};
    r << singleRoles();
    return r;
}

QString AccountMapping::roleLabel(const QString& role) {
    using namespace MappingRole;
    if (role == QLatin1String(Revenue))
        return tr("Revenue");
    if (role == QLatin1String(Vat))
        return tr("Output VAT");
    if (role == QLatin1String(Payment))
        return tr("Payment method");
    if (role == QLatin1String(Receivable))
        return tr("Debtors (receivable)");
    if (role == QLatin1String(ValueCards))
        return tr("Value cards sold (liability)");
    if (role == QLatin1String(Rounding))
        return tr("Cash rounding");
    if (role == QLatin1String(CardFees))
        return tr("Card fees");
    if (role == QLatin1String(Bank))
        return tr("Bank (payouts)");
    if (role == QLatin1String(WriteOff))
        return tr("Bad debts (write-offs)");
    if (role == QLatin1String(ReminderFees))
        return tr("Reminder fees");
    if (role == QLatin1String(Interest))
        return tr("Interest on debtors");
    if (role == QLatin1String(Compensation))
        return tr("Compensation fees");
    if (role == QLatin1String(CashTransfer))
        return tr("Cash in/out (counter account)");
    if (role == QLatin1String(CashDifference))
        return tr("Cash differences");
    return role;
}

QString AccountMapping::describe(const QString& role, const QString& qualifier) {
    if (role == QLatin1String(MappingRole::Revenue)) {
        const qsizetype bar = qualifier.indexOf(QLatin1Char('|'));
        const QString group = bar < 0 ? QString() : qualifier.left(bar);
        const QString rate = bar < 0 ? qualifier : qualifier.mid(bar + 1);
        if (group.isEmpty())
            return tr("revenue at %1 % VAT").arg(rate);
        return tr("revenue of “%1” at %2 % VAT").arg(group, rate);
    }
    if (role == QLatin1String(MappingRole::Vat))
        return tr("output VAT at %1 %").arg(qualifier);
    if (role == QLatin1String(MappingRole::Payment))
        return tr("payment method “%1”").arg(qualifier);
    return roleLabel(role);
}

QString AccountMapping::encodeMissing(const std::vector<MappingEntry>& missing) {
    if (missing.empty())
        return {};
    QJsonArray lines;
    for (const MappingEntry& m : missing)
        lines.append(QJsonArray{m.role, m.qualifier});
    return QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
}

QString AccountMapping::describeMissing(const QString& stored) {
    if (!stored.startsWith(QLatin1Char('[')))
        return stored;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isArray())
        return stored;
    QStringList said;
    for (const QJsonValue& line : doc.array()) {
        const QJsonArray pair = line.toArray();
        said << describe(pair.at(0).toString(), pair.at(1).toString());
    }
    return said.join(QStringLiteral("; "));
}

AccountResolver::AccountResolver(Database& db) {
    for (const MappingEntry& e : AccountMapping::list(db))
        m_accounts.insert(key(e.role, e.qualifier), e.account);
}

std::optional<QString> AccountResolver::resolve(const QString& role,
                                                const QString& qualifier) const {
    auto it = m_accounts.constFind(key(role, qualifier));
    if (it != m_accounts.constEnd())
        return *it;
    if (role == QLatin1String(MappingRole::Revenue)) {
        const qsizetype bar = qualifier.indexOf(QLatin1Char('|'));
        if (bar > 0) {
            it = m_accounts.constFind(key(role, qualifier.mid(bar)));
            if (it != m_accounts.constEnd())
                return *it;
        }
    }
    return std::nullopt;
}

QString VatCodes::forSale(const QString& country, const QString& rate) {
    const bool zero = rate.isEmpty() || rate == QLatin1String("0");
    if (country == QLatin1String("NO")) {
        if (zero)
            return QStringLiteral("5");
        if (rate == QLatin1String("15"))
            return QStringLiteral("31");
        if (rate == QLatin1String("12"))
            return QStringLiteral("33");
        return QStringLiteral("3");
    }
    if (country == QLatin1String("SE")) {
        if (zero)
            return QStringLiteral("MF");
        if (rate == QLatin1String("12"))
            return QStringLiteral("MP2");
        if (rate == QLatin1String("6"))
            return QStringLiteral("MP3");
        return QStringLiteral("MP1");
    }
    return zero ? QStringLiteral("UM") : QStringLiteral("U") + rate;
}

}  // namespace skranke
