#include "core/accounting/chartofaccounts.h"
#include "core/accounting/exportformat.h"
#include "core/accounting/saftexport.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <memory>

using namespace skranke;
using namespace skranke::test;

namespace {

// A small tree read back with QXmlStreamReader, to ask for values by path.
struct Node {
    QString name;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    std::vector<const Node*> all(const QString& childName) const {
        std::vector<const Node*> out;
        for (const auto& c : children)
            if (c->name == childName)
                out.push_back(c.get());
        return out;
    }
    // "Header/Company/Name": the first match at each step, or nullptr.
    const Node* at(const QString& path) const {
        const Node* n = this;
        for (const QString& step : path.split(u'/')) {
            const auto found = n->all(step);
            if (found.empty())
                return nullptr;
            n = found.front();
        }
        return n;
    }
    QString value(const QString& path) const {
        const Node* n = at(path);
        return n ? n->text : QStringLiteral("<missing %1>").arg(path);
    }
    const Node* at(const char* path) const { return at(QString::fromUtf8(path)); }
    QString value(const char* path) const { return value(QString::fromUtf8(path)); }
    std::vector<const Node*> all(const char* childName) const {
        return all(QString::fromUtf8(childName));
    }
};

std::unique_ptr<Node> parse(const QByteArray& xml) {
    QXmlStreamReader r(xml);
    auto root = std::make_unique<Node>();
    std::vector<Node*> open{root.get()};
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            REQUIRE(r.namespaceUri() ==
                    QLatin1String("urn:StandardAuditFile-Taxation-Financial:NO"));
            auto n = std::make_unique<Node>();
            n->name = r.name().toString();
            Node* raw = n.get();
            open.back()->children.push_back(std::move(n));
            open.push_back(raw);
        } else if (r.isEndElement()) {
            open.back()->text = open.back()->text.trimmed();
            open.pop_back();
        } else if (r.isCharacters()) {
            open.back()->text += r.text();
        }
    }
    REQUIRE_FALSE(r.hasError());
    return root;
}

QString schemaPath() {
    return QStringLiteral(SKRANKE_SAFT_XSD);
}

// xmllint's verdict on the file against the Norwegian schema.
void requireValid(const QByteArray& xml, const TempDir& dir) {
    const QString file = dir.path("saft.xml");
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    REQUIRE(QFileInfo::exists(schemaPath()));
    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), file});
    REQUIRE(lint.waitForStarted());  // xmllint comes with libxml2-utils (script/bootstrap)
    REQUIRE(lint.waitForFinished(60000));
    INFO(QString::fromUtf8(lint.readAllStandardError()).toStdString());
    REQUIRE(lint.exitStatus() == QProcess::NormalExit);
    REQUIRE(lint.exitCode() == 0);
}

Money nok(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("NOK")));
}

VoucherLine line(const char* role, const char* qualifier, const char* account, std::int64_t minor,
                 const char* rate = "", const char* code = "") {
    VoucherLine l;
    l.role = QString::fromUtf8(role);
    l.qualifier = QString::fromUtf8(qualifier);
    l.account = QString::fromUtf8(account);
    l.amount = nok(minor);
    l.vatRate = QString::fromUtf8(rate);
    l.vatCode = QString::fromUtf8(code);
    return l;
}

Voucher insert(Database& db, const QDate& date, const QString& ref, const QString& text,
               std::vector<VoucherLine> lines, VoucherCategory category = VoucherCategory::Sale) {
    static std::int64_t sourceId = 0;
    Voucher v;
    v.date = date;
    v.currency = QStringLiteral("NOK");
    v.sourceKind = QString::fromLatin1(VoucherSource::Receipt);
    v.sourceId = ++sourceId;
    v.sourceRef = ref;
    v.category = category;
    v.text = text;
    v.createdMs = QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    v.lines = std::move(lines);
    v.amount = nok(0);
    v.amount = v.debits();
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
    return v;
}

struct Books {
    TestBusiness shop{QStringLiteral("NO")};
    Voucher january;  // before the period: the opening balance
    Voucher sale;     // 25 % and 15 %, paid by card
    Voucher payout;   // the card money reaching the bank
    Voucher split;    // two revenue lines at 25 % sharing one VAT line

    Books() {
        Database& db = shop.db();
        CompanyProfile p = CompanyService::require(db);
        p.orgNumber = QStringLiteral("923 609 016");
        p.vatNumber = QStringLiteral("NO923609016MVA");
        p.addressLine1 = QStringLiteral("Strandgata 4");
        p.postcode = QStringLiteral("5013");
        p.city = QStringLiteral("Bergen");
        p.phone = QStringLiteral("+47 55 00 00 00");
        p.email = QStringLiteral("post@fjordlys.no");
        CompanyService::save(shop.owner(), p);
        ChartOfAccounts::installDefaults(db, QStringLiteral("NO"));

        january = insert(db, QDate(2026, 1, 15), QStringLiteral("Receipt K1-1"),
                         QStringLiteral("Till sale"),
                         {line("payment", "card", "1580", 125000),
                          line("revenue", "|25", "3000", -100000, "25", "3"),
                          line("vat", "25", "2700", -25000, "25", "3")});
        sale = insert(db, QDate(2026, 2, 3), QStringLiteral("Receipt K1-2"),
                      QStringLiteral("Cabin and breakfast"),
                      {line("payment", "card", "1580", 136500),
                       line("revenue", "|25", "3000", -100000, "25", "3"),
                       line("revenue", "Breakfast|15", "3001", -10000, "15", "31"),
                       line("vat", "25", "2700", -25000, "25", "3"),
                       line("vat", "15", "2701", -1500, "15", "31")});
        payout = insert(
            db, QDate(2026, 2, 10), QStringLiteral("Payout 88"), QStringLiteral("Card payout"),
            {line("bank", "", "1920", 125000), line("payment", "card", "1580", -125000)},
            VoucherCategory::Payout);
        split = insert(db, QDate(2026, 2, 28), QStringLiteral("Receipt K1-3"),
                       QStringLiteral("Two rentals"),
                       {line("payment", "card", "1580", 12500),
                        line("revenue", "Bikes|25", "3000", -6000, "25", "3"),
                        line("revenue", "Kayaks|25", "3000", -4000, "25", "3"),
                        line("vat", "25", "2700", -2500, "25", "3")});
    }

    QByteArray write(const QDate& from, const QDate& to) {
        SaftExport saft;
        return saft.write(shop.db(), ExportPeriod{from, to}, shop.clock());
    }
};

const Node* account(const Node& file, const QString& id) {
    for (const Node* a : file.at("AuditFile/MasterFiles/GeneralLedgerAccounts")->all("Account"))
        if (a->value("AccountID") == id)
            return a;
    return nullptr;
}

const Node* transaction(const Node& file, std::int64_t number) {
    for (const Node* t : file.at("AuditFile/GeneralLedgerEntries/Journal")->all("Transaction"))
        if (t->value("TransactionID") == QString::number(number))
            return t;
    return nullptr;
}

}  // namespace

TEST_CASE("a Norwegian company exports in NOK", "[saft]") {
    TestBusiness shop(QStringLiteral("NO"));
    CHECK(CompanyService::rules(shop.db()).currency == QLatin1String("NOK"));
    CHECK(AccountingExport::make(QStringLiteral("saft"))->fileSuffix() == QLatin1String("xml"));
}

TEST_CASE("the SAF-T file of a month validates and adds up", "[saft]") {
    Books books;
    TempDir dir;
    const QByteArray xml = books.write(QDate(2026, 2, 1), QDate(2026, 2, 28));
    requireValid(xml, dir);
    const auto file = parse(xml);

    SECTION("the header names the company, the period and the software") {
        const Node* h = file->at("AuditFile/Header");
        REQUIRE(h);
        CHECK(h->value("AuditFileVersion") == QLatin1String("1.30"));
        CHECK(h->value("AuditFileCountry") == QLatin1String("NO"));
        CHECK(h->value("AuditFileDateCreated") == QLatin1String("2026-03-02"));
        CHECK(h->value("SoftwareID") == QLatin1String("Skranke"));
        CHECK(h->value("Company/RegistrationNumber") == QLatin1String("923609016"));
        CHECK(h->value("Company/Name") == QLatin1String("Fjordlys Test"));
        CHECK(h->value("Company/Address/City") == QLatin1String("Bergen"));
        CHECK(h->value("Company/Contact/Telephone") == QLatin1String("+47 55 00 00 00"));
        CHECK(h->value("DefaultCurrencyCode") == QLatin1String("NOK"));
        CHECK(h->value("SelectionCriteria/SelectionStartDate") == QLatin1String("2026-02-01"));
        CHECK(h->value("SelectionCriteria/SelectionEndDate") == QLatin1String("2026-02-28"));
    }

    SECTION("the totals are the period's debits and credits, one entry per voucher") {
        const Node* e = file->at("AuditFile/GeneralLedgerEntries");
        REQUIRE(e);
        CHECK(e->value("NumberOfEntries") == QLatin1String("3"));
        // 1365.00 + 1250.00 + 125.00
        CHECK(e->value("TotalDebit") == QLatin1String("2740.00"));
        CHECK(e->value("TotalCredit") == QLatin1String("2740.00"));
        std::int64_t debitLines = 0, transactions = 0;
        QStringList debits;
        for (const Node* t : e->at("Journal")->all("Transaction")) {
            ++transactions;
            for (const Node* l : t->all("Line")) {
                if (const Node* d = l->at("DebitAmount/Amount")) {
                    ++debitLines;
                    debits << d->text;
                }
            }
        }
        CHECK(transactions == 3);
        CHECK(debitLines == 3);
        CHECK(debits == QStringList{QStringLiteral("1365.00"), QStringLiteral("1250.00"),
                                    QStringLiteral("125.00")});
        CHECK_FALSE(transaction(*file, books.january.number));
    }

    SECTION("a voucher becomes a transaction with its lines, VAT and reference") {
        const Node* t = transaction(*file, books.sale.number);
        REQUIRE(t);
        CHECK(t->value("Period") == QLatin1String("2"));
        CHECK(t->value("PeriodYear") == QLatin1String("2026"));
        CHECK(t->value("TransactionDate") == QLatin1String("2026-02-03"));
        CHECK(t->value("Description") == QLatin1String("Cabin and breakfast"));
        const auto lines = t->all("Line");
        REQUIRE(lines.size() == 5);
        CHECK(lines[0]->value("RecordID") == QLatin1String("1"));
        CHECK(lines[0]->value("AccountID") == QLatin1String("1580"));
        CHECK(lines[0]->value("DebitAmount/Amount") == QLatin1String("1365.00"));
        CHECK_FALSE(lines[0]->at("TaxInformation"));
        CHECK(lines[1]->value("AccountID") == QLatin1String("3000"));
        CHECK(lines[1]->value("CreditAmount/Amount") == QLatin1String("1000.00"));
        CHECK(lines[1]->value("TaxInformation/TaxCode") == QLatin1String("3"));
        CHECK(lines[1]->value("TaxInformation/TaxPercentage") == QLatin1String("25"));
        CHECK(lines[1]->value("TaxInformation/TaxBase") == QLatin1String("1000.00"));
        CHECK(lines[1]->value("TaxInformation/CreditTaxAmount/Amount") == QLatin1String("250.00"));
        CHECK(lines[2]->value("TaxInformation/TaxCode") == QLatin1String("31"));
        CHECK(lines[2]->value("TaxInformation/CreditTaxAmount/Amount") == QLatin1String("15.00"));
        CHECK(lines[3]->value("CreditAmount/Amount") == QLatin1String("250.00"));
        for (const Node* l : lines)
            CHECK(l->value("ReferenceNumber") == QLatin1String("Receipt K1-2"));
    }

    SECTION("revenue lines at one rate share its VAT line exactly") {
        const Node* t = transaction(*file, books.split.number);
        REQUIRE(t);
        const auto lines = t->all("Line");
        REQUIRE(lines.size() == 4);
        CHECK(lines[1]->value("TaxInformation/CreditTaxAmount/Amount") == QLatin1String("15.00"));
        CHECK(lines[2]->value("TaxInformation/CreditTaxAmount/Amount") == QLatin1String("10.00"));
    }

    SECTION("accounts carry their opening and closing balances") {
        const Node* card = account(*file, QStringLiteral("1580"));
        REQUIRE(card);
        CHECK(card->value("AccountDescription") == QStringLiteral("Kortoppgjør til gode"));
        CHECK(card->value("GroupingCategory") == QLatin1String("RF-1167"));
        CHECK(card->value("GroupingCode") == QLatin1String("1580"));
        CHECK(card->value("AccountType") == QLatin1String("GL"));
        CHECK(card->value("OpeningDebitBalance") == QLatin1String("1250.00"));
        // 1250.00 + 1365.00 − 1250.00 + 125.00
        CHECK(card->value("ClosingDebitBalance") == QLatin1String("1490.00"));
        const Node* revenue = account(*file, QStringLiteral("3000"));
        REQUIRE(revenue);
        CHECK(revenue->value("OpeningCreditBalance") == QLatin1String("1000.00"));
        CHECK(revenue->value("ClosingCreditBalance") == QLatin1String("2100.00"));
        const Node* bank = account(*file, QStringLiteral("1920"));
        REQUIRE(bank);
        CHECK(bank->value("OpeningDebitBalance") == QLatin1String("0.00"));
        CHECK(bank->value("ClosingDebitBalance") == QLatin1String("1250.00"));
        CHECK_FALSE(account(*file, QStringLiteral("7770")));  // never used
    }

    SECTION("the tax table holds the VAT codes used, with their standard codes") {
        const Node* entry = file->at("AuditFile/MasterFiles/TaxTable/TaxTableEntry");
        REQUIRE(entry);
        CHECK(entry->value("TaxType") == QLatin1String("MVA"));
        const auto codes = entry->all("TaxCodeDetails");
        REQUIRE(codes.size() == 2);
        CHECK(codes[0]->value("TaxCode") == QLatin1String("3"));
        CHECK(codes[0]->value("TaxPercentage") == QLatin1String("25"));
        CHECK(codes[0]->value("StandardTaxCode") == QLatin1String("3"));
        CHECK(codes[0]->value("Country") == QLatin1String("NO"));
        CHECK(codes[1]->value("TaxCode") == QLatin1String("31"));
        CHECK(codes[1]->value("TaxPercentage") == QLatin1String("15"));
        CHECK(codes[1]->value("StandardTaxCode") == QLatin1String("31"));
    }
}

TEST_CASE("a period without vouchers still gives a valid SAF-T file", "[saft]") {
    Books books;
    TempDir dir;
    const QByteArray xml = books.write(QDate(2026, 4, 1), QDate(2026, 4, 30));
    requireValid(xml, dir);
    const auto file = parse(xml);
    CHECK(file->value("AuditFile/GeneralLedgerEntries/NumberOfEntries") == QLatin1String("0"));
    CHECK(file->value("AuditFile/GeneralLedgerEntries/TotalDebit") == QLatin1String("0.00"));
    CHECK(file->value("AuditFile/GeneralLedgerEntries/TotalCredit") == QLatin1String("0.00"));
    CHECK(file->at("AuditFile/GeneralLedgerEntries/Journal")->all("Transaction").empty());
    CHECK_FALSE(file->at("AuditFile/MasterFiles/TaxTable"));
    // What was booked before is still there, unchanged.
    const Node* card = account(*file, QStringLiteral("1580"));
    REQUIRE(card);
    CHECK(card->value("OpeningDebitBalance") == QLatin1String("1490.00"));
    CHECK(card->value("ClosingDebitBalance") == QLatin1String("1490.00"));
}

TEST_CASE("a file without any vouchers at all validates", "[saft]") {
    TestBusiness shop(QStringLiteral("NO"));
    TempDir dir;
    SaftExport saft;
    const QByteArray xml =
        saft.write(shop.db(), ExportPeriod{QDate(2026, 1, 1), QDate(2026, 12, 31)}, shop.clock());
    requireValid(xml, dir);
    CHECK(parse(xml)->value("AuditFile/GeneralLedgerEntries/NumberOfEntries") ==
          QLatin1String("0"));
}

TEST_CASE("a voucher with a line on no account is not exported", "[saft]") {
    Books books;
    const Voucher unmapped = insert(
        books.shop.db(), QDate(2026, 2, 20), QStringLiteral("Receipt K1-9"),
        QStringLiteral("Unknown method"),
        {line("payment", "swish", "", 5000), line("revenue", "|0", "3100", -5000, "0", "5")});
    try {
        books.write(QDate(2026, 2, 1), QDate(2026, 2, 28));
        FAIL("exported");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QString::number(unmapped.number)));
    }
    // The month before is unaffected.
    TempDir dir;
    requireValid(books.write(QDate(2026, 1, 1), QDate(2026, 1, 31)), dir);
}

TEST_CASE("a bad period is refused before anything is read", "[saft]") {
    Books books;
    CHECK_THROWS_AS(books.write(QDate(2026, 2, 28), QDate(2026, 2, 1)), Error);
}
