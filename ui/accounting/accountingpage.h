#pragma once

#include <QWidget>

class QTabWidget;

namespace skranke {

class AppContext;
class TransferWorker;
class VoucherListPage;

// The Accounting area: the vouchers by kind (Sales, Payments, Refunds), the
// failed ones and all of them, each with its transfer state, the payouts and
// the balance report.
class AccountingPage final : public QWidget {
    Q_OBJECT
public:
    explicit AccountingPage(AppContext& context, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    VoucherListPage* sales() const { return m_sales; }
    VoucherListPage* payments() const { return m_payments; }
    VoucherListPage* refunds() const { return m_refunds; }
    VoucherListPage* failed() const { return m_failed; }
    VoucherListPage* all() const { return m_all; }
    // Sends the queue on its own thread: the automatic ticks and Send now.
    TransferWorker* transferWorker() const { return m_worker; }

public Q_SLOTS:
    // The automatic transfer ran: the list on screen shows the new states.
    void transferRan(int transferred, int failed);

private:
    TransferWorker* m_worker;
    QTabWidget* m_tabs;
    VoucherListPage* m_sales;
    VoucherListPage* m_payments;
    VoucherListPage* m_refunds;
    VoucherListPage* m_failed;
    VoucherListPage* m_all;
};

}  // namespace skranke
