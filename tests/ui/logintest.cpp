#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/firststartdialog.h"
#include "ui/shell/logindialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

QLineEdit* pinField(QDialog& d) {
    for (QLineEdit* e : d.findChildren<QLineEdit*>())
        if (e->echoMode() == QLineEdit::Password)
            return e;
    return nullptr;
}

QString errorText(QDialog& d) {
    for (QLabel* l : d.findChildren<QLabel*>())
        if (l->styleSheet().contains(QStringLiteral("#c0392b")) && !l->text().isEmpty())
            return l->text();
    return {};
}

// Types into whatever has the focus, as a person at the keyboard would.
void type(QWidget* window, const QString& text) {
    QTest::keyClicks(QApplication::focusWidget() ? QApplication::focusWidget() : window, text);
}

void press(Qt::Key key) {
    QTest::keyClick(QApplication::focusWidget(), key);
}

}  // namespace

TEST_CASE("signing in needs only the keyboard", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    LoginDialog dialog(context);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QComboBox*>()->setFocus();
    type(&dialog, QStringLiteral("owner"));
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == pinField(dialog));
    type(&dialog, QStringLiteral("1234"));
    press(Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.session());
    CHECK(dialog.session()->user().login == QStringLiteral("owner"));
}

TEST_CASE("a wrong PIN is explained, the user kept and the PIN cleared", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    LoginDialog dialog(context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* user = dialog.findChild<QComboBox*>();
    user->setEditText(QStringLiteral("owner"));
    QLineEdit* pin = pinField(dialog);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        pin->setText(QStringLiteral("0000"));
        pin->setFocus();
        press(Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(pin->text().isEmpty());
        CHECK(user->currentText() == QStringLiteral("owner"));
        if (attempt == 1)
            CHECK(errorText(dialog).contains(
                QStringLiteral("Attempts left before the user is locked: 4")));
    }
    CHECK(errorText(dialog).contains(QStringLiteral("locked")));
    pin->setText(QStringLiteral("1234"));
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());  // still locked, even with the right PIN
    CHECK(errorText(dialog).contains(QStringLiteral("Try again in 5 min")));
}

TEST_CASE("the first start creates the company and the owner", "[ui]") {
    test::TempDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto db = Database::open(dir.path("first.sqlite"), Database::OpenMode::Create);
    AppContext context(*db, clock);
    FirstStartDialog dialog(context);
    dialog.show();
    auto edits = dialog.findChildren<QLineEdit*>();
    REQUIRE(edits.size() == 6);  // company, org number, login, name, PIN, PIN again
    edits[0]->setText(QStringLiteral("Havblik Camping"));
    edits[2]->setText(QStringLiteral("ida"));
    edits[3]->setText(QStringLiteral("Ida Holm"));
    edits[4]->setText(QStringLiteral("2468"));
    edits[5]->setText(QStringLiteral("2469"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(errorText(dialog).contains(QStringLiteral("differ")));
    CHECK_FALSE(edits[5]->styleSheet().isEmpty());
    CHECK_FALSE(UserService::hasUsers(*db));
    CHECK_FALSE(CompanyService::load(*db));

    edits[1]->setText(QStringLiteral("12345678"));  // not a valid CVR
    edits[5]->setText(QStringLiteral("2468"));
    dialog.accept();
    CHECK(errorText(dialog).contains(QStringLiteral("12345678")));
    CHECK_FALSE(CompanyService::load(*db));

    edits[1]->setText(QStringLiteral("13585628"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(CompanyService::require(*db).name == QStringLiteral("Havblik Camping"));
    REQUIRE(UserService::find(*db, QStringLiteral("ida")));
    CHECK(UserService::find(*db, QStringLiteral("ida"))->builtInRole == QStringLiteral("owner"));
    CHECK(Journal::verify(*db).ok());
}
