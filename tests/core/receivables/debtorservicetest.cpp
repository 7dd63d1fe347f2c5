#include "core/journal/journal.h"
#include "core/parties/customerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("debtors need a name or company name and valid identifiers", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    auto fieldOf = [&](Debtor d) {
        try {
            DebtorService::create(s, d);
        } catch (const Error& e) {
            return e.field();
        }
        return QString();
    };
    Debtor d;
    CHECK(fieldOf(d) == QStringLiteral("name"));
    d.name = QStringLiteral("Jens Hansen");
    d.gln = QStringLiteral("5790000000006");
    CHECK(fieldOf(d) == QStringLiteral("gln"));
    d.gln = QStringLiteral("5790000000005");
    d.orgNumber = QStringLiteral("13585629");
    CHECK(fieldOf(d) == QStringLiteral("org_number"));
    d.orgNumber = QStringLiteral("13585628");
    d.email = QStringLiteral("jens@");
    CHECK(fieldOf(d) == QStringLiteral("email"));
    d.email = QStringLiteral("jens@example.dk");
    d.terms.days = 400;
    CHECK(fieldOf(d) == QStringLiteral("terms_days"));
    d.terms.days = 30;
    CHECK(fieldOf(d).isEmpty());
}

TEST_CASE("debtor edits are journaled with what changed; search finds by name or ID", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    Debtor d = addDebtor(s);
    d.city = QStringLiteral("Frederikshavn");
    DebtorService::edit(s, d);
    const auto last = Journal::page(b.db(), 0, 1).front();
    CHECK(last.action == QStringLiteral("edit"));
    CHECK(last.payload.contains(QStringLiteral("Frederikshavn")));
    CHECK(last.payload.contains(QStringLiteral("Skagen")));
    CHECK(DebtorService::search(b.db(), QStringLiteral("tømrer"), 10).size() == 1);
    CHECK(DebtorService::search(b.db(), QString::number(d.id), 10).front().id == d.id);
}

TEST_CASE("payment terms give the due date", "[parties]") {
    PaymentTerms net{PaymentTerms::Kind::Net, 14};
    CHECK(net.dueDate(QDate(2026, 1, 25)) == QDate(2026, 2, 8));
    PaymentTerms eom{PaymentTerms::Kind::EndOfMonth, 30};
    CHECK(eom.dueDate(QDate(2026, 1, 25)) == QDate(2026, 3, 2));
    CHECK(PaymentTerms{PaymentTerms::Kind::EndOfMonth, 0}.dueDate(QDate(2028, 2, 3)) ==
          QDate(2028, 2, 29));
}

TEST_CASE("groups: create, rename, move marked debtors in one action", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor a = addDebtor(s, QStringLiteral("A"));
    const Debtor c = addDebtor(s, QStringLiteral("C"));
    const DebtorGroup g = DebtorService::createGroup(s, QStringLiteral("Kommuner"));
    CHECK_THROWS_AS(DebtorService::createGroup(s, QStringLiteral("kommuner")), Error);
    DebtorService::moveToGroup(s, {a.id, c.id}, g.id);
    DebtorService::renameGroup(s, g.id, QStringLiteral("Municipalities"));
    const auto groups = DebtorService::groups(b.db());
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].name == QStringLiteral("Municipalities"));
    CHECK(groups[0].debtorCount == 2);
    CHECK(DebtorService::require(b.db(), a.id).groupName == QStringLiteral("Municipalities"));
    CHECK_THROWS_AS(DebtorService::moveToGroup(s, {a.id, 999}, g.id), Error);
}

TEST_CASE("a debtor can be shared by customers and unlinked", "[parties]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    Customer c1;
    c1.name = QStringLiteral("Anna");
    c1.noEmail = true;
    c1.addressLine1 = c1.postcode = c1.city = c1.phone = QStringLiteral("-");
    Customer c2 = c1;
    c2.name = QStringLiteral("Bo");
    const Customer a = CustomerService::create(s, c1);
    const Customer bo = CustomerService::create(s, c2);
    CustomerService::linkDebtor(s, a.id, d.id);
    CustomerService::linkDebtor(s, bo.id, d.id);
    CHECK(CustomerService::ofDebtor(b.db(), d.id).size() == 2);
    CustomerService::linkDebtor(s, a.id, 0);
    CHECK(CustomerService::ofDebtor(b.db(), d.id).size() == 1);
}
