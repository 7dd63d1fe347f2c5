#include "core/accounting/balancereportqueries.h"

#include "core/accounting/voucher.h"
#include "core/store/database.h"
#include "core/time/dates.h"

#include <string>

namespace skranke::balancequeries {

namespace {

// Every query binds the same five parameters, so each may use what it needs.
Statement prepared(Database& db, const std::string& sql, const Period& p) {
    Statement st = db.prepare(sql);
    st.bindAll(p.from, p.to, p.firstMs, p.endMs, p.currency);
    return st;
}

void addPaid(Database& db, const std::string& sql, const Period& p, MethodMap& out) {
    Statement st = prepared(db, sql, p);
    while (st.step())
        out[st.text(0)].paid += st.int64(1);
}

QDate isoDate(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

// count(*) and sum(amount) over `from`, then the first `limit` items in order.
template <typename ReadItem>
BalanceDifference difference(Database& db, const Period& p, const std::string& from,
                             const std::string& amount, const std::string& columns,
                             const std::string& order, int limit, ReadItem read) {
    const Currency currency = Currency::fromCode(p.currency);
    BalanceDifference d;
    {
        Statement st = prepared(db, "SELECT count(*), coalesce(sum(" + amount + "), 0) " + from, p);
        st.step();
        d.count = st.int64(0);
        d.sum = Money(st.int64(1), currency);
    }
    Statement st = prepared(db,
                            "SELECT " + amount + ", " + columns + " " + from + " ORDER BY " +
                                order + " LIMIT " + std::to_string(std::max(0, limit)),
                            p);
    while (st.step()) {
        BalanceItem item;
        item.amount = Money(st.int64(0), currency);
        read(st, item);
        d.items.push_back(item);
    }
    return d;
}

}  // namespace

void tillTenders(Database& db, const Period& p, MethodMap& out) {
    // receipt_by_time finds the period; returns carry negative tenders.
    addPaid(db,
            "SELECT t.kind, sum(t.amount_minor) FROM receipt r "
            "JOIN receipt_tender t ON t.receipt_id = r.id "
            "WHERE r.created_ms >= ?3 AND r.created_ms < ?4 AND r.currency = ?5 GROUP BY t.kind",
            p, out);
}

void debtorPayments(Database& db, const Period& p, MethodMap& out) {
    // A till payment's posting names its tender in words; the till_payment
    // row has the key. The payment an invoiced order's capture became is
    // the capture's money, already counted with the order.
    addPaid(db,
            "SELECT coalesce(tp.tender, lower(trim(p.payment_type))), -sum(p.amount_minor) "
            "FROM posting p LEFT JOIN till_payment tp ON tp.posting_id = p.id "
            "WHERE p.kind = 'payment' AND p.posting_date BETWEEN ?1 AND ?2 AND p.currency = ?5 "
            "AND p.id NOT IN (SELECT w.posting_id FROM web_order_invoice_payment w "
            "  JOIN web_order o ON o.id = w.order_id WHERE o.paid_by_hand = 0) "
            "GROUP BY 1",
            p, out);
}

std::int64_t orderPayments(Database& db, const Period& p, MethodMap& out) {
    Statement st =
        prepared(db,
                 "SELECT o.payment_type, "
                 "sum(CASE op.kind WHEN 'capture' THEN op.amount_minor ELSE -op.amount_minor END), "
                 "sum(CASE WHEN o.invoice_id IS NOT NULL THEN 0 "
                 "    WHEN op.kind = 'capture' THEN op.amount_minor ELSE -op.amount_minor END) "
                 "FROM payment_operation op JOIN web_order o ON o.id = op.order_id "
                 "WHERE op.state = 'done' AND op.kind IN ('capture', 'refund') "
                 "AND op.finished_ms >= ?3 AND op.finished_ms < ?4 AND o.currency = ?5 "
                 "GROUP BY o.payment_type",
                 p);
    std::int64_t notInvoiced = 0;
    while (st.step()) {
        out[st.text(0)].paid += st.int64(1);
        notInvoiced += st.int64(2);
    }
    return notInvoiced;
}

void payouts(Database& db, const Period& p, MethodMap& out) {
    // An order's line goes to the order's payment type; a receipt's or a
    // till payment's is a card payment.
    Statement st = prepared(
        db,
        "SELECT CASE l.match_kind WHEN '' THEN '' "
        "  WHEN 'order' THEN coalesce((SELECT o.payment_type FROM web_order o "
        "                              WHERE o.id = l.match_id), 'card') "
        "  ELSE 'card' END AS m, "
        "sum(CASE WHEN l.kind = 'transaction' THEN l.amount_minor ELSE 0 END), sum(l.fee_minor) "
        "FROM payout py JOIN payout_line l ON l.payout_id = py.id "
        "WHERE py.payout_date BETWEEN ?1 AND ?2 AND py.currency = ?5 GROUP BY m",
        p);
    while (st.step()) {
        MethodSums& sums = out[st.text(0)];
        sums.paidOut += st.int64(1);
        sums.fees += st.int64(2);
    }
}

std::pair<std::int64_t, std::int64_t> vouchers(Database& db, const Period& p, MethodMap& out) {
    Statement st =
        prepared(db,
                 "SELECT method, sum(amount_minor), "
                 "sum(CASE WHEN state = 'transferred' THEN amount_minor ELSE 0 END) FROM voucher "
                 "WHERE voucher_date BETWEEN ?1 AND ?2 AND currency = ?5 GROUP BY method",
                 p);
    std::pair<std::int64_t, std::int64_t> all{0, 0};
    while (st.step()) {
        all.first += st.int64(1);
        all.second += st.int64(2);
        if (st.text(0).isEmpty())
            continue;
        MethodSums& sums = out[st.text(0)];
        sums.vouchered += st.int64(1);
        sums.transferred += st.int64(2);
    }
    return all;
}

std::int64_t soldInvoices(Database& db, const Period& p) {
    // An invoice a till receipt became is sold on the receipt.
    Statement st = prepared(
        db,
        "SELECT coalesce(sum(CASE i.kind WHEN 'invoice' THEN i.total_minor "
        "ELSE -i.total_minor END), 0) FROM invoice i "
        "WHERE i.status = 'posted' AND i.invoice_date BETWEEN ?1 AND ?2 AND i.currency = ?5 "
        "AND i.id NOT IN (SELECT invoice_id FROM receipt_party WHERE invoice_id IS NOT NULL)",
        p);
    st.step();
    return st.int64(0);
}

std::int64_t soldReceipts(Database& db, const Period& p) {
    Statement st = prepared(db,
                            "SELECT coalesce(sum(total_minor), 0) FROM receipt "
                            "WHERE created_ms >= ?3 AND created_ms < ?4 AND currency = ?5",
                            p);
    st.step();
    return st.int64(0);
}

BalanceDifference ordersWithoutPayment(Database& db, const Period& p, int limit) {
    BalanceDifference d = difference(
        db, p,
        "FROM web_order o JOIN order_status s ON s.id = o.status_id "
        "WHERE o.order_ms >= ?3 AND o.order_ms < ?4 AND o.currency = ?5 "
        "AND coalesce(s.built_in, '') <> 'cancelled' "
        "AND o.payment_state IN ('awaiting', 'failed') AND o.paid_by_hand = 0 "
        "AND o.invoice_id IS NULL",
        "(SELECT coalesce(sum(l.amount_minor), 0) FROM web_order_line l WHERE l.order_id = o.id)",
        "o.id, o.external_id, o.order_ms, o.customer_name, o.payment_state, o.payment_type",
        "o.order_ms, o.id", limit, [&p](Statement& st, BalanceItem& item) {
            item.id = st.int64(1);
            item.ref = BalanceReport::tr("Order %1").arg(st.text(2));
            item.date = Dates::localDate(st.int64(3), p.timeZone);
            item.text =
                BalanceReport::tr("%1, %2, payment %3")
                    .arg(st.text(4), BalanceReport::methodLabel(st.text(6)),
                         st.text(5) == QLatin1String("failed") ? BalanceReport::tr("failed")
                                                               : BalanceReport::tr("awaiting"));
        });
    d.kind = BalanceDifferenceKind::OrdersWithoutPayment;
    return d;
}

BalanceDifference paymentsWithoutOrder(Database& db, const Period& p, int limit) {
    BalanceDifference d = difference(
        db, p,
        "FROM posting p JOIN posting_open po ON po.posting_id = p.id "
        "LEFT JOIN debtor d ON d.id = p.debtor_id "
        "WHERE p.kind = 'payment' AND p.posting_date BETWEEN ?1 AND ?2 AND p.currency = ?5 "
        "AND po.open_minor <> 0",
        "-po.open_minor",
        "p.id, p.debtor_id, CASE WHEN coalesce(d.company_name, '') <> '' THEN d.company_name "
        "ELSE coalesce(d.name, '') END, p.posting_date, p.payment_type, p.reference, "
        "-p.amount_minor",
        "p.posting_date, p.id", limit, [&p](Statement& st, BalanceItem& item) {
            item.id = st.int64(1);
            item.ref = BalanceReport::tr("Debtor %1").arg(st.int64(2));
            item.date = isoDate(st.text(4));
            const Money paid(st.int64(7), Currency::fromCode(p.currency));
            QStringList parts{st.text(3)};
            if (!st.text(5).trimmed().isEmpty())
                parts << st.text(5).trimmed();
            if (!st.text(6).trimmed().isEmpty())
                parts << st.text(6).trimmed();
            parts << BalanceReport::tr("paid %1").arg(paid.format(QLocale(), true));
            parts.removeAll(QString());
            item.text = parts.join(QStringLiteral(", "));
        });
    d.kind = BalanceDifferenceKind::PaymentsWithoutOrder;
    return d;
}

BalanceDifference unmatchedPayouts(Database& db, const Period& p, int limit) {
    BalanceDifference d = difference(
        db, p,
        "FROM payout py JOIN payout_line l ON l.payout_id = py.id "
        "WHERE py.payout_date BETWEEN ?1 AND ?2 AND py.currency = ?5 "
        "AND l.kind = 'transaction' AND l.match_kind = ''",
        "l.amount_minor",
        "py.id, py.acquirer, py.reference, l.line_no, l.reference, l.tx_date, py.payout_date, "
        "l.text",
        "py.payout_date, py.id, l.line_no", limit, [](Statement& st, BalanceItem& item) {
            item.id = st.int64(1);
            item.ref = BalanceReport::tr("Payout %1, line %2").arg(st.text(3)).arg(st.int64(4));
            item.date = isoDate(st.text(6).isEmpty() ? st.text(7) : st.text(6));
            QStringList parts{st.text(2)};
            parts << (st.text(5).isEmpty() ? BalanceReport::tr("no reference")
                                           : BalanceReport::tr("reference %1").arg(st.text(5)));
            if (!st.text(8).trimmed().isEmpty())
                parts << st.text(8).trimmed();
            item.text = parts.join(QStringLiteral(", "));
        });
    d.kind = BalanceDifferenceKind::UnmatchedPayouts;
    return d;
}

BalanceDifference vouchersNotTransferred(Database& db, const Period& p, int limit) {
    BalanceDifference d = difference(
        db, p,
        "FROM voucher v WHERE v.voucher_date BETWEEN ?1 AND ?2 AND v.currency = ?5 "
        "AND v.state IN ('pending', 'queued', 'failed')",
        "v.amount_minor",
        "v.id, v.number, v.voucher_date, v.source_ref, v.state, v.fail_reason, v.fail_kind",
        "v.voucher_date, v.number", limit, [](Statement& st, BalanceItem& item) {
            item.id = st.int64(1);
            item.ref = BalanceReport::tr("Voucher %1").arg(st.int64(2));
            item.date = isoDate(st.text(3));
            const auto state = VoucherTexts::stateFromKey(st.text(5));
            QString text = st.text(4) + QStringLiteral(", ") +
                           (state ? VoucherTexts::stateLabel(*state) : st.text(5)).toLower();
            const QString why =
                VoucherTexts::failDetail(VoucherTexts::failKindFromKey(st.text(7)), st.text(6));
            if (!why.isEmpty())
                text += QStringLiteral(": ") + why;
            item.text = text;
        });
    d.kind = BalanceDifferenceKind::VouchersNotTransferred;
    return d;
}

}  // namespace skranke::balancequeries
