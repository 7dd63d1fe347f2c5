#include "ui/bookings/billingrundialog.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/bookings/billingrunmodel.h"
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
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace skranke {

BillingRunDialog::BillingRunDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_date(new QDateEdit(this)),
      m_model(new BillingRunModel(this)),
      m_table(new QTableView(this)),
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
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(BillingRunModel::Customer, 220);
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
        for (const BillingRun::Item& i : m_model->items())
            if (i.action == BillingRun::Action::Remind)
                debtors.insert(i.debtorId);
        if (debtors.empty())
            return;
        Q_EMIT remindRequested(debtors.size() == 1 ? *debtors.begin() : 0);
        accept();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openBookingRequested(m_model->items()[std::size_t(index.row())].bookingId);
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
    int invoices = 0;
    int cancels = 0;
    int reminders = 0;
    int refused = 0;
    for (const BillingRun::Item& it : items) {
        refused += it.refused ? 1 : 0;
        invoices += !it.refused && it.action == BillingRun::Action::Invoice ? 1 : 0;
        cancels += !it.refused && it.action == BillingRun::Action::Cancel ? 1 : 0;
        reminders += it.action == BillingRun::Action::Remind ? 1 : 0;
    }
    m_model->setItems(items, done);
    m_table->resizeColumnToContents(BillingRunModel::Action);
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
