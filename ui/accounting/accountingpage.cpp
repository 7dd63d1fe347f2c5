#include "ui/accounting/accountingpage.h"

#include "core/accounting/voucher.h"
#include "core/store/database.h"
#include "ui/accounting/balancereportpage.h"
#include "ui/accounting/payoutspage.h"
#include "ui/accounting/transferworker.h"
#include "ui/accounting/voucherlistpage.h"
#include "ui/shell/appcontext.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace skranke {

AccountingPage::AccountingPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_worker(new TransferWorker(context.db().path(), context.clock(), this)),
      m_tabs(new QTabWidget(this)),
      m_sales(new VoucherListPage(context, VoucherCategory::Sale, std::nullopt, m_worker, this)),
      m_payments(
          new VoucherListPage(context, VoucherCategory::Payment, std::nullopt, m_worker, this)),
      m_refunds(
          new VoucherListPage(context, VoucherCategory::Refund, std::nullopt, m_worker, this)),
      m_failed(new VoucherListPage(context, std::nullopt, VoucherState::Failed, m_worker, this)),
      m_all(new VoucherListPage(context, std::nullopt, std::nullopt, m_worker, this)) {
    m_tabs->setObjectName(QStringLiteral("accountingTabs"));
    m_tabs->addTab(m_sales, tr("Sales"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_tabs->addTab(m_refunds, tr("Refunds"));
    m_tabs->addTab(new PayoutsPage(context, this), tr("Payouts"));
    m_tabs->addTab(m_failed, tr("Failed"));
    m_tabs->addTab(m_all, tr("All vouchers"));
    m_tabs->addTab(new BalanceReportPage(context, this), tr("Balance report"));
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("<h2>Accounting</h2>Every posted sale, payment and refund becomes a voucher "
                      "for the accounting program. Select vouchers and <i>Transfer</i> to queue "
                      "them; double-click one to see its accounts."),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

void AccountingPage::transferRan(int transferred, int failed) {
    if (transferred == 0 && failed == 0)
        return;  // nothing moved: keep the user's selection and place
    if (auto* page = qobject_cast<VoucherListPage*>(m_tabs->currentWidget());
        page && page->isVisible())
        page->reload();
}

}  // namespace skranke
