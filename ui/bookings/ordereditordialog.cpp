#include "ui/bookings/ordereditordialog.h"

#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellationservice.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/parties/customerservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/bookings/bookingrowsmodel.h"
#include "ui/bookings/canceldialog.h"
#include "ui/bookings/customerpickdialog.h"
#include "ui/bookings/rowdialog.h"
#include "ui/customers/customerdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace skranke {

OrderEditorDialog::OrderEditorDialog(AppContext& context, std::int64_t bookingId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_tabs(new QTabWidget(this)),
      m_title(new QLabel(this)),
      m_error(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_error)) {
    if (bookingId > 0)
        m_booking = BookingStore::require(context.db(), bookingId);
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildRowsTab(), tr("&Rows"));
    m_tabs->addTab(buildInvoiceTab(), tr("&Invoice"));
    m_tabs->addTab(buildEconomyTab(), tr("&Economy"));
    m_tabs->addTab(buildLogTab(), tr("&Log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Cop&y booking"), QDialogButtonBox::ActionRole);
    QPushButton* cancel = buttons->addButton(tr("Cancel boo&king…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &OrderEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &OrderEditorDialog::copyBooking);
    connect(cancel, &QPushButton::clicked, this, &OrderEditorDialog::cancelBooking);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &OrderEditorDialog::save);
    resize(1040, 680);
    loadForm();
    refresh();
}

OrderEditorDialog::~OrderEditorDialog() = default;

OrderEditorDialog* OrderEditorDialog::forNewRow(AppContext& context, std::int64_t resourceId,
                                                std::int64_t start, std::int64_t end,
                                                QWidget* parent) {
    auto* editor = new OrderEditorDialog(context, 0, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    RowInput prefill;
    prefill.resourceId = resourceId;
    prefill.start = start;
    prefill.end = end;
    if (const auto resource = CatalogService::resource(context.db(), resourceId))
        prefill.productId = resource->productId;
    editor->m_tabs->setCurrentIndex(1);
    QTimer::singleShot(0, editor, [editor, prefill] { editor->addRow(prefill); });
    return editor;
}

QWidget* OrderEditorDialog::buildGeneralTab() {
    auto* page = new QWidget(this);
    m_meta = new QLabel(page);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customerLabel = new QLabel(page);
    m_customerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("C&hoose…"), page);
    auto* create = new QPushButton(tr("&New…"), page);
    m_editCustomer = new QPushButton(tr("E&dit…"), page);
    m_tags = new QLineEdit(page);
    m_campaign = new QLineEdit(page);
    m_source = new QLineEdit(page);
    m_referrer = new QLineEdit(page);
    m_purpose = new QComboBox(page);
    for (const QString& key : bookingPurposeKeys())
        m_purpose->addItem(bookingPurposeName(key), key);
    m_customerComment = new QPlainTextEdit(page);
    m_internalNote = new QPlainTextEdit(page);
    for (QPlainTextEdit* e : {m_customerComment, m_internalNote}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(80);
    }
    m_supplierReport = new QCheckBox(tr("Send &supplier report"), page);
    m_supplierSent = new QLabel(page);

    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerLabel, 1);
    customerRow->addWidget(choose);
    customerRow->addWidget(create);
    customerRow->addWidget(m_editCustomer);
    auto* sendReport = new QPushButton(tr("Send supplier report &now"), page);
    auto* supplierRow = new QHBoxLayout;
    supplierRow->addWidget(m_supplierReport);
    supplierRow->addWidget(m_supplierSent, 1);
    supplierRow->addWidget(sendReport);
    auto* form = new QFormLayout;
    auto* outer = new QVBoxLayout(page);
    outer->addWidget(m_meta);
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(tr("Customer:"), customerRow);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("C&ampaign:"), m_campaign);
    form->addRow(tr("&Order source:"), m_source);
    form->addRow(tr("Re&ferrer:"), m_referrer);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Customer's co&mments:"), m_customerComment);
    form->addRow(tr("Internal &notes:"), m_internalNote);
    form->addRow(QString(), supplierRow);
    connect(sendReport, &QPushButton::clicked, this, &OrderEditorDialog::sendSupplierReports);
    connect(choose, &QPushButton::clicked, this, &OrderEditorDialog::chooseCustomer);
    connect(create, &QPushButton::clicked, this, &OrderEditorDialog::newCustomer);
    connect(m_editCustomer, &QPushButton::clicked, this, &OrderEditorDialog::editCustomer);
    m_errors->bind(QStringLiteral("customer"), choose);
    m_errors->bind(QStringLiteral("purpose"), m_purpose);
    return page;
}

QWidget* OrderEditorDialog::buildRowsTab() {
    auto* page = new QWidget(this);
    m_rows = new BookingRowsModel(this);
    m_rowsView = new QTableView(page);
    m_rowsView->setModel(m_rows);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->horizontalHeader()->setStretchLastSection(true);
    m_totals = new QLabel(page);
    auto* add = new QPushButton(tr("&Add row…"), page);
    auto* edit = new QPushButton(tr("&Edit row…"), page);
    auto* cancel = new QPushButton(tr("Ca&ncel row…"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_rowsView, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        RowInput prefill;
        const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                             CompanyService::require(m_context.db()).timeZone);
        prefill.start = BookingTime::fromDate(today);
        prefill.end = BookingTime::fromDate(today.addDays(1));
        addRow(prefill);
    });
    connect(edit, &QPushButton::clicked, this, &OrderEditorDialog::editCurrentRow);
    connect(cancel, &QPushButton::clicked, this, &OrderEditorDialog::cancelCurrentRow);
    connect(m_rowsView, &QTableView::activated, this, &OrderEditorDialog::editCurrentRow);
    // The rows' context menu: the same actions where the row is.
    m_rowsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_rowsView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex at = m_rowsView->indexAt(pos);
        if (!at.isValid())
            return;
        m_rowsView->selectRow(at.row());
        const BookingRow row = m_rows->row(at.row());
        const bool live = row.status != RowStatus::Cancelled;
        QMenu menu(m_rowsView);
        menu.addAction(tr("&Edit row…"), this, &OrderEditorDialog::editCurrentRow)
            ->setEnabled(live && !row.settled());
        menu.addAction(tr("Ca&ncel row…"), this, &OrderEditorDialog::cancelCurrentRow)
            ->setEnabled(live);
        menu.addSeparator();
        menu.addAction(tr("Cancel boo&king…"), this, &OrderEditorDialog::cancelBooking);
        menu.exec(m_rowsView->viewport()->mapToGlobal(pos));
    });
    return page;
}

void OrderEditorDialog::loadForm() {
    const Booking& b = m_booking;
    m_title->setText(b.id > 0 ? tr("Booking %1").arg(b.id) : tr("New booking"));
    setWindowTitle(m_title->text());
    const QLocale locale;
    const auto time = [&](std::int64_t ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    m_meta->setText(b.id > 0 ? tr("Booking ID %1 · created %2 by %3 · updated %4")
                                   .arg(b.id)
                                   .arg(time(b.createdMs), b.bookedBy, time(b.updatedMs))
                             : tr("Not saved yet"));
    setCustomer(b.customerId);
    m_tags->setText(b.tags);
    m_campaign->setText(b.campaign);
    m_source->setText(b.source);
    m_referrer->setText(b.referrer);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(b.purpose)));
    m_customerComment->setPlainText(b.customerComment);
    m_internalNote->setPlainText(b.internalNote);
    m_supplierReport->setChecked(b.supplierReport);
    m_supplierSent->setText(b.supplierReportSentMs
                                ? tr("last sent %1").arg(time(*b.supplierReportSentMs))
                                : tr("not sent yet"));
    m_invoiceWanted->setChecked(b.invoiceWanted);
    m_paymentMethod->setCurrentIndex(std::max(0, m_paymentMethod->findData(b.paymentMethod)));
    m_depositDue->setDate(b.depositDue.isValid() ? b.depositDue : m_depositDue->minimumDate());
    m_finalDue->setDate(b.finalDue.isValid() ? b.finalDue : m_finalDue->minimumDate());
    m_invoiceMessage->setPlainText(b.invoiceMessage);
    m_sendInvoice->setChecked(b.sendInvoice);
    m_generateInvoice->setChecked(b.generateInvoice);
    m_generateReminder->setChecked(b.generateReminder);
    m_settleBooking->setChecked(b.settleBooking);
    m_cancelOnMissing->setChecked(b.cancelOnMissingPayment);
}

Booking OrderEditorDialog::fromForm() const {
    Booking b = m_booking;
    b.tags = m_tags->text();
    b.campaign = m_campaign->text();
    b.source = m_source->text();
    b.referrer = m_referrer->text();
    b.purpose = m_purpose->currentData().toString();
    b.customerComment = m_customerComment->toPlainText();
    b.internalNote = m_internalNote->toPlainText();
    b.supplierReport = m_supplierReport->isChecked();
    b.invoiceWanted = m_invoiceWanted->isChecked();
    b.paymentMethod = m_paymentMethod->currentData().toString();
    b.depositDue =
        m_depositDue->date() == m_depositDue->minimumDate() ? QDate() : m_depositDue->date();
    b.finalDue = m_finalDue->date() == m_finalDue->minimumDate() ? QDate() : m_finalDue->date();
    b.invoiceMessage = m_invoiceMessage->toPlainText();
    b.sendInvoice = m_sendInvoice->isChecked();
    b.generateInvoice = m_generateInvoice->isChecked();
    b.generateReminder = m_generateReminder->isChecked();
    b.settleBooking = m_settleBooking->isChecked();
    b.cancelOnMissingPayment = m_cancelOnMissing->isChecked();
    return b;
}

bool OrderEditorDialog::save() {
    m_errors->clear();
    try {
        const Booking b = fromForm();
        m_booking = b.id > 0 ? BookingService::edit(m_context.session(), b)
                             : BookingService::create(m_context.session(), b);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    loadForm();
    refresh();
    Q_EMIT bookingChanged(m_booking.id);
    return true;
}

bool OrderEditorDialog::ensureSaved() {
    return m_booking.id > 0 || save();
}

void OrderEditorDialog::setCustomer(std::int64_t customerId) {
    m_booking.customerId = customerId;
    const auto c =
        customerId > 0 ? CustomerService::find(m_context.db(), customerId) : std::nullopt;
    m_customerLabel->setText(
        c ? QStringLiteral("<b>%1</b> (%2)<br>%3, %4 %5<br>%6 · %7")
                .arg(c->name.toHtmlEscaped())
                .arg(c->id)
                .arg(c->addressLine1.toHtmlEscaped(), c->postcode.toHtmlEscaped(),
                     c->city.toHtmlEscaped(),
                     c->email.isEmpty() ? tr("no email") : c->email.toHtmlEscaped(),
                     c->phone.toHtmlEscaped())
          : tr("<i>No customer yet</i>"));
    m_editCustomer->setEnabled(c.has_value());
}

void OrderEditorDialog::chooseCustomer() {
    CustomerPickDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted && dialog.customerId() > 0)
        setCustomer(dialog.customerId());
}

void OrderEditorDialog::newCustomer() {
    CustomerDialog dialog(m_context, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        setCustomer(dialog.customer().id);
}

void OrderEditorDialog::editCustomer() {
    if (m_booking.customerId <= 0)
        return;
    CustomerDialog dialog(m_context, m_booking.customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        setCustomer(m_booking.customerId);
}

void OrderEditorDialog::addRow(const RowInput& prefill) {
    RowDialog dialog(
        m_context, 0, prefill,
        m_booking.id > 0 ? BookingStore::rows(m_context.db(), m_booking.id)
                         : std::vector<BookingRow>{},
        [this](const RowInput& in) {
            if (m_booking.id > 0)
                return BookingService::addRow(m_context.session(), m_booking.id, in);
            // A new booking is saved together with its first row, or not at all.
            const auto [booking, row] =
                BookingService::createWithRow(m_context.session(), fromForm(), in);
            m_booking = booking;
            loadForm();
            return row;
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_rowsView->selectRow(m_rows->rowOf(dialog.saved().id));
        Q_EMIT bookingChanged(m_booking.id);
    }
}

void OrderEditorDialog::editCurrentRow() {
    const QModelIndex current = m_rowsView->currentIndex();
    if (!current.isValid())
        return;
    const BookingRow row = m_rows->row(current.row());
    if (row.settled() || row.status == RowStatus::Cancelled) {
        QMessageBox::information(this, tr("Booking row"),
                                 row.settled()
                                     ? tr("Row %1 is settled and cannot be changed.").arg(row.id)
                                     : tr("Row %1 is cancelled.").arg(row.id));
        return;
    }
    RowDialog dialog(
        m_context, row.id, BookingService::inputOf(row),
        BookingStore::rows(m_context.db(), m_booking.id),
        [this, row](const RowInput& in) {
            if (in.quantity >= row.quantity)
                return BookingService::editRow(m_context.session(), row.id, in);
            // Fewer units: the surplus is cancelled, which asks for the reason.
            CancelDialog reason(m_context, CancelDialog::Target::Row, row.id,
                                row.quantity - in.quantity, false, true, this);
            if (reason.exec() != QDialog::Accepted)
                throw Error::invalid(QStringLiteral("quantity"),
                                     tr("Not saved: lowering the quantity cancels units, and "
                                        "that needs a reason."));
            CancelRequest request;
            request.reason = reason.reason();
            request.waiveFee = reason.waiveFee();
            return CancellationService::editReducing(m_context.session(), row.id, in, request);
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_rowsView->selectRow(m_rows->rowOf(row.id));
        Q_EMIT bookingChanged(m_booking.id);
    }
}

void OrderEditorDialog::cancelCurrentRow() {
    const QModelIndex current = m_rowsView->currentIndex();
    if (!current.isValid())
        return;
    const std::int64_t rowId = m_rows->row(current.row()).id;
    if (CancelFlow::cancelRow(m_context, rowId, this).empty())
        return;
    refresh();
    m_rowsView->selectRow(m_rows->rowOf(rowId));
    Q_EMIT bookingChanged(m_booking.id);
}

void OrderEditorDialog::cancelBooking() {
    if (m_booking.id <= 0 || CancelFlow::cancelBooking(m_context, m_booking.id, this).empty())
        return;
    refresh();
    Q_EMIT bookingChanged(m_booking.id);
}

void OrderEditorDialog::copyBooking() {
    if (m_booking.id <= 0)
        return;
    try {
        const Booking copy = BookingService::copy(m_context.session(), m_booking.id);
        QMessageBox::information(
            this, tr("Copy booking"),
            tr("Booking %1 is a copy of booking %2.").arg(copy.id).arg(m_booking.id));
        Q_EMIT copied(copy.id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Copy booking"), e.message());
    }
}

void OrderEditorDialog::refresh() {
    m_rows->load(m_context.db(), m_booking.id);
    m_rowsView->resizeColumnsToContents();
    refreshBilling();
    refreshEconomy();
    refreshLog();
}

}  // namespace skranke
