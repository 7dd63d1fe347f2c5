#include "core/orders/orderlist.h"

#include "core/booking/cancellationlist.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/orders/paymentmachine.h"
#include "core/store/database.h"
#include "core/store/error.h"

#include <QDateTime>
#include <QTimeZone>

namespace skranke {

namespace {

constexpr char RowColumns[] =
    "SELECT o.id, o.external_id, o.order_ms, coalesce(o.customer_id, 0), "
    "coalesce(o.booking_id, 0), o.customer_name, o.payment_type, o.payment_state, "
    "o.paid_by_hand, o.currency, o.captured_minor, o.refunded_minor, o.status_id, "
    "(SELECT group_concat(item_number, ', ') FROM web_order_line l WHERE l.order_id = o.id "
    "  AND item_number <> ''), "
    "(SELECT coalesce(sum(amount_minor), 0) FROM web_order_line l WHERE l.order_id = o.id), "
    "EXISTS (SELECT 1 FROM payment_operation p WHERE p.order_id = o.id AND p.state = 'pending'), "
    "s.name, coalesce(s.built_in, ''), s.sort "
    "FROM web_order o JOIN order_status s ON s.id = o.status_id ";

OrderList::Row readRow(Statement& st) {
    OrderList::Row r;
    r.id = st.int64(0);
    r.externalId = st.text(1);
    r.orderMs = st.int64(2);
    r.customerId = st.int64(3);
    r.bookingId = st.int64(4);
    r.customerName = st.text(5);
    r.paymentType = st.text(6);
    r.paymentState = PaymentMachine::fromKey(st.text(7));
    r.paid = st.int64(8) != 0 || PaymentMachine::isPaid(r.paymentState);
    const Currency currency = Currency::fromCode(st.text(9));
    r.captured = Money(st.int64(10), currency);
    r.refunded = Money(st.int64(11), currency);
    r.status = OrderStatus{st.int64(12), st.text(16), st.text(17), int(st.int64(18))};
    r.itemNumbers = st.text(13);
    r.amount = Money(st.int64(14), currency);
    r.pending = st.int64(15) != 0;
    return r;
}

}  // namespace

void OrderList::check(const Filter& filter) {
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        throw Error::invalid(QStringLiteral("to"), tr("The period ends before it begins."));
}

std::vector<OrderList::Row> OrderList::page(Database& db, const Filter& filter, const After* after,
                                            int limit) {
    check(filter);
    const QString zone = CompanyService::require(db).timeZone;
    const QDate from = filter.from.isValid() ? filter.from : QDate(1970, 1, 1);
    const QDate to = filter.to.isValid() ? filter.to : QDate(9999, 12, 30);
    const auto [first, end] = CancellationList::instants(from, to, zone);
    // Only the conditions the filter sets, so that SQLite can walk the
    // status index (or the date index) in order and stop after one screen.
    std::string sql = RowColumns;
    sql += "WHERE o.order_ms >= ?1 AND o.order_ms < ?2 ";
    if (filter.statusId != 0)
        sql += "AND o.status_id = ?3 ";
    QString like;
    if (!filter.text.trimmed().isEmpty()) {
        QString escaped = filter.text.trimmed();
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        like = u'%' + escaped + u'%';
        sql +=
            "AND (o.external_id LIKE ?4 ESCAPE '\\' OR o.customer_name LIKE ?4 ESCAPE '\\' "
            "OR o.customer_email LIKE ?4 ESCAPE '\\') ";
    }
    if (after)
        sql += "AND (o.order_ms, o.id) < (?5, ?6) ";
    sql += "ORDER BY o.order_ms DESC, o.id DESC LIMIT ?7";
    auto st = db.prepare(sql);
    st.bind(1, first).bind(2, end).bind(7, limit);
    if (filter.statusId != 0)
        st.bind(3, filter.statusId);
    if (!like.isEmpty())
        st.bind(4, like);
    if (after)
        st.bind(5, after->orderMs).bind(6, after->id);
    std::vector<Row> rows;
    while (st.step())
        rows.push_back(readRow(st));
    return rows;
}

std::vector<OrderList::Row> OrderList::rows(Database& db, const std::vector<std::int64_t>& ids) {
    std::vector<Row> rows;
    for (std::int64_t id : ids) {
        auto one = db.prepare(std::string(RowColumns) + "WHERE o.id = ?1");
        one.bind(1, id);
        if (one.step())
            rows.push_back(readRow(one));
    }
    return rows;
}

QString OrderList::paidText(const Row& row) {
    const QString state = PaymentMachine::label(row.paymentState);
    if (row.paid && !PaymentMachine::isPaid(row.paymentState))
        return tr("Yes (by hand)");
    return row.paid ? tr("Yes (%1)").arg(state) : tr("No (%1)").arg(state);
}

QStringList OrderList::csvHeader() {
    return {tr("ID"),       tr("Date"),          tr("Customer"),     tr("Payment type"),
            tr("Paid"),     tr("Payment state"), tr("Item numbers"), tr("Amount"),
            tr("Captured"), tr("Refunded"),      tr("Status")};
}

QStringList OrderList::csvFields(const Row& row, const QLocale& locale, const QString& timeZone) {
    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(row.orderMs, QTimeZone(timeZone.toUtf8()));
    return {row.externalId,
            when.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            row.customerName,
            OrderService::paymentTypeLabel(row.paymentType),
            row.paid ? tr("Yes") : tr("No"),
            PaymentMachine::label(row.paymentState),
            row.itemNumbers,
            row.amount.format(locale),
            row.captured.format(locale),
            row.refunded.format(locale),
            OrderStore::statusLabel(row.status)};
}

void OrderList::writeCsv(CsvWriter& csv, const std::vector<Row>& rows, const QLocale& locale,
                         const QString& timeZone) {
    csv.addRow(csvHeader());
    for (const Row& row : rows)
        csv.addRow(csvFields(row, locale, timeZone));
}

}  // namespace skranke
