#include "core/accounting/accountingsettings.h"
#include "core/accounting/accountmapping.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/voucherstore.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/testbusiness.h"
#include "ui/accounting/accountdialog.h"
#include "ui/accounting/accountmappingmodel.h"
#include "ui/accounting/chartofaccountsmodel.h"
#include "ui/accounting/mappingpage.h"
#include "ui/shell/accountingsettingspage.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

// A debtor payment by Swish: the business now uses a payment method the
// default mapping does not know.
std::int64_t insertSwishVoucher(Database& db) {
    Voucher v;
    v.date = QDate(2026, 3, 2);
    v.currency = QStringLiteral("DKK");
    v.sourceKind = QString::fromLatin1(VoucherSource::Payment);
    v.sourceId = 1;
    v.sourceRef = QStringLiteral("Payment 1");
    v.category = VoucherCategory::Payment;
    v.method = QStringLiteral("swish");
    v.text = QStringLiteral("Payment from Hansen");
    v.amount = dkk(50000);
    v.createdMs = 1772442000000;
    v.lines.push_back({QStringLiteral("payment"), QStringLiteral("swish"), QString(), dkk(50000),
                       QString(), QString(), QString()});
    v.lines.push_back({QStringLiteral("receivable"), QString(), QString(), dkk(-50000), QString(),
                       QString(), QString()});
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
    return v.id;
}

QString accountFor(Database& db, const char* role, const QString& qualifier) {
    for (const MappingEntry& e : AccountMapping::list(db))
        if (e.role == QLatin1String(role) && e.qualifier == qualifier)
            return e.account;
    return {};
}

}  // namespace

TEST_CASE("accounting settings save the test target with automatic transfer from a date",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    AccountingSettingsPage page(context);
    CHECK(page.restKeyEdit()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(page.restUrlEdit()->isEnabled());  // only for the REST target

    page.targetBox()->setCurrentIndex(page.targetBox()->findData(QStringLiteral("test")));
    page.autoBox()->setChecked(true);
    page.autoFromEdit()->setDate(QDate(2026, 3, 1));
    REQUIRE(page.save());
    CHECK(page.resultText() == QLatin1String("Saved."));

    const AccountingSettings s = AccountingSettingsStore::load(b.db());
    CHECK(s.target == QLatin1String("test"));
    CHECK(s.autoTransfer);
    CHECK(s.autoFrom == QDate(2026, 3, 1));
    CHECK(s.autoQueues(QDate(2026, 3, 1)));
    CHECK_FALSE(s.autoQueues(QDate(2026, 2, 28)));

    AccountingSettingsPage again(context);  // what the next visit shows
    CHECK(again.targetBox()->currentData().toString() == QLatin1String("test"));
    CHECK(again.autoBox()->isChecked());
    CHECK(again.autoFromEdit()->date() == QDate(2026, 3, 1));
}

TEST_CASE("a REST target without an address is refused on the address and nothing is saved",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    AccountingSettingsPage page(context);
    const auto journalBefore = Journal::count(b.db());

    page.targetBox()->setCurrentIndex(page.targetBox()->findData(QStringLiteral("rest")));
    CHECK(page.restUrlEdit()->isEnabled());
    page.restUrlEdit()->clear();
    page.restKeyEdit()->setText(QStringLiteral("key-123"));
    CHECK_FALSE(page.save());
    CHECK(page.errorField() == QLatin1String("rest_url"));
    CHECK_FALSE(page.errorText().isEmpty());
    CHECK(page.restKeyEdit()->text() == QLatin1String("key-123"));  // kept as typed
    CHECK(AccountingSettingsStore::load(b.db()).target.isEmpty());
    CHECK(Journal::count(b.db()) == journalBefore);

    page.restUrlEdit()->setText(QStringLiteral("https://api.example.com/v1"));
    page.restTimeoutBox()->setValue(45);
    REQUIRE(page.save());
    CHECK(page.errorField().isEmpty());
    const AccountingSettings s = AccountingSettingsStore::load(b.db());
    CHECK(s.target == QLatin1String("rest"));
    CHECK(s.restUrl == QLatin1String("https://api.example.com/v1"));
    CHECK(s.restKey == QLatin1String("key-123"));
    CHECK(s.restTimeoutS == 45);
}

TEST_CASE("the transfer timeout stays within 1 to 60 seconds", "[ui][accounting-settings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    AccountingSettingsPage page(context);
    page.restTimeoutBox()->setValue(61);
    CHECK(page.restTimeoutBox()->value() == 60);
    page.restTimeoutBox()->setValue(0);
    CHECK(page.restTimeoutBox()->value() == 1);

    AccountingSettings s;
    s.target = QStringLiteral("rest");
    s.restUrl = QStringLiteral("https://api.example.com/v1");
    for (int timeout : {0, 61}) {
        s.restTimeoutS = timeout;
        try {
            AccountingSettingsStore::save(b.owner(), s);
            FAIL("a timeout of " << timeout << " s was saved");
        } catch (const Error& e) {
            CHECK(e.field() == QLatin1String("rest_timeout"));
        }
    }
    CHECK(AccountingSettingsStore::load(b.db()).target.isEmpty());
}

TEST_CASE("without settings.edit the accounting settings are read-only",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    AppContext context(b.db(), b.clock());
    context.setSession(b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    AccountingSettingsPage page(context);
    CHECK_FALSE(page.targetBox()->isEnabled());
    CHECK_FALSE(page.autoBox()->isEnabled());
    MappingPage* mapping = page.mapping();
    CHECK_FALSE(mapping->addButton()->isEnabled());
    CHECK_FALSE(mapping->editButton()->isEnabled());
    AccountMappingModel* model = mapping->mappingModel();
    REQUIRE(model->rowCount() > 0);
    const QModelIndex cell = model->index(0, AccountMappingModel::Account);
    CHECK_FALSE(model->flags(cell).testFlag(Qt::ItemIsEditable));
    const QString before = model->data(cell, Qt::EditRole).toString();
    CHECK_FALSE(model->setData(cell, QString()));
    CHECK(model->data(cell, Qt::EditRole).toString() == before);
}

TEST_CASE("an unmapped payment method is listed and mapped from the mapping page",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    insertSwishVoucher(b.db());
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MappingPage page(context);
    AccountMappingModel* model = page.mappingModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int row = model->rowOf(QStringLiteral("payment"), QStringLiteral("swish"));
    REQUIRE(row >= 0);
    const QModelIndex account = model->index(row, AccountMappingModel::Account);
    CHECK_FALSE(model->data(account, AccountMappingModel::MappedRole).toBool());
    CHECK(model->data(account).toString() == QLatin1String("Not mapped"));
    CHECK(model->data(model->index(row, AccountMappingModel::What))
              .toString()
              .contains(QLatin1String("swish")));
    CHECK(model->flags(account).testFlag(Qt::ItemIsEditable));
    const int unmappedBefore = model->unmappedCount();
    CHECK(unmappedBefore >= 1);

    // An account that is not in the chart is refused and the row stays as it was.
    CHECK_FALSE(model->setData(account, QStringLiteral("99999")));
    CHECK_FALSE(page.errorText().isEmpty());
    CHECK(model->data(account).toString() == QLatin1String("Not mapped"));
    CHECK(accountFor(b.db(), "payment", QStringLiteral("swish")).isEmpty());

    // Swish goes to the same account as card payments.
    const QString cardAccount = accountFor(b.db(), "payment", QStringLiteral("card"));
    REQUIRE_FALSE(cardAccount.isEmpty());
    CHECK(model->setData(account, cardAccount));
    CHECK(page.errorText().isEmpty());
    CHECK(model->data(account, AccountMappingModel::MappedRole).toBool());
    CHECK(model->data(account).toString() == cardAccount);
    CHECK(model->data(model->index(row, AccountMappingModel::AccountName)).toString() ==
          ChartOfAccounts::find(b.db(), cardAccount)->name);
    CHECK(accountFor(b.db(), "payment", QStringLiteral("swish")) == cardAccount);
    CHECK(model->unmappedCount() == unmappedBefore - 1);
}

TEST_CASE("the mapping's account editor offers the active accounts", "[ui][accounting-settings]") {
    test::TestBusiness b;
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    insertSwishVoucher(b.db());
    Account old = ChartOfAccounts::list(b.db()).front();
    old.active = false;
    ChartOfAccounts::save(b.owner(), old);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MappingPage page(context);
    AccountMappingModel* model = page.mappingModel();
    const QModelIndex cell =
        model->index(model->rowOf(QStringLiteral("payment"), QStringLiteral("swish")),
                     AccountMappingModel::Account);
    QAbstractItemDelegate* delegate = page.mappingView()->itemDelegateForIndex(cell);
    REQUIRE(delegate);
    std::unique_ptr<QWidget> editor(delegate->createEditor(page.mappingView(), {}, cell));
    auto* box = qobject_cast<QComboBox*>(editor.get());
    REQUIRE(box);
    CHECK(box->count() == int(ChartOfAccounts::list(b.db(), true).size()) + 1);  // + not mapped
    CHECK(box->findData(old.number) < 0);
    const QString target = ChartOfAccounts::list(b.db(), true).back().number;
    box->setCurrentIndex(box->findData(target));
    delegate->setModelData(box, model, cell);
    CHECK(accountFor(b.db(), "payment", QStringLiteral("swish")) == target);

    // In the view, picking an account from the list saves it at once.
    page.show();
    page.mappingView()->edit(cell);
    editor.reset();
    auto* open = page.mappingView()->viewport()->findChild<QComboBox*>();
    REQUIRE(open);
    const int other = open->findData(ChartOfAccounts::list(b.db(), true).front().number);
    REQUIRE(other > 0);
    open->setCurrentIndex(other);
    Q_EMIT open->activated(other);
    CHECK(accountFor(b.db(), "payment", QStringLiteral("swish")) ==
          ChartOfAccounts::list(b.db(), true).front().number);
}

TEST_CASE("without a chart the page offers the country's default chart",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MappingPage page(context);
    QAbstractItemModelTester chartTester(page.chartModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester mappingTester(page.mappingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.chartModel()->rowCount() == 0);
    CHECK(page.defaultsButton()->isVisibleTo(&page));
    CHECK(page.defaultsButton()->text().contains(QLatin1String("Denmark")));

    REQUIRE(page.loadDefaultChart());
    CHECK(ChartOfAccounts::installed(b.db()));
    CHECK(page.chartModel()->rowCount() ==
          int(ChartOfAccounts::defaults(QStringLiteral("DK")).size()));
    CHECK_FALSE(page.defaultsButton()->isVisibleTo(&page));
    const int cardRow =
        page.mappingModel()->rowOf(QStringLiteral("payment"), QStringLiteral("card"));
    REQUIRE(cardRow >= 0);
    CHECK(page.mappingModel()
              ->data(page.mappingModel()->index(cardRow, AccountMappingModel::Account),
                     AccountMappingModel::MappedRole)
              .toBool());
}

TEST_CASE("an account is added through the dialog and a duplicate number is refused",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    ChartOfAccountsModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();

    AccountDialog add(context);
    add.numberEdit()->setText(QStringLiteral("5899"));
    add.nameEdit()->setText(QStringLiteral("Swish clearing"));
    add.kindBox()->setCurrentIndex(add.kindBox()->findData(QStringLiteral("asset")));
    add.accept();
    CHECK(add.result() == QDialog::Accepted);
    const auto saved = ChartOfAccounts::find(b.db(), QStringLiteral("5899"));
    REQUIRE(saved);
    CHECK(saved->name == QLatin1String("Swish clearing"));
    CHECK(saved->kind == AccountKind::Asset);
    CHECK(saved->active);
    model.reload();
    CHECK(model.rowCount() == before + 1);
    REQUIRE(model.rowOf(QStringLiteral("5899")) >= 0);

    AccountDialog duplicate(context);
    duplicate.numberEdit()->setText(QStringLiteral("5899"));
    duplicate.nameEdit()->setText(QStringLiteral("Something else"));
    duplicate.accept();
    CHECK(duplicate.result() != QDialog::Accepted);
    CHECK(duplicate.errorField() == QLatin1String("number"));
    CHECK(ChartOfAccounts::find(b.db(), QStringLiteral("5899"))->name ==
          QLatin1String("Swish clearing"));

    AccountDialog empty(context);
    empty.nameEdit()->setText(QStringLiteral("No number"));
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    CHECK(empty.errorField() == QLatin1String("number"));

    AccountDialog noName(context);
    noName.numberEdit()->setText(QStringLiteral("5898"));
    noName.accept();
    CHECK(noName.result() != QDialog::Accepted);
    CHECK(noName.errorField() == QLatin1String("name"));
    CHECK_FALSE(ChartOfAccounts::find(b.db(), QStringLiteral("5898")));

    // Editing keeps the number and changes the rest.
    AccountDialog edit(context, *saved);
    CHECK(edit.numberEdit()->isReadOnly());
    edit.nameEdit()->setText(QStringLiteral("Swish settlement"));
    edit.activeBox()->setChecked(false);
    edit.accept();
    CHECK(edit.result() == QDialog::Accepted);
    const auto changed = ChartOfAccounts::find(b.db(), QStringLiteral("5899"));
    CHECK(changed->name == QLatin1String("Swish settlement"));
    CHECK_FALSE(changed->active);
}

TEST_CASE("mapping a missing account offers to restart the vouchers that failed for it",
          "[ui][accounting-settings]") {
    test::TestBusiness b;
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    const std::int64_t id = insertSwishVoucher(b.db());
    {
        Transaction tx(b.db());
        VoucherStore::markFailed(b.db(), id, b.clock().nowMs(), FailKind::Mapping,
                                 QStringLiteral("payment method “swish” has no account"));
        tx.commit();
    }
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MappingPage page(context);
    CHECK(page.failedForMapping() == 1);
    int asked = -1;
    page.setRestartConfirmer([&](int failed) {
        asked = failed;
        return true;
    });
    AccountMappingModel* model = page.mappingModel();
    const QModelIndex cell =
        model->index(model->rowOf(QStringLiteral("payment"), QStringLiteral("swish")),
                     AccountMappingModel::Account);
    REQUIRE(model->setData(cell, accountFor(b.db(), "payment", QStringLiteral("card"))));
    CHECK(asked == 1);
    const Voucher v = VoucherStore::require(b.db(), id);
    CHECK(v.state == VoucherState::Queued);
    CHECK(v.fullyMapped());
    CHECK(page.failedForMapping() == 0);
    CHECK(page.statusText().contains(QLatin1String("restarted")));
}
