#include "tests/core/receivables/receivablesfixture.h"

#include "core/store/database.h"

namespace skranke::test {

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

InvoiceLineInput line(const char* text, std::int64_t quantityMilli, std::int64_t unitMinor,
                      const char* vatPercent, const char* discountPercent) {
    return {QString::fromUtf8(text),
            quantityMilli,
            dkk(unitMinor),
            Rate::percent(QLatin1String(vatPercent)),
            Rate::percent(QLatin1String(discountPercent)),
            0};
}

Debtor addDebtor(const Session& session, const QString& name) {
    Debtor d;
    d.companyName = name;
    d.addressLine1 = QStringLiteral("Havnegade 3");
    d.postcode = QStringLiteral("9990");
    d.city = QStringLiteral("Skagen");
    d.business = true;
    return DebtorService::create(session, d);
}

InvoiceDraft draftFor(const Debtor& debtor, std::vector<InvoiceLineInput> lines,
                      const QDate& date) {
    InvoiceDraft d;
    d.debtorId = debtor.id;
    d.date = date;
    d.lines = std::move(lines);
    return d;
}

std::int64_t countRows(Database& db, const char* table) {
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.int64(0);
}

}  // namespace skranke::test
