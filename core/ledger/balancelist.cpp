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
        throw Error::invalid(
            QStringLiteral("as_of"),
            QCoreApplication::translate("skranke::BalanceList", "The as-of date is required."));
    if (f.intervalDays < 1 || f.intervalDays > 365)
        throw Error::invalid(QStringLiteral("interval"),
                             QCoreApplication::translate("skranke::BalanceList",
                                                         "The interval must be 1 to 365 days."));
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    // Open as of the date = open now + what was settled after it. Only
    // postings open now or touched by a later settlement can differ from 0,
    // so both sets come from indexes instead of a scan of the whole ledger.
    // Undone settlements count as never made.
    auto st = db.prepare(
        "WITH later(pid, minor) AS ("
        "  SELECT debit_posting_id, amount_minor FROM settlement "
        "   WHERE settled_date > ?1 AND undone_ms IS NULL "
        "  UNION ALL SELECT credit_posting_id, -amount_minor FROM settlement "
        "   WHERE settled_date > ?1 AND undone_ms IS NULL), "
        "later_sum(pid, minor) AS (SELECT pid, sum(minor) FROM later GROUP BY pid), "
        "candidate(pid) AS (SELECT posting_id FROM posting_open WHERE open_minor <> 0 "
        "                   UNION SELECT pid FROM later_sum) "
        "SELECT p.debtor_id, CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, "
        "p.kind, ifnull(p.doc_number, 0), p.posting_date, p.due_date, "
        "o.open_minor + ifnull(l.minor, 0) "
        "FROM candidate c JOIN posting p ON p.id = c.pid "
        "JOIN posting_open o ON o.posting_id = p.id JOIN debtor d ON d.id = p.debtor_id "
        "LEFT JOIN later_sum l ON l.pid = p.id "
        "WHERE p.posting_date <= ?1 AND (?2 = 0 OR p.debtor_id >= ?2) "
        "AND (?3 = 0 OR p.debtor_id <= ?3) AND o.open_minor + ifnull(l.minor, 0) <> 0 "
        "ORDER BY p.debtor_id, p.due_date, p.id");
    st.bindAll(Dates::iso(f.asOf), f.debtorFrom, f.debtorTo);
    std::vector<Row> rows;
    auto newRow = [&](std::int64_t id, const QString& name) {
        Row r;
        r.debtorId = id;
        r.name = name;
        r.buckets.fill(Money::zero(c));
        r.credits = Money::zero(c);
        r.balance = Money::zero(c);
        rows.push_back(r);
    };
    while (st.step()) {
        const std::int64_t id = st.int64(0);
        if (rows.empty() || rows.back().debtorId != id)
            newRow(id, st.text(1));
        const Money open(st.int64(6), c);
        Row& r = rows.back();
        Item item{st.text(2),
                  st.int64(3),
                  QDate::fromString(st.text(4), Qt::ISODate),
                  QDate::fromString(st.text(5), Qt::ISODate),
                  open,
                  -1};
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
    if (f.includeZero) {
        // Every debtor in the range, those with nothing open with zeros.
        std::vector<Row> withOpen = std::move(rows);
        rows.clear();
        auto all = db.prepare(
            "SELECT id, CASE WHEN company_name <> '' THEN company_name ELSE name END FROM debtor "
            "WHERE (?1 = 0 OR id >= ?1) AND (?2 = 0 OR id <= ?2) ORDER BY id");
        all.bindAll(f.debtorFrom, f.debtorTo);
        std::size_t next = 0;
        while (all.step()) {
            if (next < withOpen.size() && withOpen[next].debtorId == all.int64(0))
                rows.push_back(std::move(withOpen[next++]));
            else
                newRow(all.int64(0), all.text(1));
        }
    }
    return rows;
}

}  // namespace skranke
