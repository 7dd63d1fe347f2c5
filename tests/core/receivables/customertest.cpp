#include "core/journal/journal.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace skranke;
using namespace skranke::test;

namespace {

Customer anna() {
    Customer c;
    c.name = QStringLiteral("Anna Østergaard");
    c.email = QStringLiteral("anna@example.dk");
    c.phone = QStringLiteral("+45 20 30 40 50");
    c.addressLine1 = QStringLiteral("Strandvejen 4");
    c.addressLine2 = QStringLiteral("c/o Holm");
    c.addressLine3 = QStringLiteral("Bygning B");
    c.postcode = QStringLiteral("9990");
    c.city = QStringLiteral("Skagen");
    c.notes = QStringLiteral("Kommer hvert år i uge 29");
    c.invoiceRemark = QStringLiteral("Att. bogholderiet");
    return c;
}

QString refusedField(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.field();
    }
    return QStringLiteral("(no error)");
}

}  // namespace

TEST_CASE("a customer needs name, email, address, postcode, city and phone", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    const auto rows = countRows(b.db(), "customer");
    const auto journal = Journal::count(b.db());
    const std::vector<std::pair<QString Customer::*, const char*>> required{
        {&Customer::name, "name"},
        {&Customer::email, "email"},
        {&Customer::addressLine1, "address_line1"},
        {&Customer::postcode, "postcode"},
        {&Customer::city, "city"},
        {&Customer::phone, "phone"}};
    for (const auto& [member, field] : required) {
        Customer c = anna();
        c.*member = QStringLiteral("  ");
        CHECK(refusedField([&] { CustomerService::create(s, c); }) == QLatin1String(field));
    }
    Customer bad = anna();
    bad.email = QStringLiteral("anna at example");
    CHECK(refusedField([&] { CustomerService::create(s, bad); }) == QStringLiteral("email"));
    Customer both = anna();
    both.noEmail = true;
    CHECK(refusedField([&] { CustomerService::create(s, both); }) == QStringLiteral("email"));
    CHECK(countRows(b.db(), "customer") == rows);
    CHECK(Journal::count(b.db()) == journal);

    // "-" where a value is not known; no email when the customer has none.
    Customer walkIn;
    walkIn.name = QStringLiteral("Gæst uden email");
    walkIn.noEmail = true;
    walkIn.addressLine1 = walkIn.postcode = walkIn.city = walkIn.phone = QStringLiteral("-");
    const Customer created = CustomerService::create(s, walkIn);
    CHECK(created.noEmail);
    CHECK(created.email.isEmpty());
}

TEST_CASE("customers are found by email, name, address lines and notes", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    const Customer a = CustomerService::create(s, anna());
    Customer other = anna();
    other.name = QStringLiteral("Bo Hansen");
    other.email = QStringLiteral("bo@firma.no");
    other.addressLine2 = other.addressLine3 = other.notes = QString();
    other.addressLine1 = QStringLiteral("Kongensgade 100%");
    CustomerService::create(s, other);
    Database& db = b.db();
    const auto names = [&](const char* text) {
        QStringList out;
        for (const Customer& c : CustomerService::search(db, QString::fromUtf8(text), 50))
            out << c.name;
        return out;
    };
    CHECK(names("ØSTERGAARD") == QStringList{QStringLiteral("Anna Østergaard")});  // Unicode case
    CHECK(names("østergaard") == QStringList{QStringLiteral("Anna Østergaard")});
    CHECK(names("example.dk") == QStringList{QStringLiteral("Anna Østergaard")});
    CHECK(names("c/o holm") == QStringList{QStringLiteral("Anna Østergaard")});  // line 2
    CHECK(names("bygning") == QStringList{QStringLiteral("Anna Østergaard")});   // line 3
    CHECK(names("uge 29") == QStringList{QStringLiteral("Anna Østergaard")});    // notes
    CHECK(names("100%") == QStringList{QStringLiteral("Bo Hansen")});            // % is literal
    CHECK(names("%").size() == 1);
    CHECK(names("skagen").isEmpty());  // the city is not searched
    CHECK(names("").size() == 2);
    CHECK(names(QByteArray::number(a.id).constData()).contains(QStringLiteral("Anna Østergaard")));
}

TEST_CASE("editing a customer journals what changed and keeps the new fields", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    Customer c = CustomerService::create(s, anna());
    CHECK(c.invoiceRemark == QStringLiteral("Att. bogholderiet"));
    const auto journal = Journal::count(b.db());
    c.invoiceRemark = QStringLiteral("PO 4711");
    c.email.clear();
    c.noEmail = true;
    const Customer after = CustomerService::edit(s, c);
    CHECK(after.invoiceRemark == QStringLiteral("PO 4711"));
    CHECK(after.noEmail);
    CHECK(Journal::count(b.db()) == journal + 1);
    CHECK(CustomerService::edit(s, after).id == after.id);  // nothing changed: not journaled
    CHECK(Journal::count(b.db()) == journal + 1);
    c.id = 9999;
    CHECK(refusedField([&] { CustomerService::edit(s, c); }) == QStringLiteral("customer"));
}
