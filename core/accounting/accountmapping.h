#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// What a voucher line's amount is, and so which account it goes to.
namespace MappingRole {
// qualifier "group|rate" (product group name, VAT percent); "|rate" is the
// account for every group at that rate without one of its own.
inline constexpr char Revenue[] = "revenue";
inline constexpr char Vat[] = "vat";          // qualifier: VAT percent ("25")
inline constexpr char Payment[] = "payment";  // qualifier: method (cash, card, mobilepay, …)
inline constexpr char Receivable[] = "receivable";
inline constexpr char ValueCards[] = "value_cards";  // the liability for value cards sold
inline constexpr char Rounding[] = "rounding";
inline constexpr char CardFees[] = "card_fees";
inline constexpr char Bank[] = "bank";
inline constexpr char WriteOff[] = "write_off";
inline constexpr char ReminderFees[] = "reminder_fees";
inline constexpr char Interest[] = "interest";
inline constexpr char Compensation[] = "compensation";
inline constexpr char CashTransfer[] = "cash_transfer";      // where cash in/out comes from/goes
inline constexpr char CashDifference[] = "cash_difference";  // Z-report counted − expected
}  // namespace MappingRole

struct MappingEntry {
    QString role;
    QString qualifier;
    QString account;
};

// role + qualifier → account. Nothing is guessed: a line whose role and
// qualifier have no account (and, for revenue, no account for its rate) is
// left unmapped and its voucher fails with the reason describe() gives.
class AccountMapping final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AccountMapping)
public:
    static std::vector<MappingEntry> list(Database& db);
    // settings.edit; the account must exist. An empty account removes the
    // mapping. Throws Error::invalid naming "role", "qualifier" or "account".
    static void set(const Session& session, const QString& role, const QString& qualifier,
                    const QString& account);
    // Every role and qualifier the business's data uses (payment methods
    // seen, product groups × VAT rates sold), mapped or not, for the page.
    static std::vector<MappingEntry> needed(Database& db);

    static QStringList roles();
    static QString roleLabel(const QString& role);
    // "revenue of “Cabins” at 25 %", "payment method “swish”"
    static QString describe(const QString& role, const QString& qualifier);

    // A mapping failure is stored as the role and qualifier of each line
    // without an account, not as text, so that every reader (a Danish GUI, a
    // Swedish one, the CLI) is told in their own language what is missing.
    static QString encodeMissing(const std::vector<MappingEntry>& missing);
    // "payment method “swish”; output VAT at 12 %" for a stored reason; a
    // reason stored as text (by an earlier Skranke) is given as it is.
    static QString describeMissing(const QString& stored);
};

// The mapping loaded once, for generating many vouchers.
class AccountResolver final {
public:
    explicit AccountResolver(Database& db);
    // The account, or nullopt when there is none (revenue falls back to "|rate").
    std::optional<QString> resolve(const QString& role, const QString& qualifier) const;

private:
    QHash<QString, QString> m_accounts;  // "role\x1fqualifier" → account
};

// The country's VAT code for a rate, on revenue and VAT lines: DK "U25",
// NO the SAF-T standard code ("3" for 25 %, "31", "33", "5" for 0 %),
// SE "MP1"/"MP2"/"MP3" (25/12/6 %), "MF" for 0 %.
class VatCodes final {
public:
    static QString forSale(const QString& country, const QString& ratePercent);
};

}  // namespace skranke
