#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// A value card (gift card): a number and a balance. Selling one is not
// turnover but a liability — the business owes the holder its balance —
// so its entries are a ledger of what was put on and taken off.
struct ValueCard {
    std::int64_t id = 0;
    QByteArray uid;
    QString number;
    Money balance;
    std::int64_t createdMs = 0;
};

struct ValueCardEntry {
    QString kind;  // issue, redeem, refund, return, order
    Money amount;  // + on the card, − off it
    std::int64_t createdMs = 0;
    QString tillRef;  // empty when not from a receipt
    std::int64_t receiptNumber = 0;
    QString userName;
};

// The value-card ledger. The writing functions run inside the caller's
// transaction (a sale, a return, an order) and never let a balance go
// below 0 — the database refuses it too.
class ValueCards final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ValueCards)
public:
    static std::optional<ValueCard> find(Database& db, const QString& number);
    // Throws Error(NotFound) naming `field`.
    static ValueCard require(Database& db, const QString& number,
                             const QString& field = QStringLiteral("value_card"));
    // Oldest first.
    static std::vector<ValueCardEntry> entries(Database& db, const QString& number);

    // Puts `amount` on the card with this number, creating the card when it
    // is new (an empty number: a new random 16-digit number with a Luhn
    // check digit). A number already in use is topped up. Returns the card
    // after the entry. `kind`: issue, refund or order.
    static ValueCard load(const Session& session, const QString& number, const Money& amount,
                          const QString& kind, std::int64_t receiptId, int lineNo);
    // Takes `amount` off the card (kind redeem or return). Throws
    // Error::invalid naming `field` when the card is unknown or holds less.
    static ValueCard take(const Session& session, const QString& number, const Money& amount,
                          const QString& kind, std::int64_t receiptId, int lineNo,
                          const QString& field);
    // The card a receipt line sold, if it sold one.
    static std::optional<QString> soldOn(Database& db, std::int64_t receiptId, int lineNo);

    // Digits, spaces and dashes as printed on a card, to the stored form
    // (digits and letters only, upper case). Throws Error::invalid naming
    // `field` when nothing or something else is left.
    static QString normalized(const QString& number, const QString& field);
    static QString newNumber(Database& db);
    // "1234 5678 9012 3456"
    static QString grouped(const QString& number);

private:
    static void addEntry(const Session& session, const ValueCard& card, const QString& kind,
                         const Money& amount, std::int64_t receiptId, int lineNo);
};

}  // namespace skranke
