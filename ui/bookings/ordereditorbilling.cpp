// The order editor's Invoice, Economy and Log tabs.
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/company/companyservice.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/bookings/actiondialog.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/documents/invoicedocument.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace skranke {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells,
            const QList<int>& rightAligned = {}) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QDate today(const AppContext& context) {
    return Dates::localDate(context.clock().nowMs(),
                            CompanyService::require(context.db()).timeZone);
}

// What a journal action on a booking means, for the Log tab.
QString actionName(const QString& action) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Created")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Changed")},
        {QStringLiteral("add_row"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Row added")},
        {QStringLiteral("edit_row"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Row changed")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Note")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Invoiced")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Payment")},
        {QStringLiteral("payment_failed"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Payment failed")},
        {QStringLiteral("paid_in_full"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Paid in full")},
        {QStringLiteral("copied"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Copied")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Cancelled")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Refund")},
        {QStringLiteral("transfer_out"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Payment moved")},
        {QStringLiteral("supplier_report"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Supplier report sent")},
        {QStringLiteral("supplier_report_sent"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Supplier report marked sent")},
        {QStringLiteral("supplier_cancellation_report"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Suppliers told of cancellation")},
        {QStringLiteral("send_invoice"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Invoice emailed")},
        {QStringLiteral("payment_confirmation"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Payment confirmation emailed")},
    };
    const auto it = names.find(action);
    return it == names.end() ? action
                             : QCoreApplication::translate("skranke::OrderEditorDialog", *it);
}

// How a payment was made, as the payment dialogs name it.
QString methodName(const QString& method) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("bank"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Bank transfer")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Card")},
        {QStringLiteral("cash"), QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Cash")},
        {QStringLiteral("mobilepay"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "MobilePay / Vipps / Swish")},
        {QStringLiteral("transfer"),
         QT_TRANSLATE_NOOP("skranke::OrderEditorDialog", "Moved between bookings")},
    };
    const auto it = names.find(method);
    return it == names.end() ? method
                             : QCoreApplication::translate("skranke::OrderEditorDialog", *it);
}

// A journal payload as "field: value" pairs, leaving out the empty ones.
QString readable(const QJsonObject& payload) {
    QStringList parts;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString value = it.value().toVariant().toString();
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QWidget* OrderEditorDialog::buildInvoiceTab() {
    auto* page = new QWidget(this);
    m_invoiceWanted = new QCheckBox(tr("An invoice is to be &generated"), page);
    m_paymentMethod = new QComboBox(page);
    m_paymentMethod->addItem(tr("Invoice (bank transfer)"), QStringLiteral("invoice"));
    m_paymentMethod->addItem(tr("Card"), QStringLiteral("card"));
    m_paymentMethod->addItem(tr("Cash"), QStringLiteral("cash"));
    m_paymentMethod->addItem(tr("Paid at the till"), QStringLiteral("till"));
    m_depositDue = new QDateEdit(page);
    m_finalDue = new QDateEdit(page);
    for (QDateEdit* e : {m_depositDue, m_finalDue}) {
        e->setCalendarPopup(true);
        e->setMinimumDate(QDate(2000, 1, 1));
        e->setSpecialValueText(tr("none"));
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_depositInfo = new QLabel(page);
    m_invoiceMessage = new QPlainTextEdit(page);
    m_invoiceMessage->setTabChangesFocus(true);
    m_invoiceMessage->setMaximumHeight(60);
    m_sendInvoice = new QCheckBox(tr("Send invoice"), page);
    m_generateInvoice = new QCheckBox(tr("Generate invoice"), page);
    m_generateReminder = new QCheckBox(tr("Generate reminder"), page);
    m_settleBooking = new QCheckBox(tr("Settle booking when paid"), page);
    m_cancelOnMissing = new QCheckBox(tr("Cancel on missing payment"), page);
    auto* flags = new QHBoxLayout;
    for (QCheckBox* box :
         {m_sendInvoice, m_generateInvoice, m_generateReminder, m_settleBooking, m_cancelOnMissing})
        flags->addWidget(box);
    flags->addStretch(1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("Deposit due:"), page));
    dates->addWidget(m_depositDue);
    dates->addWidget(new QLabel(tr("Final due:"), page));
    dates->addWidget(m_finalDue);
    dates->addWidget(m_depositInfo, 1);
    auto* form = new QFormLayout;
    form->addRow(m_invoiceWanted);
    form->addRow(tr("Payment &method:"), m_paymentMethod);
    form->addRow(tr("Due dates:"), dates);
    form->addRow(tr("Message on the in&voice:"), m_invoiceMessage);
    form->addRow(QString(), flags);

    auto* generate = new QPushButton(tr("Generate in&voice"), page);
    auto* pay = new QPushButton(tr("Manual &payment…"), page);
    auto* pdf = new QPushButton(tr("Invoice P&DF"), page);
    auto* sendInvoice = new QPushButton(tr("Send latest invoice"), page);
    auto* confirmation = new QPushButton(tr("Send payment confirmation"), page);
    auto* refundButton = new QPushButton(tr("Re&fund…"), page);
    auto* transfer = new QPushButton(tr("&Transfer payment…"), page);
    auto* actions = new QHBoxLayout;
    actions->addWidget(generate);
    actions->addWidget(pay);
    actions->addWidget(sendInvoice);
    actions->addWidget(confirmation);
    actions->addWidget(refundButton);
    actions->addWidget(transfer);
    actions->addWidget(pdf);
    actions->addStretch(1);
    m_invoices =
        makeTable(page, {tr("Invoice"), tr("Date"), tr("Due"), tr("Total"), tr("Message")});
    m_payments = makeTable(page, {tr("Date"), tr("Amount"), tr("Method"), tr("Transaction ID"),
                                  tr("Status"), tr("Comment"), tr("By")});
    auto* tables = new QHBoxLayout;
    auto* invoiceBox = new QGroupBox(tr("Invoices"), page);
    (new QVBoxLayout(invoiceBox))->addWidget(m_invoices);
    auto* paymentBox = new QGroupBox(tr("Payments"), page);
    (new QVBoxLayout(paymentBox))->addWidget(m_payments);
    tables->addWidget(invoiceBox);
    tables->addWidget(paymentBox);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addLayout(tables, 1);
    connect(generate, &QPushButton::clicked, this, &OrderEditorDialog::generateInvoice);
    connect(pay, &QPushButton::clicked, this, &OrderEditorDialog::manualPayment);
    connect(refundButton, &QPushButton::clicked, this, &OrderEditorDialog::refund);
    connect(sendInvoice, &QPushButton::clicked, this, &OrderEditorDialog::sendLatestInvoice);
    connect(confirmation, &QPushButton::clicked, this, &OrderEditorDialog::sendPaymentConfirmation);
    connect(transfer, &QPushButton::clicked, this, &OrderEditorDialog::transferPayment);
    connect(pdf, &QPushButton::clicked, this,
            [this] { openInvoicePdf(std::max(0, m_invoices->currentRow())); });
    connect(m_invoices, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openInvoicePdf(row); });
    m_errors->bind(QStringLiteral("final_due"), m_finalDue);
    m_errors->bind(QStringLiteral("invoice_wanted"), m_invoiceWanted);
    return page;
}

QWidget* OrderEditorDialog::buildEconomyTab() {
    auto* page = new QWidget(this);
    m_economy = makeTable(
        page, {tr("Date"), tr("Entry"), tr("Document"), tr("Amount"), tr("Open"), tr("Text")});
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("The booking's entries on the customer's debtor account: its invoices and payments."),
        page));
    layout->addWidget(m_economy, 1);
    return page;
}

QWidget* OrderEditorDialog::buildLogTab() {
    auto* page = new QWidget(this);
    m_log = makeTable(page, {tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_logLine = new QLineEdit(page);
    m_logLine->setPlaceholderText(tr("Write a line in the booking's log"));
    auto* add = new QPushButton(tr("Add to &log"), page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_logLine, 1);
    row->addWidget(add);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_log, 1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &OrderEditorDialog::addLogLine);
    connect(m_logLine, &QLineEdit::returnPressed, this, &OrderEditorDialog::addLogLine);
    return page;
}

void OrderEditorDialog::refreshBilling() {
    Database& db = m_context.db();
    const QLocale locale;
    m_invoices->setRowCount(0);
    m_payments->setRowCount(0);
    if (m_booking.id <= 0) {
        m_totals->clear();
        m_depositInfo->clear();
        return;
    }
    const Money total = BookingStore::total(db, m_booking);
    const Money paid = BookingBilling::paid(db, m_booking.id);
    m_totals->setText(tr("Total %1 · paid %2 · to pay %3")
                          .arg(total.formatWithCurrency(locale), paid.formatWithCurrency(locale),
                               (total - paid).formatWithCurrency(locale)));
    m_depositInfo->setText(tr("Deposit %1 % = %2")
                               .arg(BookingBilling::depositShare(db).toPercentString().replace(
                                   QLatin1Char('.'), locale.decimalPoint()))
                               .arg(BookingBilling::deposit(db, total).formatWithCurrency(locale)));
    const auto invoices = BookingBilling::invoices(db, m_booking.id);
    m_invoices->setRowCount(int(invoices.size()));
    for (int i = 0; i < int(invoices.size()); ++i) {
        const Invoice& inv = invoices[std::size_t(i)];
        setRow(m_invoices, i,
               {QString::number(inv.number), locale.toString(inv.date, QLocale::ShortFormat),
                locale.toString(inv.dueDate, QLocale::ShortFormat), inv.total.format(locale, true),
                inv.message.section(QLatin1Char('\n'), 1)},
               {3});
        m_invoices->item(i, 0)->setData(Qt::UserRole, qint64(inv.id));
    }
    const auto payments = BookingBilling::payments(db, m_booking.id);
    m_payments->setRowCount(int(payments.size()));
    for (int i = 0; i < int(payments.size()); ++i) {
        const BookingPayment& p = payments[std::size_t(i)];
        setRow(m_payments, i,
               {locale.toString(p.date, QLocale::ShortFormat), p.amount.format(locale, true),
                methodName(p.method), p.transactionId, p.succeeded ? tr("Succeeded") : tr("Failed"),
                p.comment, p.createdBy},
               {1});
        if (!p.succeeded)
            for (int c = 0; c < m_payments->columnCount(); ++c)
                m_payments->item(i, c)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_invoices->resizeColumnsToContents();
    m_payments->resizeColumnsToContents();
}

void OrderEditorDialog::refreshEconomy() {
    m_economy->setRowCount(0);
    if (m_booking.id <= 0)
        return;
    const QLocale locale;
    const auto postings = BookingBilling::postings(m_context.db(), m_booking.id);
    m_economy->setRowCount(int(postings.size()));
    for (int i = 0; i < int(postings.size()); ++i) {
        const Posting& p = postings[std::size_t(i)];
        setRow(m_economy, i,
               {locale.toString(p.date, QLocale::ShortFormat), postingKindName(p.kind),
                p.docNumber > 0 ? QString::number(p.docNumber) : p.reference,
                p.amount.format(locale, true), p.open.format(locale, true), p.text},
               {3, 4});
    }
    m_economy->resizeColumnsToContents();
}

void OrderEditorDialog::refreshLog() {
    m_log->setRowCount(0);
    if (m_booking.id <= 0)
        return;
    const QLocale locale;
    const auto entries = Journal::forEntity(m_context.db(), m_booking.uid);
    m_log->setRowCount(int(entries.size()));
    for (int i = 0; i < int(entries.size()); ++i) {
        const JournalEntry& e = entries[std::size_t(i)];
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        const QString details = e.action == QLatin1String("log")
                                    ? payload.value(QStringLiteral("text")).toString()
                                    : readable(payload);
        setRow(m_log, i,
               {locale.toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat),
                e.userLogin, actionName(e.action), details});
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    m_log->resizeColumnToContents(2);
}

void OrderEditorDialog::generateInvoice() {
    if (!save())
        return;
    // Everything invoiced and an invoice overdue: the next step is a reminder.
    if (const auto overdue =
            BookingBilling::overdueInvoice(m_context.db(), m_booking.id, today(m_context))) {
        if (QMessageBox::question(
                this, tr("Generate invoice"),
                tr("Every row is invoiced, and invoice %1 was due %2 and is not paid. Make a "
                   "reminder for it on the Reminders page?")
                    .arg(overdue->number)
                    .arg(QLocale().toString(overdue->dueDate, QLocale::ShortFormat))) ==
            QMessageBox::Yes) {
            Q_EMIT reminderRequested(overdue->debtorId);
            accept();
        }
        return;
    }
    try {
        const Invoice inv =
            BookingBilling::generateInvoice(m_context.session(), m_booking.id, today(m_context));
        refresh();
        QMessageBox::information(this, tr("Generate invoice"),
                                 tr("Invoice %1 of %2 is posted, due %3.")
                                     .arg(inv.number)
                                     .arg(inv.total.formatWithCurrency(QLocale()),
                                          QLocale().toString(inv.dueDate, QLocale::ShortFormat)));
        Q_EMIT bookingChanged(m_booking.id);
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

void OrderEditorDialog::manualPayment() {
    if (!ensureSaved())
        return;
    Database& db = m_context.db();
    ActionDialog dialog(tr("Manual payment, booking %1").arg(m_booking.id), this);
    QDateEdit* date = dialog.addDate(tr("&Date:"), today(m_context));
    auto* amount = new MoneyEdit(Currency::fromCode(CompanyService::rules(db).currency),
                                 QStringLiteral("amount"), &dialog);
    const Money due = BookingStore::total(db, m_booking) - BookingBilling::paid(db, m_booking.id);
    if (due.isPositive())
        amount->setValue(due);
    auto* method = new QComboBox(&dialog);
    for (const char* key : {"bank", "card", "mobilepay"})
        method->addItem(methodName(QLatin1String(key)), QLatin1String(key));
    auto* reference = new QLineEdit(&dialog);
    auto* comment = new QLineEdit(&dialog);
    dialog.errors().bind(QStringLiteral("amount"), amount);
    dialog.form()->addRow(tr("&Amount:"), amount);
    dialog.form()->addRow(tr("&Method:"), method);
    dialog.form()->addRow(tr("&Transaction ID / reference:"), reference);
    dialog.form()->addRow(tr("&Comment:"), comment);
    if (!dialog.run([&] {
            BookingBilling::pay(m_context.session(), m_booking.id, amount->value(), date->date(),
                                method->currentData().toString(), reference->text(),
                                comment->text());
        }))
        return;
    refresh();
    Q_EMIT bookingChanged(m_booking.id);
}

void OrderEditorDialog::refund() {
    if (m_booking.id <= 0)
        return;
    Database& db = m_context.db();
    const Money refundable = BookingBilling::refundable(db, m_booking.id);
    ActionDialog dialog(tr("Refund, booking %1").arg(m_booking.id), this);
    dialog.form()->addRow(
        new QLabel(tr("Refundable: %1").arg(refundable.formatWithCurrency(QLocale())), &dialog));
    auto* amount = new MoneyEdit(refundable.currency(), QStringLiteral("amount"), &dialog);
    amount->setValue(refundable);
    dialog.form()->addRow(tr("&Amount:"), amount);
    QDateEdit* date = dialog.addDate(tr("&Date:"), today(m_context));
    auto* to = new QComboBox(&dialog);
    to->addItem(tr("Bank account"));
    to->addItem(tr("The card it was paid with"));
    auto* account = new QLineEdit(&dialog);
    account->setPlaceholderText(tr("Reg. no. and account, Norwegian account number, or IBAN"));
    connect(to, &QComboBox::currentIndexChanged, account,
            [account](int index) { account->setEnabled(index == 0); });
    auto* reference = new QLineEdit(&dialog);
    auto* comment = new QLineEdit(&dialog);
    dialog.errors().bind(QStringLiteral("amount"), amount);
    dialog.errors().bind(QStringLiteral("account"), account);
    dialog.form()->addRow(tr("&To:"), to);
    dialog.form()->addRow(tr("A&ccount:"), account);
    dialog.form()->addRow(tr("T&ransaction ID:"), reference);
    dialog.form()->addRow(tr("C&omment:"), comment);
    if (!dialog.run([&] {
            const bool bank = to->currentIndex() == 0;
            if (bank && account->text().trimmed().isEmpty())
                throw Error::invalid(QStringLiteral("account"),
                                     tr("The account to pay back to is required."));
            BookingBilling::refund(m_context.session(), m_booking.id, amount->value(), date->date(),
                                   bank ? account->text() : QString(), reference->text(),
                                   comment->text());
        }))
        return;
    refresh();
    Q_EMIT bookingChanged(m_booking.id);
}

void OrderEditorDialog::transferPayment() {
    if (m_booking.id <= 0)
        return;
    Database& db = m_context.db();
    ActionDialog dialog(tr("Transfer payment from booking %1").arg(m_booking.id), this);
    auto* target = new QLineEdit(&dialog);
    target->setPlaceholderText(tr("Booking ID"));
    auto* amount = new MoneyEdit(Currency::fromCode(CompanyService::rules(db).currency),
                                 QStringLiteral("amount"), &dialog);
    amount->setValue(BookingBilling::refundable(db, m_booking.id));
    auto* comment = new QLineEdit(&dialog);
    dialog.errors().bind(QStringLiteral("to"), target);
    dialog.errors().bind(QStringLiteral("booking"), target);
    dialog.errors().bind(QStringLiteral("amount"), amount);
    dialog.form()->addRow(tr("To &booking:"), target);
    dialog.form()->addRow(tr("&Amount:"), amount);
    QDateEdit* date = dialog.addDate(tr("&Date:"), today(m_context));
    dialog.form()->addRow(tr("&Comment:"), comment);
    if (!dialog.run([&] {
            bool ok = false;
            const qint64 to = target->text().trimmed().toLongLong(&ok);
            if (!ok || to <= 0)
                throw Error::invalid(QStringLiteral("to"),
                                     tr("Give the booking ID to move the payment to."));
            BookingBilling::transfer(m_context.session(), m_booking.id, to, amount->value(),
                                     date->date(), comment->text());
        }))
        return;
    refresh();
    Q_EMIT bookingChanged(m_booking.id);
}

void OrderEditorDialog::openInvoicePdf(int invoiceRow) {
    if (invoiceRow < 0 || invoiceRow >= m_invoices->rowCount())
        return;
    const std::int64_t id = m_invoices->item(invoiceRow, 0)->data(Qt::UserRole).toLongLong();
    try {
        const auto data = InvoiceDocument::load(m_context.db(), id);
        const QString path =
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("invoice-%1.pdf").arg(data.invoice.number));
        QFile::remove(path);
        InvoiceDocument::writePdf(data, path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Invoice PDF"), e.message());
    }
}

void OrderEditorDialog::addLogLine() {
    if (m_logLine->text().trimmed().isEmpty() || !ensureSaved())
        return;
    try {
        BookingService::addLog(m_context.session(), m_booking.id, m_logLine->text());
        m_logLine->clear();
        refreshLog();
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

}  // namespace skranke
