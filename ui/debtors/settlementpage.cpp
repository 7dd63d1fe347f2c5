#include "ui/debtors/settlementpage.h"

#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/debtors/settlementcandidatemodel.h"
#include "ui/shell/appcontext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

SettlementPage::SettlementPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new SettlementCandidateModel(context.db(), this)),
      m_view(new QTableView(this)),
      m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)),
      m_balanceZero(new QCheckBox(tr("Only &balance 0"), this)),
      m_equalAmounts(new QCheckBox(tr("Only &equal amounts"), this)),
      m_summary(new QLabel(this)) {
    for (QSpinBox* s : {m_from, m_to}) {
        s->setRange(0, 999'999'999);
        s->setSpecialValueText(tr("any"));
        connect(s, &QSpinBox::valueChanged, this, &SettlementPage::applyFilter);
    }
    connect(m_balanceZero, &QCheckBox::toggled, this, &SettlementPage::applyFilter);
    connect(m_equalAmounts, &QCheckBox::toggled, this, &SettlementPage::applyFilter);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(SettlementCandidateModel::Name,
                                                     QHeaderView::Stretch);
    auto* settle = new QPushButton(tr("&Settle selected"), this);
    auto* selectAll = new QPushButton(tr("Select &all"), this);
    connect(settle, &QPushButton::clicked, this, &SettlementPage::settleSelected);
    connect(selectAll, &QPushButton::clicked, m_view, &QTableView::selectAll);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Debtor ID from:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_balanceZero);
    filters->addWidget(m_equalAmounts);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(selectAll);
    actions->addWidget(settle);
    actions->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<h2>Settlement</h2>Debtors whose payments and credit notes can "
                      "settle their invoices, oldest first."),
                   this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
}

void SettlementPage::showEvent(QShowEvent* event) {
    applyFilter();
    QWidget::showEvent(event);
}

void SettlementPage::applyFilter() {
    SettlementService::Filter f;
    f.debtorFrom = m_from->value();
    f.debtorTo = m_to->value();
    f.onlyBalanceZero = m_balanceZero->isChecked();
    f.onlyEqualAmounts = m_equalAmounts->isChecked();
    m_model->setFilter(f);
}

void SettlementPage::settleSelected() {
    std::vector<std::int64_t> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.push_back(m_model->debtorId(i.row()));
    if (ids.empty()) {
        m_summary->setText(tr("Mark the debtors to settle first."));
        return;
    }
    try {
        const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                             CompanyService::require(m_context.db()).timeZone);
        const auto results = SettlementService::settleAuto(m_context.session(), m_model->filter(),
                                                           ids, false, today);
        std::int64_t total = 0;
        int pairs = 0;
        for (const auto& r : results) {
            total += r.settled.minor();
            pairs += r.pairs;
        }
        const Currency c = Currency::fromCode(CompanyService::rules(m_context.db()).currency);
        m_summary->setText(tr("Settled %1 for %2 debtors in %3 settlements.")
                               .arg(Money(total, c).formatWithCurrency(QLocale()))
                               .arg(results.size())
                               .arg(pairs));
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
    m_model->reload();
}

}  // namespace skranke
