#include "core/booking/cancellation.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <set>

namespace skranke {

std::vector<CancellationRule> CancellationRules::of(Database& db, std::int64_t productId) {
    auto st = db.prepare(
        "SELECT days_before, fee_percent FROM cancellation_rule WHERE product_id = ?1 "
        "ORDER BY days_before DESC");
    st.bindAll(productId);
    std::vector<CancellationRule> rules;
    while (st.step())
        rules.push_back({int(st.int64(0)), Rate::percent(st.text(1))});
    return rules;
}

void CancellationRules::check(std::vector<CancellationRule>& rules, const QString& field) {
    std::set<int> days;
    for (const CancellationRule& r : rules) {
        if (r.daysBefore < 1)
            throw Error::invalid(field, tr("A deadline is at least 1 day before arrival."));
        if (r.fee.isNegative() || r.fee.value() > 1)
            throw Error::invalid(field, tr("A cancellation fee is between 0 and 100 %."));
        if (!days.insert(r.daysBefore).second)
            throw Error::invalid(
                field, tr("There are two fees for %1 days before arrival.").arg(r.daysBefore));
    }
    std::sort(rules.begin(), rules.end(), [](const CancellationRule& a, const CancellationRule& b) {
        return a.daysBefore > b.daysBefore;
    });
    for (std::size_t i = 1; i < rules.size(); ++i)
        if (rules[i].fee < rules[i - 1].fee)
            throw Error::invalid(field, tr("The fee cannot fall as arrival comes nearer (%1 days: "
                                           "%2 %, %3 days: %4 %).")
                                            .arg(rules[i - 1].daysBefore)
                                            .arg(rules[i - 1].fee.toPercentString())
                                            .arg(rules[i].daysBefore)
                                            .arg(rules[i].fee.toPercentString()));
}

void CancellationRules::set(const Session& session, std::int64_t productId,
                            std::vector<CancellationRule> rules) {
    session.require(rights::SettingsEdit);
    check(rules, QStringLiteral("rules"));
    Transaction tx(session.db());
    const auto product = CatalogService::product(session.db(), productId);
    if (!product)
        throw Error(ErrorCode::NotFound, tr("There is no product %1.").arg(productId),
                    QStringLiteral("product"));
    const QString before = format(of(session.db(), productId));
    // Terms are settings, not records: the journal keeps what they were.
    session.db()
        .prepare("DELETE FROM cancellation_rule WHERE product_id = ?1")
        .bindAll(productId)
        .run();
    for (const CancellationRule& r : rules)
        session.db()
            .prepare(
                "INSERT INTO cancellation_rule(product_id, days_before, fee_percent) "
                "VALUES (?1, ?2, ?3)")
            .bindAll(productId, std::int64_t(r.daysBefore), r.fee.toPercentString())
            .run();
    session.journal(QStringLiteral("product"), product->uid, QStringLiteral("cancellation_rules"),
                    {{QStringLiteral("before"), before}, {QStringLiteral("after"), format(rules)}});
    tx.commit();
}

Rate CancellationRules::feeShare(const std::vector<CancellationRule>& rules, const QDate& arrival,
                                 const QDate& day) {
    const qint64 left = day.daysTo(arrival);
    const CancellationRule* applies = nullptr;
    for (const CancellationRule& r : rules)
        if (left < r.daysBefore && (!applies || r.daysBefore < applies->daysBefore))
            applies = &r;
    return applies ? applies->fee : Rate();
}

std::vector<CancellationRule> CancellationRules::parse(const QString& text, const QString& field) {
    std::vector<CancellationRule> rules;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const int days = pair.size() == 2 ? pair[0].trimmed().toInt(&ok) : 0;
        if (!ok)
            throw Error::invalid(
                field, tr("\"%1\" is not DAYS:PERCENT (e.g. 14:50).").arg(part.trimmed()));
        rules.push_back({days, Rate::parsePercent(pair[1].trimmed(), field)});
    }
    check(rules, field);
    return rules;
}

QString CancellationRules::format(const std::vector<CancellationRule>& rules) {
    QStringList parts;
    for (const CancellationRule& r : rules)
        parts << QStringLiteral("%1:%2").arg(r.daysBefore).arg(r.fee.toPercentString());
    return parts.join(QStringLiteral(", "));
}

QString CancellationRules::describe(const std::vector<CancellationRule>& rules) {
    if (rules.empty())
        return tr("Free to cancel until arrival");
    QStringList parts;
    Rate previous;
    for (const CancellationRule& r : rules) {
        parts << (previous.isZero() ? tr("free until %n day(s) before arrival", "", r.daysBefore)
                                    : tr("%1 % until %n day(s) before arrival", "", r.daysBefore)
                                          .arg(previous.toPercentString()));
        previous = r.fee;
    }
    parts << tr("%1 % after").arg(previous.toPercentString());
    QString text = parts.join(QStringLiteral(", "));
    text[0] = text[0].toUpper();
    return text;
}

const char* const CancellationStore::select =
    "SELECT c.id, c.uid, c.booking_id, c.row_id, c.product_id, c.start_min, c.end_min, "
    "c.quantity, c.reason, c.suggested_fee_minor, c.fee_minor, c.currency, "
    "ifnull(c.waived_by, ''), c.debited, c.cancelled_ms, c.cancelled_by, "
    "ifnull(c.invoice_id, 0) FROM booking_cancellation c ";

Cancellation CancellationStore::read(const Statement& st, int first) {
    const auto col = [first](int i) { return first + i; };
    Cancellation c;
    c.id = st.int64(col(0));
    c.uid = st.blob(col(1));
    c.bookingId = st.int64(col(2));
    c.rowId = st.int64(col(3));
    c.productId = st.int64(col(4));
    c.start = st.int64(col(5));
    c.end = st.int64(col(6));
    c.quantity = int(st.int64(col(7)));
    c.reason = st.text(col(8));
    const Currency currency = Currency::fromCode(st.text(col(11)));
    c.suggestedFee = Money(st.int64(col(9)), currency);
    c.fee = Money(st.int64(col(10)), currency);
    c.waivedBy = st.text(col(12));
    c.debited = st.int64(col(13)) != 0;
    c.cancelledMs = st.int64(col(14));
    c.cancelledBy = st.text(col(15));
    c.invoiceId = st.int64(col(16));
    return c;
}

std::vector<Cancellation> CancellationStore::ofBooking(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(std::string(select) + "WHERE c.booking_id = ?1 ORDER BY c.id");
    st.bindAll(bookingId);
    std::vector<Cancellation> result;
    while (st.step())
        result.push_back(read(st));
    return result;
}

std::vector<Cancellation> CancellationStore::feesToBill(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(std::string(select) +
                         "WHERE c.booking_id = ?1 AND c.fee_minor > 0 AND c.invoice_id IS NULL "
                         "ORDER BY c.id");
    st.bindAll(bookingId);
    std::vector<Cancellation> result;
    while (st.step())
        result.push_back(read(st));
    return result;
}

void CancellationStore::markBilled(Database& db, std::int64_t cancellationId,
                                   std::int64_t invoiceId) {
    db.prepare("UPDATE booking_cancellation SET invoice_id = ?2 WHERE id = ?1")
        .bindAll(cancellationId, invoiceId)
        .run();
}

}  // namespace skranke
