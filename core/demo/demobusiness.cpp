#include "core/demo/demobusiness.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/company/identifiers.h"
#include "core/demo/demoaccounting.h"
#include "core/demo/demobookings.h"
#include "core/demo/democancellations.h"
#include "core/demo/democustomers.h"
#include "core/demo/demoorders.h"
#include "core/demo/demoreceivables.h"
#include "core/demo/demotill.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <map>
#include <numeric>
#include <random>

namespace skranke {

namespace {

QString ean(int item) {
    const QString body = QStringLiteral("57012345%1").arg(item, 4, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body[i].digitValue() * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

CompanyProfile company() {
    CompanyProfile c;
    c.name = QStringLiteral("Fjordlys Ferie & Aktivitetscenter ApS");
    c.addressLine1 = QStringLiteral("Strandvejen 12");
    c.postcode = QStringLiteral("9990");
    c.city = QStringLiteral("Skagen");
    c.country = QStringLiteral("DK");
    c.orgNumber = QStringLiteral("13585628");
    c.vatNumber = QStringLiteral("DK13585628");
    c.bankAccount = QStringLiteral("0040 0440116243");
    c.iban = QStringLiteral("DK5000400440116243");
    c.bic = QStringLiteral("NDEADKKK");
    c.email = QStringLiteral("kontor@fjordlys.example");
    c.phone = QStringLiteral("+45 98 44 12 34");
    c.timeZone = QStringLiteral("Europe/Copenhagen");
    return c;
}

struct DemoProduct {
    const char* name;
    ProductKind kind;
    const char* category;
    const char* price;
    const char* vat;
    bool withEan;
};

const DemoProduct products[] = {
    {"Hytte, 4 personer (pr. nat)", ProductKind::Accommodation, "Hytter", "895.00", "25", false},
    {"Hytte, 6 personer (pr. nat)", ProductKind::Accommodation, "Hytter", "1195.00", "25", false},
    {"Dobbeltværelse (pr. nat)", ProductKind::Accommodation, "Værelser", "745.00", "25", false},
    {"Kano, 2 personer (pr. time)", ProductKind::Rental, "Kano og cykel", "150.00", "25", false},
    {"Cykel (pr. time)", ProductKind::Rental, "Kano og cykel", "40.00", "25", false},
    {"Sauna, 1 time", ProductKind::TimeSlot, "Sauna og baner", "75.00", "25", false},
    {"Padelbane, 1 time", ProductKind::TimeSlot, "Sauna og baner", "240.00", "25", false},
    {"Kajakkursus for begyndere", ProductKind::Event, "Kurser", "450.00", "25", false},
    {"Entré badeland, voksen", ProductKind::Entry, "Entré", "120.00", "25", true},
    {"Entré badeland, barn", ProductKind::Entry, "Entré", "80.00", "25", true},
    {"Slutrengøring", ProductKind::Service, "Service", "400.00", "25", false},
    {"Sengelinned og håndklæder", ProductKind::Service, "Service", "95.00", "25", false},
    {"Kaffe", ProductKind::Goods, "Café", "35.00", "25", true},
    {"Kanelsnegl", ProductKind::Goods, "Café", "32.00", "25", true},
    {"Sodavand 50 cl", ProductKind::Goods, "Café", "25.00", "25", true},
    {"Softice", ProductKind::Goods, "Café", "30.00", "25", true},
    {"Solcreme SPF 30", ProductKind::StockGoods, "Butik", "89.00", "25", true},
    {"Fiskestang", ProductKind::StockGoods, "Butik", "249.95", "25", true},
    {"Gavekort", ProductKind::ValueCard, "Gavekort", "500.00", "0", true},
    {"Gavekort, valgfrit beløb", ProductKind::ValueCard, "Gavekort", "0.00", "0", false},
};

}  // namespace

void DemoBusiness::build(Database& db, const Clock& clock, const Options& options) {
    std::mt19937_64 rng(options.seed);
    Transaction tx(db);
    CompanyService::create(db, clock, company());
    const QString pin = QString::fromLatin1(DemoPin);
    UserService::createOwner(
        db, clock,
        {QStringLiteral("owner"), QStringLiteral("Karen Holm"), {}, SecretKind::Pin, pin});
    const StaffUser ownerUser = *UserService::find(db, QStringLiteral("owner"));
    const Session owner(db, clock, ownerUser, UserService::rightsOf(db, ownerUser),
                        Settings::deviceUid(db));
    UserService::create(owner, {QStringLiteral("manager"), QStringLiteral("Mads Jensen"),
                                QStringLiteral("manager"), SecretKind::Pin, pin});
    UserService::create(owner, {QStringLiteral("desk"), QStringLiteral("Sofie Nielsen"),
                                QStringLiteral("front_desk"), SecretKind::Pin, pin});

    // How many units of each bookable product; the large size has 500 resources.
    const bool large = options.size == Size::Large;
    const std::map<QString, int> units{
        {QStringLiteral("Hytte, 4 personer (pr. nat)"), large ? 200 : 8},
        {QStringLiteral("Hytte, 6 personer (pr. nat)"), large ? 100 : 4},
        {QStringLiteral("Dobbeltværelse (pr. nat)"), large ? 120 : 6},
        {QStringLiteral("Kano, 2 personer (pr. time)"), large ? 40 : 6},
        {QStringLiteral("Cykel (pr. time)"), large ? 30 : 10},
        {QStringLiteral("Sauna, 1 time"), large ? 4 : 1},
        {QStringLiteral("Padelbane, 1 time"), large ? 4 : 2},
        {QStringLiteral("Kajakkursus for begyndere"), large ? 2 : 1},
    };
    int item = 100;
    for (const DemoProduct& d : products) {
        const QString name = QString::fromUtf8(d.name);
        const bool bookable = isBookable(d.kind);
        const int count = bookable ? units.at(name) : 0;
        NewProduct np{QString::number(++item),
                      name,
                      d.kind,
                      QString::fromUtf8(d.category),
                      QString::fromLatin1(d.price),
                      QString::fromLatin1(d.vat),
                      d.withEan ? ean(item) : QString(),
                      d.kind == ProductKind::Event ? 12 : count};
        const Product p = CatalogService::createProduct(owner, np);
        const QString unitName =
            name.section(QLatin1Char(','), 0, 0).section(QLatin1Char(' '), 0, 0);
        // Cabin numbers are shuffled by the seed, as real sites number them.
        std::vector<int> numbers(static_cast<std::size_t>(count));
        std::iota(numbers.begin(), numbers.end(), 1);
        if (d.kind == ProductKind::Accommodation)
            std::shuffle(numbers.begin(), numbers.end(), rng);
        for (int n : numbers)
            CatalogService::createResource(owner, QStringLiteral("%1 %2").arg(unitName).arg(n),
                                           np.category, p.id);
    }
    // Two tills: the reception and the café.
    TillService::createTill(owner, QStringLiteral("K1"), QStringLiteral("Reception"));
    TillService::createTill(owner, QStringLiteral("K2"), QStringLiteral("Café"));
    const QDate today = Dates::localDate(clock.nowMs(), company().timeZone);
    DemoReceivables::build(owner, today, DemoReceivables::sizeFor(options.size), rng);
    DemoTill::build(owner, today, rng);
    // Its own random sequence, so the data above stays as it was.
    DemoCustomers::build(owner, options.seed + 1, options.size == Size::Large ? 20000 : 120);
    DemoBookings::build(owner, today, options.size, options.seed + 2);
    DemoCancellations::build(owner, today, options.seed + 3);
    DemoOrders::build(owner, options.seed + 4);
    DemoAccounting::build(owner, today, options.makeVouchers);
    tx.commit();
}

}  // namespace skranke
