#include "core/till/valuecards.h"

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QRandomGenerator>

namespace skranke {

namespace {

int luhnDigit(const QString& digits) {
    int sum = 0;
    bool twice = true;  // the check digit is appended to the right
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        int d = it->digitValue();
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

ValueCard readCard(Database& db, const QString& number) {
    auto st = db.prepare(
        "SELECT c.id, c.uid, c.number, c.currency, c.created_ms, "
        "(SELECT coalesce(sum(amount_minor), 0) FROM value_card_entry WHERE card_id = c.id) "
        "FROM value_card c WHERE c.number = ?1");
    st.bind(1, number);
    if (!st.step())
        return {};
    ValueCard card;
    card.id = st.int64(0);
    card.uid = st.blob(1);
    card.number = st.text(2);
    card.balance = Money(st.int64(5), Currency::fromCode(st.text(3)));
    card.createdMs = st.int64(4);
    return card;
}

}  // namespace

QString ValueCards::normalized(const QString& number, const QString& field) {
    QString out;
    for (const QChar ch : number) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        if (!(ch.isDigit() || (ch.isLetter() && ch.unicode() < 128)))
            throw Error::invalid(field,
                                 tr("A value card number has digits and letters only: \"%1\".")
                                     .arg(number.trimmed()));
        out += ch.toUpper();
    }
    if (out.isEmpty())
        throw Error::invalid(field, tr("Enter the value card's number."));
    if (out.size() > 32)
        throw Error::invalid(field, tr("A value card number has at most 32 characters."));
    return out;
}

QString ValueCards::newNumber(Database& db) {
    // Random, not a sequence: a card's number is what spends its balance,
    // so the next one must not be guessable from the last.
    for (;;) {
        QString digits = QString::number(QRandomGenerator::system()->bounded(1, 10));
        while (digits.size() < 15)
            digits += QString::number(QRandomGenerator::system()->bounded(10));
        digits += QString::number(luhnDigit(digits));
        if (!find(db, digits))
            return digits;
    }
}

QString ValueCards::grouped(const QString& number) {
    QString out;
    for (int i = 0; i < number.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += number.at(i);
    }
    return out;
}

std::optional<ValueCard> ValueCards::find(Database& db, const QString& number) {
    ValueCard card = readCard(db, number);
    if (card.id == 0)
        return std::nullopt;
    return card;
}

ValueCard ValueCards::require(Database& db, const QString& number, const QString& field) {
    const QString key = normalized(number, field);
    std::optional<ValueCard> card = find(db, key);
    if (!card)
        throw Error(ErrorCode::NotFound, tr("No value card has the number %1.").arg(grouped(key)),
                    field);
    return *card;
}

std::vector<ValueCardEntry> ValueCards::entries(Database& db, const QString& number) {
    const ValueCard card = require(db, number);
    auto st = db.prepare(
        "SELECT e.kind, e.amount_minor, e.created_ms, coalesce(t.ref, ''), "
        "coalesce(r.number, 0), coalesce(u.display_name, '') FROM value_card_entry e "
        "LEFT JOIN receipt r ON r.id = e.receipt_id LEFT JOIN till t ON t.id = r.till_id "
        "LEFT JOIN staff_user u ON u.id = e.user_id WHERE e.card_id = ?1 ORDER BY e.id");
    st.bind(1, card.id);
    std::vector<ValueCardEntry> out;
    while (st.step())
        out.push_back(ValueCardEntry{st.text(0), Money(st.int64(1), card.balance.currency()),
                                     st.int64(2), st.text(3), st.int64(4), st.text(5)});
    return out;
}

std::optional<QString> ValueCards::soldOn(Database& db, std::int64_t receiptId, int lineNo) {
    auto st = db.prepare(
        "SELECT c.number FROM value_card_entry e JOIN value_card c ON c.id = e.card_id "
        "WHERE e.receipt_id = ?1 AND e.line_no = ?2 AND e.kind = 'issue'");
    st.bindAll(receiptId, lineNo);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void ValueCards::addEntry(const Session& session, const ValueCard& card, const QString& kind,
                          const Money& amount, std::int64_t receiptId, int lineNo) {
    auto st = session.db().prepare(
        "INSERT INTO value_card_entry(card_id, kind, amount_minor, receipt_id, line_no, "
        "created_ms, user_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bindAll(card.id, kind, amount.minor(), receiptId, lineNo, session.clock().nowMs(),
               session.user().id);
    if (receiptId == 0)
        st.bindNull(4);
    if (lineNo == 0)
        st.bindNull(5);
    st.run();
}

ValueCard ValueCards::load(const Session& session, const QString& number, const Money& amount,
                           const QString& kind, std::int64_t receiptId, int lineNo) {
    Database& db = session.db();
    const QString field = QStringLiteral("value_card");
    if (!amount.isPositive())
        throw Error::invalid(field, tr("Put more than 0 on a value card."));
    const QString key = number.trimmed().isEmpty() ? newNumber(db) : normalized(number, field);
    ValueCard card = readCard(db, key);
    if (card.id == 0) {
        card.createdMs = session.clock().nowMs();
        card.uid = Uuid::v7(card.createdMs);
        card.number = key;
        card.balance = Money::zero(amount.currency());
        db.prepare(
              "INSERT INTO value_card(uid, number, currency, created_ms, created_by) "
              "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bindAll(card.uid, key, amount.currency().code(), card.createdMs, session.user().id)
            .run();
        card.id = db.lastInsertId();
    } else if (card.balance.currency() != amount.currency()) {
        throw Error::invalid(field, tr("Value card %1 holds %2, not %3.")
                                        .arg(grouped(key), card.balance.currency().code(),
                                             amount.currency().code()));
    }
    addEntry(session, card, kind, amount, receiptId, lineNo);
    card.balance += amount;
    return card;
}

ValueCard ValueCards::take(const Session& session, const QString& number, const Money& amount,
                           const QString& kind, std::int64_t receiptId, int lineNo,
                           const QString& field) {
    const QString key = normalized(number, field);
    ValueCard card = readCard(session.db(), key);
    if (card.id == 0)
        throw Error::invalid(field, tr("No value card has the number %1.").arg(grouped(key)));
    if (card.balance.currency() != amount.currency())
        throw Error::invalid(field, tr("Value card %1 holds %2, not %3.")
                                        .arg(grouped(key), card.balance.currency().code(),
                                             amount.currency().code()));
    if (amount > card.balance)
        throw Error::invalid(field, tr("Value card %1 has %2 left, not %3.")
                                        .arg(grouped(key), card.balance.toDecimalString(),
                                             amount.toDecimalString()));
    addEntry(session, card, kind, -amount, receiptId, lineNo);
    card.balance -= amount;
    return card;
}

}  // namespace skranke
