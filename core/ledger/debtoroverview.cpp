#include "core/ledger/debtoroverview.h"

#include "core/company/companyservice.h"
#include "core/store/database.h"

namespace skranke {

namespace {

// ?1 search text, ?2 search as ID, ?3 only outstanding, ?4 hide zero, ?5 group.
constexpr const char* where =
    "WHERE (?1 = '' OR d.id = ?2 OR d.name LIKE '%' || ?1 || '%' "
    "       OR d.company_name LIKE '%' || ?1 || '%') "
    "AND (?3 = 0 OR b.outstanding_minor <> 0) "
    "AND (?4 = 0 OR b.outstanding_minor <> 0 OR b.prepayment_minor <> 0) "
    "AND (?5 = 0 OR d.group_id = ?5) ";

void bindFilter(Statement& st, const DebtorOverview::Filter& f) {
    bool isNumber = false;
    const qint64 id = f.search.trimmed().toLongLong(&isNumber);
    st.bind(1, f.search.trimmed())
        .bind(2, isNumber ? id : -1)
        .bind(3, f.onlyOutstanding)
        .bind(4, f.hideZeroOutstanding)
        .bind(5, f.groupId);
}

}  // namespace

std::vector<DebtorOverview::Row> DebtorOverview::page(Database& db, const Filter& f,
                                                      std::int64_t afterId, int limit) {
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    auto st = db.prepare(
        std::string("SELECT d.id, ifnull(g.name, ''), "
                    "CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, "
                    "b.prepayment_minor, b.outstanding_minor FROM debtor d "
                    "JOIN debtor_balance b ON b.debtor_id = d.id "
                    "LEFT JOIN debtor_group g ON g.id = d.group_id ") +
        where + "AND d.id > ?6 ORDER BY d.id LIMIT ?7");
    bindFilter(st, f);
    st.bind(6, afterId).bind(7, limit);
    std::vector<Row> out;
    while (st.step())
        out.push_back(
            {st.int64(0), st.text(1), st.text(2), Money(st.int64(3), c), Money(st.int64(4), c)});
    return out;
}

std::pair<Money, Money> DebtorOverview::totals(Database& db, const Filter& f) {
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    auto st = db.prepare(std::string("SELECT ifnull(sum(b.outstanding_minor), 0), "
                                     "ifnull(sum(b.prepayment_minor), 0) FROM debtor d "
                                     "JOIN debtor_balance b ON b.debtor_id = d.id ") +
                         where);
    bindFilter(st, f);
    st.step();
    return {Money(st.int64(0), c), Money(st.int64(1), c)};
}

}  // namespace skranke
