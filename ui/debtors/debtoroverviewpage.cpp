#include "ui/debtors/debtoroverviewpage.h"

#include "core/export/csvwriter.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "ui/debtors/debtordialog.h"
#include "ui/debtors/debtoroverviewmodel.h"
#include "ui/debtors/paymentdialog.h"
#include "ui/debtors/postingsdialog.h"
#include "ui/shell/appcontext.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

DebtorOverviewPage::DebtorOverviewPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new DebtorOverviewModel(context.db(), this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_onlyOutstanding(new QCheckBox(tr("&Only debtors with outstanding"), this)),
      m_hideZero(new QCheckBox(tr("&Hide outstanding = 0"), this)),
      m_totals(new QLabel(this)) {
    m_search->setPlaceholderText(tr("Search ID or name…"));
    m_search->setClearButtonEnabled(true);
    m_onlyOutstanding->setChecked(true);
    connect(m_search, &QLineEdit::textChanged, this, &DebtorOverviewPage::applyFilter);
    connect(m_onlyOutstanding, &QCheckBox::toggled, this, &DebtorOverviewPage::applyFilter);
    connect(m_hideZero, &QCheckBox::toggled, this, &DebtorOverviewPage::applyFilter);

    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(DebtorOverviewModel::Name,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(DebtorOverviewModel::Id, 80);
    m_view->setColumnWidth(DebtorOverviewModel::Group, 160);
    m_view->setColumnWidth(DebtorOverviewModel::Prepayment, 130);
    m_view->setColumnWidth(DebtorOverviewModel::Outstanding, 130);
    connect(m_view, &QTableView::doubleClicked, this, &DebtorOverviewPage::showPostings);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyOutstanding);
    filters->addWidget(m_hideZero);
    auto* actions = new QHBoxLayout;
    const std::pair<QString, void (DebtorOverviewPage::*)()> buttons[] = {
        {tr("&New…"), &DebtorOverviewPage::newDebtor},
        {tr("&Edit…"), &DebtorOverviewPage::editDebtor},
        {tr("Register &payment…"), &DebtorOverviewPage::registerPayment},
        {tr("Pos&tings"), &DebtorOverviewPage::showPostings},
        {tr("&Move to group…"), &DebtorOverviewPage::moveToGroup},
        {tr("Rename &group…"), &DebtorOverviewPage::renameGroup},
        {tr("E&xport CSV…"), &DebtorOverviewPage::exportCsv},
    };
    for (const auto& [label, slot] : buttons) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    actions->addWidget(m_totals);

    auto* title = new QLabel(tr("<h2>Debtors</h2>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    applyFilter();
}

void DebtorOverviewPage::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void DebtorOverviewPage::applyFilter() {
    DebtorOverview::Filter f;
    f.search = m_search->text();
    f.onlyOutstanding = m_onlyOutstanding->isChecked();
    f.hideZeroOutstanding = m_hideZero->isChecked();
    m_model->setFilter(f);
    const auto [outstanding, prepayment] = DebtorOverview::totals(m_context.db(), f);
    m_totals->setText(tr("Outstanding %1 · prepayment %2")
                          .arg(outstanding.formatWithCurrency(QLocale()),
                               prepayment.formatWithCurrency(QLocale())));
}

void DebtorOverviewPage::refresh() {
    applyFilter();
}

std::int64_t DebtorOverviewPage::currentDebtor() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->debtorId(i.row()) : 0;
}

std::vector<std::int64_t> DebtorOverviewPage::markedDebtors() const {
    std::vector<std::int64_t> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.push_back(m_model->debtorId(i.row()));
    return ids;
}

void DebtorOverviewPage::newDebtor() {
    DebtorDialog dialog(m_context, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->setText(QString::number(dialog.debtor().id));
        m_onlyOutstanding->setChecked(false);
    }
}

void DebtorOverviewPage::editDebtor() {
    if (const std::int64_t id = currentDebtor()) {
        DebtorDialog dialog(m_context, id, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    }
}

void DebtorOverviewPage::registerPayment() {
    if (const std::int64_t id = currentDebtor()) {
        PaymentDialog dialog(m_context, id, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    }
}

void DebtorOverviewPage::showPostings() {
    if (const std::int64_t id = currentDebtor()) {
        PostingsDialog dialog(m_context, id, this);
        dialog.exec();
        refresh();
    }
}

void DebtorOverviewPage::moveToGroup() {
    const auto ids = markedDebtors();
    if (ids.empty())
        return;
    QStringList names;
    for (const DebtorGroup& g : DebtorService::groups(m_context.db()))
        names << g.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Move to group"),
        tr("Move %1 marked debtors to the group (type a new name to create it):").arg(ids.size()),
        names, 0, true, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    try {
        auto group = DebtorService::groupByName(m_context.db(), name);
        const std::int64_t groupId =
            group ? group->id : DebtorService::createGroup(m_context.session(), name).id;
        DebtorService::moveToGroup(m_context.session(), ids, groupId);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Move to group"), e.message());
    }
    refresh();
}

void DebtorOverviewPage::renameGroup() {
    QStringList names;
    for (const DebtorGroup& g : DebtorService::groups(m_context.db()))
        names << g.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString old =
        QInputDialog::getItem(this, tr("Rename group"), tr("Group:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Rename group"), tr("New name:"),
                                               QLineEdit::Normal, old, &ok);
    if (!ok)
        return;
    try {
        DebtorService::renameGroup(m_context.session(),
                                   DebtorService::groupByName(m_context.db(), old)->id, name);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Rename group"), e.message());
    }
    refresh();
}

void DebtorOverviewPage::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export debtors"), QStringLiteral("debtors.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter csv(QLatin1Char(';'));
    csv.addRow({tr("ID"), tr("Group"), tr("Name"), tr("Prepayment"), tr("Outstanding")});
    std::int64_t after = 0;
    for (;;) {
        const auto rows = DebtorOverview::page(m_context.db(), m_model->filter(), after, 1000);
        for (const auto& r : rows)
            csv.addRow({QString::number(r.id), r.group, r.name, r.prepayment.format(QLocale()),
                        r.outstanding.format(QLocale())});
        if (rows.size() < 1000)
            break;
        after = rows.back().id;
    }
    try {
        csv.save(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export debtors"), e.message());
    }
}

}  // namespace skranke
