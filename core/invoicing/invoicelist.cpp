#include "core/invoicing/invoicelist.h"

#include "core/store/database.h"
#include "core/time/dates.h"

namespace skranke {

std::vector<InvoiceList::Row> InvoiceList::page(Database& db, const Filter& f, const Cursor& after,
                                                int limit) {
    auto st = db.prepare(
        "SELECT i.id, i.kind, i.number, i.invoice_date, i.due_date, i.debtor_id, "
        "CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, i.till_ref, "
        "i.total_minor, i.currency, ifnull(o.open_minor, 0) FROM invoice i "
        "JOIN debtor d ON d.id = i.debtor_id "
        "LEFT JOIN posting p ON p.invoice_id = i.id "
        "LEFT JOIN posting_open o ON o.posting_id = p.id "
        "WHERE i.status = 'posted' AND i.invoice_date BETWEEN ?1 AND ?2 "
        "AND (?3 = 0 OR i.number = ?3) AND (?4 = '' OR i.till_ref = ?4) "
        "AND (i.invoice_date < ?5 OR (i.invoice_date = ?5 AND i.id < ?6)) "
        "ORDER BY i.invoice_date DESC, i.id DESC LIMIT ?7");
    st.bindAll(f.from.isValid() ? Dates::iso(f.from) : QStringLiteral("0000-01-01"),
               f.to.isValid() ? Dates::iso(f.to) : QStringLiteral("9999-12-31"), f.number,
               f.tillRef.trimmed(), after.date, after.id, limit);
    std::vector<Row> out;
    while (st.step()) {
        const Currency c = Currency::fromCode(st.text(9));
        const bool credit = st.text(1) == QLatin1String("credit_note");
        out.push_back({st.int64(0), credit, st.int64(2), QDate::fromString(st.text(3), Qt::ISODate),
                       QDate::fromString(st.text(4), Qt::ISODate), st.int64(5), st.text(6),
                       st.text(7), Money(st.int64(8), c), Money(st.int64(10), c)});
    }
    return out;
}

InvoiceList::Cursor InvoiceList::cursorAfter(const Row& row) {
    return {Dates::iso(row.date), row.id};
}

}  // namespace skranke
