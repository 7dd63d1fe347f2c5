#include "core/booking/cancellation.h"
#include "core/catalog/bookablecatalog.h"
#include "core/journal/journal.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/support/modal.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/bookablesettingspage.h"
#include "ui/shell/pricerulemodel.h"
#include "ui/shell/settingspage.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

QString money(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK"))).format(QLocale(), true);
}

QString cell(const PriceRuleModel& model, int row, int column) {
    return model.data(model.index(row, column)).toString();
}

std::vector<QString> keys(const std::vector<GuestCategory>& categories) {
    std::vector<QString> out;
    for (const GuestCategory& c : categories)
        out.push_back(c.key);
    return out;
}

}  // namespace

TEST_CASE("a price rule is added through its dialog, tried and retired", "[ui][bookable]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    BookableSettingsPage page(context);
    page.show();
    QAbstractItemModelTester tester(page.ruleModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(page.products()->count() == 3);  // cabin, canoe, course; nothing sold over the counter
    REQUIRE(page.selectProduct(shop.cabin.id));
    CHECK(page.productId() == shop.cabin.id);
    CHECK(page.ruleModel()->rowCount() == 0);

    const auto journalBefore = Journal::count(shop.db());
    bool answered = false;
    whenOpen<PriceRuleDialog>([&](PriceRuleDialog* d) {
        answered = true;
        d->fromSet()->setChecked(true);
        d->from()->setDate(QDate(2026, 6, 30));
        d->toSet()->setChecked(true);
        d->to()->setDate(QDate(2026, 6, 1));
        d->amount()->setText(QStringLiteral("950.00"));
        CHECK_FALSE(d->save());
        CHECK(d->errorField() == QStringLiteral("valid_to"));
        CHECK_FALSE(d->to()->styleSheet().isEmpty());
        CHECK(BookableCatalog::priceRules(shop.db(), shop.cabin.id).empty());
        CHECK(Journal::count(shop.db()) == journalBefore);

        d->from()->setDate(QDate(2026, 6, 1));
        d->to()->setDate(QDate(2026, 8, 31));
        for (int day = 0; day < 7; ++day)
            d->weekday(day)->setChecked(day == 4 || day == 5);  // Fri, Sat
        d->priority()->setValue(5);
        CHECK(d->save());
    });
    page.addRule();
    REQUIRE(answered);

    const auto rules = BookableCatalog::priceRules(shop.db(), shop.cabin.id);
    REQUIRE(rules.size() == 1);
    CHECK(rules[0].weekdays == 0x30);
    CHECK(rules[0].amountMinor == 95000);
    CHECK(rules[0].priority == 5);
    CHECK_FALSE(rules[0].maxLength);
    REQUIRE(page.ruleModel()->rowCount() == 1);
    CHECK(cell(*page.ruleModel(), 0, PriceRuleModel::Weekdays) == QStringLiteral("Fri, Sat"));
    CHECK(cell(*page.ruleModel(), 0, PriceRuleModel::Amount) == money(95000));
    CHECK(cell(*page.ruleModel(), 0, PriceRuleModel::Priority) == QStringLiteral("5"));
    CHECK(cell(*page.ruleModel(), 0, PriceRuleModel::Length) == QStringLiteral("1 or more"));
    CHECK(PriceRuleModel::weekdaysText(0x7f) == QStringLiteral("Mon–Sun"));
    CHECK(PriceRuleModel::weekdaysText(0x1f) == QStringLiteral("Mon–Fri"));

    // Friday and Saturday night in the season: the rule's price.
    page.arrival()->setDate(QDate(2026, 6, 5));
    page.departure()->setDate(QDate(2026, 6, 7));
    page.tryPrice();
    CHECK(page.offer()->text().contains(money(190000)));
    // Sunday night: no rule matches.
    page.arrival()->setDate(QDate(2026, 6, 7));
    page.departure()->setDate(QDate(2026, 6, 8));
    page.tryPrice();
    CHECK(page.offer()->text().contains(QStringLiteral("No price matches")));
    // Departure before arrival is marked on the departure.
    page.departure()->setDate(QDate(2026, 6, 6));
    page.tryPrice();
    CHECK_FALSE(page.departure()->styleSheet().isEmpty());
    CHECK(page.offer()->text().isEmpty());

    page.rules()->selectRow(0);
    CHECK(page.retireRule());
    CHECK(page.ruleModel()->rowCount() == 0);
    CHECK(BookableCatalog::priceRules(shop.db(), shop.cabin.id).empty());

    // With no rules the list price per night.
    page.departure()->setDate(QDate(2026, 6, 9));
    page.tryPrice();
    CHECK(page.offer()->text().contains(money(160000)));
}

TEST_CASE("supplier and guest categories of a bookable product apply at once", "[ui][bookable]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    SettingsPage settings(context);
    REQUIRE(settings.bookable());
    CHECK(settings.indexOf(settings.bookable()) >= 0);
    BookableSettingsPage& page = *settings.bookable();
    REQUIRE(page.selectProduct(shop.canoe.id));
    CHECK(page.supplier()->currentIndex() == 0);  // (none)

    bool answered = false;
    whenOpen<EntryDialog>([&](EntryDialog* d) {
        answered = true;
        d->second()->setText(QStringLiteral("kano@example.dk"));
        CHECK_FALSE(d->save());
        CHECK(d->errorField() == QStringLiteral("name"));
        CHECK(BookableCatalog::suppliers(shop.db()).empty());
        d->first()->setText(QStringLiteral("Kanoudlejning Syd"));
        CHECK(d->save());
    });
    page.newSupplier();
    REQUIRE(answered);
    REQUIRE(BookableCatalog::suppliers(shop.db()).size() == 1);
    auto supplier = BookableCatalog::supplierOf(shop.db(), shop.canoe.id);
    REQUIRE(supplier);  // the new supplier is chosen for the product
    CHECK(supplier->name == QStringLiteral("Kanoudlejning Syd"));

    page.supplier()->setCurrentIndex(0);
    CHECK_FALSE(BookableCatalog::supplierOf(shop.db(), shop.canoe.id));
    page.supplier()->setCurrentIndex(1);
    supplier = BookableCatalog::supplierOf(shop.db(), shop.canoe.id);
    REQUIRE(supplier);
    CHECK(supplier->email == QStringLiteral("kano@example.dk"));
    CHECK_FALSE(BookableCatalog::supplierOf(shop.db(), shop.cabin.id));

    // Guest categories: every one until some are chosen.
    REQUIRE(page.selectProduct(shop.cabin.id));
    REQUIRE(page.guestCategory(QStringLiteral("infant")));
    CHECK(page.guestCategory(QStringLiteral("infant"))->isChecked());
    page.guestCategory(QStringLiteral("infant"))->setChecked(false);
    QCoreApplication::processEvents();
    CHECK(keys(BookableCatalog::guestCategoriesOf(shop.db(), shop.cabin.id)) ==
          std::vector<QString>{QStringLiteral("adult"), QStringLiteral("child")});
    REQUIRE(page.guestCategory(QStringLiteral("infant")));
    CHECK_FALSE(page.guestCategory(QStringLiteral("infant"))->isChecked());
    CHECK(page.guests(QStringLiteral("child")));
    CHECK_FALSE(page.guests(QStringLiteral("infant")));  // not asked when the product takes none

    answered = false;
    whenOpen<EntryDialog>([&](EntryDialog* d) {
        answered = true;
        d->first()->setText(QStringLiteral("Senior"));
        d->second()->setText(QStringLiteral("Pensionist"));
        CHECK_FALSE(d->save());
        CHECK(d->errorField() == QStringLiteral("key"));
        d->first()->setText(QStringLiteral("senior"));
        CHECK(d->save());
    });
    page.newCategory();
    REQUIRE(answered);
    REQUIRE(page.guestCategory(QStringLiteral("senior")));
    CHECK(page.guestCategory(QStringLiteral("senior"))->text() == QStringLiteral("Pensionist"));
}

TEST_CASE("per-guest prices and time products are tried as bookings price them", "[ui][bookable]") {
    BookingShop shop;
    const Session owner = shop.owner();
    const GuestCategory child =
        BookableCatalog::guestCategoryByKey(shop.db(), QStringLiteral("child"));
    PriceRule unit;
    unit.productId = shop.cabin.id;
    unit.amountMinor = 70000;
    BookableCatalog::addPriceRule(owner, unit);
    PriceRule perChild;
    perChild.productId = shop.cabin.id;
    perChild.basis = PriceRule::Basis::GuestUnit;
    perChild.guestCategoryId = child.id;
    perChild.amountMinor = 5000;
    BookableCatalog::addPriceRule(owner, perChild);

    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    BookableSettingsPage page(context);
    REQUIRE(page.selectProduct(shop.cabin.id));
    CHECK(page.ruleModel()->rowCount() == 2);
    CHECK(cell(*page.ruleModel(), 1, PriceRuleModel::Category) == child.name);
    page.arrival()->setDate(QDate(2026, 7, 1));
    page.departure()->setDate(QDate(2026, 7, 4));
    REQUIRE(page.guests(QStringLiteral("child")));
    page.guests(QStringLiteral("child"))->setValue(2);
    page.tryPrice();
    PriceQuery q;
    q.start = BookingTime::fromDate(QDate(2026, 7, 1));
    q.end = BookingTime::fromDate(QDate(2026, 7, 4));
    q.guests[child.id] = 2;
    const auto expected = BookableCatalog::offer(shop.db(), shop.cabin.id, q);
    REQUIRE(expected);
    CHECK(*expected != 3 * 70000);  // the children count
    CHECK(page.offer()->text().contains(money(*expected)));

    // The canoe is booked by the hour: 10:00 to 13:00 is three hours.
    REQUIRE(page.selectProduct(shop.canoe.id));
    CHECK(page.arrival()->displayFormat().contains(QStringLiteral("HH:mm")));
    page.arrival()->setDateTime(QDateTime(QDate(2026, 7, 1), QTime(10, 0)));
    page.departure()->setDateTime(QDateTime(QDate(2026, 7, 1), QTime(13, 0)));
    page.quantity()->setValue(2);
    page.tryPrice();
    CHECK(page.offer()->text().contains(money(2 * 3 * 15000)));
}

TEST_CASE("front desk sees the bookable products read-only", "[ui][bookable]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    BookableSettingsPage page(context);
    REQUIRE(page.selectProduct(shop.cabin.id));
    CHECK_FALSE(page.supplier()->isEnabled());
    REQUIRE(page.guestCategory(QStringLiteral("adult")));
    CHECK_FALSE(page.guestCategory(QStringLiteral("adult"))->isEnabled());

    // Should a dialog be reached anyway, the core refuses and nothing is saved.
    PriceRuleDialog dialog(context, shop.cabin, BookableCatalog::guestCategories(shop.db()));
    dialog.amount()->setText(QStringLiteral("100.00"));
    CHECK_FALSE(dialog.save());
    CHECK(BookableCatalog::priceRules(shop.db(), shop.cabin.id).empty());

    // Trying a price needs no right.
    page.arrival()->setDate(QDate(2026, 7, 1));
    page.departure()->setDate(QDate(2026, 7, 3));
    page.tryPrice();
    CHECK(page.offer()->text().contains(money(160000)));
}

TEST_CASE(
    "a product's cancellation terms are typed, explained and refused when they make no "
    "sense",
    "[ui][bookable][cancel]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    BookableSettingsPage page(context);
    page.show();
    REQUIRE(page.selectProduct(shop.cabin.id));
    CHECK(page.cancellationTerms()->text().isEmpty());
    CHECK(page.cancellationTermsText()->text() == QStringLiteral("Free to cancel until arrival"));

    page.cancellationTerms()->setText(QStringLiteral("3:100, 14:50"));
    REQUIRE(page.saveCancellationTerms());
    CHECK(page.cancellationTerms()->text() == QStringLiteral("14:50, 3:100"));
    CHECK(page.cancellationTermsText()->text() ==
          QStringLiteral("Free until 14 day(s) before arrival, 50 % until 3 day(s) before "
                         "arrival, 100 % after"));

    // A fee that falls nearer arrival is refused on the field; the terms stand.
    page.cancellationTerms()->setText(QStringLiteral("14:50, 3:10"));
    CHECK_FALSE(page.saveCancellationTerms());
    CHECK(page.errorText().contains(QStringLiteral("fall")));
    CHECK(CancellationRules::format(CancellationRules::of(shop.db(), shop.cabin.id)) ==
          QStringLiteral("14:50, 3:100"));
    // Another product has its own terms.
    REQUIRE(page.selectProduct(shop.canoe.id));
    CHECK(page.cancellationTerms()->text().isEmpty());
}
