#include "ui/accounting/mappingpage.h"

#include "core/accounting/accountingservice.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/voucherstore.h"
#include "core/auth/rights.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/accounting/accountdialog.h"
#include "ui/accounting/accountmappingmodel.h"
#include "ui/accounting/chartofaccountsmodel.h"
#include "ui/shell/appcontext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

// Chooses the account of a mapping row among the active accounts (or none).
class AccountChoiceDelegate final : public QStyledItemDelegate {
public:
    AccountChoiceDelegate(AppContext& context, QObject* parent)
        : QStyledItemDelegate(parent), m_context(context) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override {
        auto* box = new QComboBox(parent);
        box->addItem(MappingPage::tr("(not mapped)"), QString());
        const QString current = index.data(Qt::EditRole).toString();
        for (const Account& a : ChartOfAccounts::list(m_context.db()))
            if (a.active || a.number == current)
                box->addItem(QStringLiteral("%1  %2").arg(a.number, a.name), a.number);
        // Choosing an account is the edit: save it without waiting for focus to move.
        connect(box, &QComboBox::activated, this, [this, box] {
            Q_EMIT const_cast<AccountChoiceDelegate*>(this)->commitData(box);
            Q_EMIT const_cast<AccountChoiceDelegate*>(this)->closeEditor(box);
        });
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }

private:
    AppContext& m_context;
};

}  // namespace

MappingPage::MappingPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_chart(new ChartOfAccountsModel(context, this)),
      m_mapping(new AccountMappingModel(context, this)),
      m_chartView(new QTableView(this)),
      m_mappingView(new QTableView(this)),
      m_add(new QPushButton(tr("Add accou&nt…"), this)),
      m_edit(new QPushButton(tr("E&dit…"), this)),
      m_defaults(new QPushButton(this)),
      m_error(new QLabel(this)),
      m_status(new QLabel(this)) {
    for (QTableView* view : {m_chartView, m_mappingView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
    }
    m_chartView->setModel(m_chart);
    for (int column : {ChartOfAccountsModel::Number, ChartOfAccountsModel::Kind,
                       ChartOfAccountsModel::StandardCode, ChartOfAccountsModel::Active})
        m_chartView->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_chartView->horizontalHeader()->setSectionResizeMode(ChartOfAccountsModel::Name,
                                                          QHeaderView::Stretch);
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(AccountMappingModel::Account,
                                            new AccountChoiceDelegate(context, this));
    m_mappingView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::SelectedClicked |
                                   QAbstractItemView::EditKeyPressed);
    m_mappingView->horizontalHeader()->setSectionResizeMode(AccountMappingModel::What,
                                                            QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->setSectionResizeMode(AccountMappingModel::AccountName,
                                                            QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->resizeSection(AccountMappingModel::Account, 130);

    auto* chartBox = new QGroupBox(tr("Chart of accounts"), this);
    auto* chartButtons = new QHBoxLayout;
    chartButtons->addWidget(m_add);
    chartButtons->addWidget(m_edit);
    chartButtons->addWidget(m_defaults);
    chartButtons->addStretch(1);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addLayout(chartButtons);

    auto* mappingBox = new QGroupBox(tr("Mapping"), this);
    auto* note = new QLabel(tr("The account each kind of amount is booked on. Double-click an "
                               "account to change it. A voucher with a line that is not mapped "
                               "fails until the line gets an account."),
                            this);
    note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_status->setWordWrap(true);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(note);
    mappingLayout->addWidget(m_mappingView, 1);
    mappingLayout->addWidget(m_status);
    mappingLayout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(chartBox);
    splitter->addWidget(mappingBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &MappingPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &MappingPage::editAccount);
    connect(m_defaults, &QPushButton::clicked, this, &MappingPage::loadDefaultChart);
    connect(m_chartView, &QTableView::doubleClicked, this, &MappingPage::editAccount);
    connect(m_chartView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MappingPage::updateState);
    connect(m_mapping, &AccountMappingModel::refused, this, &MappingPage::showError);
    connect(m_mapping, &AccountMappingModel::mappingChanged, this, [this] {
        m_error->clear();
        updateState();
        offerRestart();
    });
    updateState();
}

bool MappingPage::mayEdit() const {
    return m_context.signedIn() && m_context.session().has(rights::SettingsEdit);
}

QString MappingPage::countryName() const {
    const auto profile = CompanyService::load(m_context.db());
    const QString country = profile ? profile->country : QString();
    if (country == QLatin1String("DK"))
        return tr("Denmark");
    if (country == QLatin1String("NO"))
        return tr("Norway");
    if (country == QLatin1String("SE"))
        return tr("Sweden");
    return country;
}

void MappingPage::updateState() {
    const bool may = mayEdit();
    const bool installed = ChartOfAccounts::installed(m_context.db());
    m_defaults->setText(tr("Load the de&fault chart for %1").arg(countryName()));
    m_defaults->setVisible(!installed);
    m_defaults->setEnabled(may);
    m_add->setEnabled(may);
    m_edit->setEnabled(may && m_chartView->selectionModel()->hasSelection());
    const int unmapped = m_mapping->unmappedCount();
    if (!installed)
        m_status->setText(
            tr("No chart of accounts yet: load the default chart or add "
               "accounts, then map each row to an account."));
    else if (unmapped > 0)
        m_status->setText(tr("%n row(s) not mapped.", nullptr, unmapped));
    else
        m_status->setText(tr("Every row is mapped."));
    m_status->setStyleSheet(unmapped > 0 || !installed ? QStringLiteral("color: #b71c1c;")
                                                       : QString());
    if (!may)
        m_mappingView->setToolTip(tr("Only users who may change settings can change this."));
}

void MappingPage::reload() {
    m_chart->reload();
    m_mapping->reload();
    updateState();
}

void MappingPage::showError(const QString& message) {
    m_error->setText(message);
}

bool MappingPage::loadDefaultChart() {
    m_error->clear();
    try {
        if (!mayEdit())
            throw Error(ErrorCode::Forbidden, tr("You may not change settings."));
        const auto profile = CompanyService::require(m_context.db());
        ChartOfAccounts::installDefaults(m_context.db(), profile.country);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    offerRestart();
    return true;
}

void MappingPage::addAccount() {
    AccountDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int row = m_chart->rowOf(dialog.savedNumber());
    if (row >= 0)
        m_chartView->selectRow(row);
}

void MappingPage::editAccount() {
    const QModelIndex current = m_chartView->selectionModel()->currentIndex();
    const Account* a = m_chart->account(current.row());
    if (!a || !mayEdit())
        return;
    AccountDialog dialog(m_context, *a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int row = m_chart->rowOf(dialog.savedNumber());
    if (row >= 0)
        m_chartView->selectRow(row);
}

int MappingPage::failedForMapping() const {
    VoucherFilter filter;
    filter.state = VoucherState::Failed;
    int count = 0;
    std::int64_t after = 0;
    for (;;) {
        const std::vector<Voucher> page = VoucherStore::list(m_context.db(), filter, after);
        for (const Voucher& v : page)
            if (v.failKind == FailKind::Mapping)
                ++count;
        if (page.size() < 200)
            break;
        after = page.back().number;
    }
    return count;
}

void MappingPage::offerRestart() {
    if (!m_context.signedIn() || !m_context.session().has(rights::AccountingManage))
        return;
    const int failed = failedForMapping();
    if (failed == 0)
        return;
    const QString question =
        tr("%n voucher(s) failed for a missing mapping. Restart them now?", nullptr, failed);
    const bool yes = m_confirm ? m_confirm(failed)
                               : QMessageBox::question(this, tr("Restart vouchers"), question) ==
                                     QMessageBox::Yes;
    if (!yes)
        return;
    try {
        const int restarted = AccountingService::restartAllFailed(m_context.session());
        m_status->setText(tr("%n voucher(s) restarted.", nullptr, restarted));
    } catch (const Error& e) {
        showError(e.message());
    }
}

QString MappingPage::errorText() const {
    return m_error->text();
}

QString MappingPage::statusText() const {
    return m_status->text();
}

}  // namespace skranke
