#include "ui/bookings/billingrundialog.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/bookings/maildelivery.h"
#include "ui/documents/billingrundispatch.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace skranke {

BillingRunDialog::BillingRunDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_date(new QDateEdit(this)),
      m_table(new QTableWidget(0, 5, this)),
      m_summary(new QLabel(this)),
      m_run(new QPushButton(tr("&Run"), this)),
      m_reminders(new QPushButton(tr("Open &reminders…"), this)) {
    setWindowTitle(tr("Run billing"));
    auto* intro = new QLabel(tr("What the bookings' Invoice tabs ask for: an invoice for rows "
                                "not yet invoiced (emailed when \"send invoice\" is ticked), "
                                "cancelling bookings not paid by their due dates (\"cancel on "
                                "missing payment\"), and overdue invoices to remind (\"generate "
                                "reminder\"). Check the list, then run it."),
                             this);
    intro->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setDate(
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone));
    m_table->setHorizontalHeaderLabels(
        {tr("Action"), tr("Booking"), tr("Customer"), tr("Invoice"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_reminders->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("&Date:"), m_date));
    top->addWidget(m_date);
    top->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reminders, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &BillingRunDialog::preview);
    connect(m_run, &QPushButton::clicked, this, &BillingRunDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reminders, &QPushButton::clicked, this, [this] {
        // One debtor: the Reminders page picks them; several: it shows all
        // that are overdue, these among them.
        std::set<std::int64_t> debtors;
        for (const BillingRun::Item& i : m_items)
            if (i.action == BillingRun::Action::Remind)
                debtors.insert(i.debtorId);
        if (debtors.empty())
            return;
        Q_EMIT remindRequested(debtors.size() == 1 ? *debtors.begin() : 0);
        accept();
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < int(m_items.size()))
            Q_EMIT openBookingRequested(m_items[std::size_t(row)].bookingId);
    });
    resize(900, 480);
    preview();
}

void BillingRunDialog::preview() {
    try {
        display(BillingRun::preview(m_context.db(), m_date->date()), false);
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
}

void BillingRunDialog::run() {
    const Session& session = m_context.session();
    if (!session.has(rights::InvoicingInvoice)) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("Running billing makes invoices: it needs the right \"%1\".")
                .arg(rights::describe(QString::fromLatin1(rights::InvoicingInvoice))));
        return;
    }
    try {
        const auto result = BillingRunDispatch::run(session, m_date->date());
        display(result.items, true);
        const QString mail = deliverNow(m_context, result.mailIds);
        if (!mail.isEmpty())
            m_summary->setText(m_summary->text() + QLatin1Char('\n') + tr("Email: %1").arg(mail));
        m_run->setEnabled(false);
        Q_EMIT bookingsChanged();
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
}

void BillingRunDialog::display(const std::vector<BillingRun::Item>& items, bool done) {
    m_items = items;
    m_table->setRowCount(int(items.size()));
    int invoices = 0;
    int cancels = 0;
    int reminders = 0;
    int refused = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const BillingRun::Item& it = items[i];
        const int row = int(i);
        QString note = it.note;
        if (!done && it.action == BillingRun::Action::Invoice && it.send && !it.refused)
            note = tr("Will be emailed.");
        const QStringList cells{
            BillingRun::actionName(it.action), QString::number(it.bookingId), it.customer,
            it.invoiceNumber > 0 ? QString::number(it.invoiceNumber) : QString(), note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (it.refused)
                cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, c, cell);
        }
        refused += it.refused ? 1 : 0;
        invoices += !it.refused && it.action == BillingRun::Action::Invoice ? 1 : 0;
        cancels += !it.refused && it.action == BillingRun::Action::Cancel ? 1 : 0;
        reminders += it.action == BillingRun::Action::Remind ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    const QString counts = tr("%1 invoice(s), %2 cancellation(s), %3 to remind, %4 refused.")
                               .arg(invoices)
                               .arg(cancels)
                               .arg(reminders)
                               .arg(refused);
    m_summary->setText(items.empty() ? tr("Nothing to do on this date.")
                       : done        ? tr("Done: %1").arg(counts)
                                     : tr("To do: %1").arg(counts));
    m_run->setEnabled(!done && invoices + cancels > 0);
    m_reminders->setEnabled(reminders > 0);
}

}  // namespace skranke
