#include "core/journal/journal.h"
#include "core/orders/ordersettings.h"
#include "core/orders/orderstore.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/orderssettingspage.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <catch2/catch.hpp>

using namespace skranke;

TEST_CASE("the online orders settings mark a missing folder and keep good values",
          "[ui][orders-settings]") {
    test::TestBusiness b;
    test::TempDir dir;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    OrdersSettingsPage page(context);
    const auto journalBefore = Journal::count(b.db());

    page.folderEdit()->setText(dir.path("missing"));
    CHECK_FALSE(page.save());
    CHECK(page.errorField() == QLatin1String("import_folder"));
    CHECK(page.folderEdit()->text() == dir.path("missing"));  // kept as typed
    CHECK(Journal::count(b.db()) == journalBefore);

    const QString folder = dir.path("drop");
    REQUIRE(QDir().mkpath(folder));
    page.folderEdit()->setText(folder);
    page.autoCaptureBox()->setChecked(true);
    page.netsUrlEdit()->setText(QStringLiteral("https://api.example.com"));
    page.netsKeyEdit()->setText(QStringLiteral("secret"));
    REQUIRE(page.save());
    const OrderSettings saved = OrderSettings::load(b.db());
    CHECK(saved.importFolder == folder);
    CHECK(saved.autoCaptureValueCards);
    CHECK(saved.netsSecretKey == QLatin1String("secret"));
    CHECK(page.netsKeyEdit()->echoMode() == QLineEdit::Password);
}

TEST_CASE("a status added in settings is offered for orders", "[ui][orders-settings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    OrdersSettingsPage page(context);
    CHECK(page.statusList()->count() == 3);
    REQUIRE(page.addStatus(QStringLiteral("Packed")));
    CHECK(page.statusList()->count() == 4);
    CHECK(OrderStore::statusNamed(b.db(), QStringLiteral("packed")));
    CHECK_FALSE(page.addStatus(QStringLiteral("Effected")));
    CHECK(page.errorField() == QLatin1String("name"));
    CHECK(page.statusList()->count() == 4);
}
