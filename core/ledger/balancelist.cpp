#include "core/ledger/balancelist.h"

#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QCoreApplication>

namespace skranke {

int BalanceList::bucketOf(const QDate& dueDate, const QDate& asOf, int interval) {
    const qint64 late = dueDate.daysTo(asOf);
    if (late <= 0)
        return 0;
    if (late <= interval)
        return 1;
    if (late <= 2 * interval)
        return 2;
    return 3;
}

std::vector<BalanceList::Row> BalanceList::compute(Database& db, const Filter& f) {
    if (!f.asOf.isValid())
        throw Error::invalid(QStringLiteral("as_of"),
                             QCoreApplication::translate("skranke::BalanceList", "The as-of date is required."));
    if (f.intervalDays < 1 || f.intervalDays > 365)
        throw Error::invalid(QStringLiteral("interval"),
                             QCoreApplication::translate("skranke::BalanceList",
                                                         "The interval must be 1 to 365 days."));
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    // Open as of the date: the amount less what was settled on or before it.
    auto st = db.prepare(
        "WITH s(pid, minor) AS ("
        "  SELECT debit_posting_id, amount_minor FROM settlement "
        "   WHERE settled_date <= ?1 AND undone_ms IS NULL "
        "  UNION ALL SELECT credit_posting_id, -amount_minor FROM settlement "
        "   WHERE settled_date <= ?1 AND undone_ms IS NULL), "
        "settled(pid, minor) AS (SELECT pid, sum(minor) FROM s GROUP BY pid) "
        "SELECT d.id, CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, "
        "p.kind, ifnull(p.doc_number, 0), p.posting_date, p.due_date, "
        "p.amount_minor - ifnull(settled.minor, 0) "
        "FROM debtor d LEFT JOIN posting p ON p.debtor_id = d.id AND p.posting_date <= ?1 "
        "LEFT JOIN settled ON settled.pid = p.id "
        "WHERE (?2 = 0 OR d.id >= ?2) AND (?3 = 0 OR d.id <= ?3) "
        "ORDER BY d.id, p.due_date, p.id");
    st.bindAll(Dates::iso(f.asOf), f.debtorFrom, f.debtorTo);
    std::vector<Row> rows;
    auto finish = [&] {
        if (!rows.empty() && !f.includeZero && rows.back().balance.isZero() &&
            rows.back().credits.isZero())
            rows.pop_back();
    };
    while (st.step()) {
        const std::int64_t id = st.int64(0);
        if (rows.empty() || rows.back().debtorId != id) {
            finish();
            Row r;
            r.debtorId = id;
            r.name = st.text(1);
            r.buckets.fill(Money::zero(c));
            r.credits = Money::zero(c);
            r.balance = Money::zero(c);
            rows.push_back(r);
        }
        if (st.isNull(2))
            continue;  // a debtor with no postings yet
        const Money open(st.int64(6), c);
        if (open.isZero())
            continue;
        Row& r = rows.back();
        Item item{st.text(2), st.int64(3), QDate::fromString(st.text(4), Qt::ISODate),
                  QDate::fromString(st.text(5), Qt::ISODate), open, -1};
        if (open.isPositive()) {
            item.bucket = bucketOf(item.dueDate, f.asOf, f.intervalDays);
            r.buckets[std::size_t(item.bucket)] += open;
        } else {
            r.credits += open;
        }
        r.balance += open;
        if (f.specified)
            r.items.push_back(item);
    }
    finish();
    return rows;
}

}  // namespace skranke
