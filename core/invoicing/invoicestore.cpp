#include "core/invoicing/invoicestore.h"

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QCoreApplication>

namespace skranke {

Invoice InvoiceStore::insert(const Session& session, Invoice inv) {
    Database& db = session.db();
    inv.uid = Uuid::v7(session.clock().nowMs());
    inv.status = Invoice::Status::Draft;
    auto st = db.prepare(
        "INSERT INTO invoice(uid, kind, status, debtor_id, invoice_date, due_date, currency, "
        "till_ref, message, fees_allowed, credited_invoice_id, net_minor, vat_minor, total_minor, "
        "created_ms) VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14)");
    st.bindAll(inv.uid,
               inv.isCreditNote() ? QStringLiteral("credit_note") : QStringLiteral("invoice"),
               inv.debtorId, Dates::iso(inv.date), Dates::iso(inv.dueDate),
               inv.total.currency().code(), inv.tillRef, inv.message, inv.feesAllowed);
    if (inv.creditedInvoiceId > 0)
        st.bind(10, inv.creditedInvoiceId);
    else
        st.bindNull(10);
    st.bind(11, inv.net.minor()).bind(12, inv.vatTotal.minor()).bind(13, inv.total.minor());
    st.bind(14, session.clock().nowMs()).run();
    inv.id = db.lastInsertId();
    for (InvoiceLine& l : inv.lines) {
        auto line = db.prepare(
            "INSERT INTO invoice_line(invoice_id, line_no, text, quantity_milli, unit_price_minor, "
            "vat_rate, discount_percent, gross_minor, net_minor, credited_line_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        line.bindAll(inv.id, l.lineNo, l.input.text.trimmed(), l.input.quantityMilli,
                     l.input.unitPrice.minor(), l.input.vatRate.toPercentString(),
                     l.input.discount.toPercentString(), l.gross.minor(), l.net.minor());
        if (l.input.creditedLineId > 0)
            line.bind(10, l.input.creditedLineId);
        else
            line.bindNull(10);
        line.run();
        l.id = db.lastInsertId();
    }
    for (const InvoiceVat& v : inv.vat)
        db.prepare(
              "INSERT INTO invoice_vat(invoice_id, vat_rate, base_minor, vat_minor) "
              "VALUES (?1, ?2, ?3, ?4)")
            .bindAll(inv.id, v.rate.toPercentString(), v.base.minor(), v.vat.minor())
            .run();
    return inv;
}

std::optional<Invoice> InvoiceStore::load(Database& db, std::int64_t id) {
    auto st = db.prepare(
        "SELECT i.uid, i.kind, i.status, ifnull(i.number, 0), i.debtor_id, i.invoice_date, "
        "i.due_date, i.currency, i.till_ref, i.message, i.fees_allowed, "
        "ifnull(i.credited_invoice_id, 0), ifnull(c.number, 0), i.net_minor, i.vat_minor, "
        "i.total_minor, i.payment_reference FROM invoice i "
        "LEFT JOIN invoice c ON c.id = i.credited_invoice_id WHERE i.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Invoice inv;
    inv.id = id;
    inv.uid = st.blob(0);
    inv.kind = st.text(1) == QLatin1String("credit_note") ? Invoice::Kind::CreditNote
                                                          : Invoice::Kind::Invoice;
    inv.status =
        st.text(2) == QLatin1String("posted") ? Invoice::Status::Posted : Invoice::Status::Draft;
    inv.number = st.int64(3);
    inv.debtorId = st.int64(4);
    inv.date = QDate::fromString(st.text(5), Qt::ISODate);
    inv.dueDate = QDate::fromString(st.text(6), Qt::ISODate);
    const Currency c = Currency::fromCode(st.text(7));
    inv.tillRef = st.text(8);
    inv.message = st.text(9);
    inv.feesAllowed = st.int64(10) != 0;
    inv.creditedInvoiceId = st.int64(11);
    inv.creditedNumber = st.int64(12);
    inv.net = Money(st.int64(13), c);
    inv.vatTotal = Money(st.int64(14), c);
    inv.total = Money(st.int64(15), c);
    inv.paymentReference = st.text(16);

    auto lines = db.prepare(
        "SELECT id, line_no, text, quantity_milli, unit_price_minor, vat_rate, discount_percent, "
        "gross_minor, net_minor, ifnull(credited_line_id, 0) FROM invoice_line "
        "WHERE invoice_id = ?1 ORDER BY line_no");
    lines.bind(1, id);
    while (lines.step()) {
        InvoiceLine l;
        l.id = lines.int64(0);
        l.lineNo = int(lines.int64(1));
        l.input = {lines.text(2),
                   lines.int64(3),
                   Money(lines.int64(4), c),
                   Rate::percent(lines.text(5)),
                   Rate::percent(lines.text(6)),
                   lines.int64(9)};
        l.gross = Money(lines.int64(7), c);
        l.net = Money(lines.int64(8), c);
        inv.lines.push_back(l);
    }
    auto vat = db.prepare(
        "SELECT vat_rate, base_minor, vat_minor FROM invoice_vat "
        "WHERE invoice_id = ?1");
    vat.bind(1, id);
    while (vat.step())
        inv.vat.push_back(
            {Rate::percent(vat.text(0)), Money(vat.int64(1), c), Money(vat.int64(2), c)});
    std::sort(inv.vat.begin(), inv.vat.end(),
              [](const InvoiceVat& a, const InvoiceVat& b) { return a.rate > b.rate; });
    return inv;
}

std::int64_t InvoiceStore::takeNumber(Database& db, const QString& series) {
    auto st = db.prepare("SELECT next_number FROM number_series WHERE name = ?1");
    st.bind(1, series);
    if (!st.step())
        throw Error(ErrorCode::Storage, QStringLiteral("no number series %1").arg(series));
    const std::int64_t number = st.int64(0);
    db.prepare(
          "UPDATE number_series SET next_number = next_number + 1, start_locked = 1 "
          "WHERE name = ?1")
        .bind(1, series)
        .run();
    return number;
}

void InvoiceStore::markPosted(const Session& session, const Invoice& inv) {
    session.db()
        .prepare(
            "UPDATE invoice SET status = 'posted', number = ?1, payment_reference = ?2, "
            "posted_ms = ?3 WHERE id = ?4 AND status = 'draft'")
        .bindAll(inv.number, inv.paymentReference, session.clock().nowMs(), inv.id)
        .run();
}

void InvoiceStore::setSeriesStart(Database& db, const QString& series, std::int64_t next) {
    auto st = db.prepare("SELECT start_locked FROM number_series WHERE name = ?1");
    st.bind(1, series);
    if (!st.step())
        throw Error::invalid(QStringLiteral("series"),
                             QCoreApplication::translate("skranke::InvoiceService",
                                                         "There is no number series \"%1\".")
                                 .arg(series));
    if (st.int64(0) != 0)
        throw Error(ErrorCode::Conflict,
                    QCoreApplication::translate("skranke::InvoiceService",
                                                "The series \"%1\" is in use or its start was "
                                                "already set; it cannot change.")
                        .arg(series),
                    QStringLiteral("start"));
    db.prepare("UPDATE number_series SET next_number = ?1, start_locked = 1 WHERE name = ?2")
        .bindAll(next, series)
        .run();
}

QHash<std::int64_t, std::int64_t> InvoiceStore::creditedQuantities(Database& db,
                                                                   std::int64_t invoiceId) {
    auto st = db.prepare(
        "SELECT l.credited_line_id, sum(l.quantity_milli) FROM invoice_line l "
        "JOIN invoice n ON n.id = l.invoice_id "
        "WHERE n.credited_invoice_id = ?1 AND n.status = 'posted' "
        "AND l.credited_line_id IS NOT NULL GROUP BY l.credited_line_id");
    st.bind(1, invoiceId);
    QHash<std::int64_t, std::int64_t> out;
    while (st.step())
        out.insert(st.int64(0), st.int64(1));
    return out;
}

}  // namespace skranke
