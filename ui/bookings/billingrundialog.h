#pragma once

#include "core/booking/billingrun.h"

#include <QDialog>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace skranke {

class AppContext;
class BillingRunModel;

// Bookings → Run billing: what the Invoice tab's automation flags ask for
// on a date — invoices to make (and email), bookings to cancel for want of
// payment, overdue invoices to remind — first as a preview, then done.
class BillingRunDialog final : public QDialog {
    Q_OBJECT
public:
    BillingRunDialog(AppContext& context, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QTableView* table() const { return m_table; }
    BillingRunModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* remindersButton() const { return m_reminders; }

    void preview();
    void run();

Q_SIGNALS:
    void bookingsChanged();
    // Open the Reminders page for this debtor (0: for every overdue debtor).
    void remindRequested(std::int64_t debtorId);
    void openBookingRequested(std::int64_t bookingId);

private:
    void display(const std::vector<BillingRun::Item>& items, bool done);

    AppContext& m_context;
    QDateEdit* m_date;
    BillingRunModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_run;
    QPushButton* m_reminders;
};

}  // namespace skranke
