#include "ui/bookings/canceldialog.h"

#include "core/auth/session.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellationservice.h"
#include "core/catalog/catalogservice.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "ui/bookings/maildelivery.h"
#include "ui/documents/bookingdispatch.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

namespace {

QString money(const Money& m) {
    return m.formatWithCurrency(QLocale());
}

QString daysText(long long daysLeft) {
    if (daysLeft > 0)
        return CancelDialog::tr("%n day(s) before arrival", "", int(daysLeft));
    if (daysLeft == 0)
        return CancelDialog::tr("on the arrival day");
    return CancelDialog::tr("%n day(s) after arrival", "", int(-daysLeft));
}

}  // namespace

CancelDialog::CancelDialog(AppContext& context, Target target, std::int64_t id, int units,
                           bool allParts, bool fixedUnits, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_target(target),
      m_id(id),
      m_allParts(allParts),
      m_fixedUnits(fixedUnits),
      m_summary(new QLabel(this)),
      m_units(new QSpinBox(this)),
      m_fee(new QLabel(this)),
      m_waive(new QCheckBox(tr("&Waive the fee"), this)),
      m_reason(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_error)) {
    setWindowTitle(target == Target::Row ? tr("Cancel booking row") : tr("Cancel booking"));
    m_summary->setWordWrap(true);
    m_fee->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why is it cancelled? (required)"));
    m_reason->setMinimumWidth(360);

    auto* form = new QFormLayout;
    form->addRow(m_summary);
    if (target == Target::Row) {
        const BookingRow row = BookingStore::requireRow(context.db(), id);
        m_units->setRange(1, row.quantity);
        m_units->setValue(units > 0 ? units : row.quantity);
        m_units->setEnabled(!fixedUnits && row.quantity > 1 &&
                            !CancellationService::billed(context.db(), row));
        m_units->setSuffix(tr(" of %1").arg(row.quantity));
        form->addRow(tr("&Units to cancel:"), m_units);
        m_units->setVisible(row.quantity > 1);
        if (auto* label = form->labelForField(m_units))
            label->setVisible(row.quantity > 1);
    } else {
        m_units->hide();
    }
    form->addRow(tr("Fee:"), m_fee);
    form->addRow(QString(), m_waive);
    form->addRow(tr("&Reason:"), m_reason);
    m_errors->bind(QStringLiteral("reason"), m_reason);
    m_errors->bind(QStringLiteral("quantity"), m_units);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(target == Target::Row ? tr("Cancel &row") : tr("Cancel &booking"),
                              QDialogButtonBox::AcceptRole);
    // Not "Cancel": that would read as the very action this dialog does.
    buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QSpinBox::valueChanged, this, &CancelDialog::recompute);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
    recompute();
}

CancelDialog::~CancelDialog() = default;

QString CancelDialog::reason() const {
    return m_reason->text();
}

bool CancelDialog::waiveFee() const {
    return m_waive->isChecked();
}

void CancelDialog::recompute() {
    const Session& session = m_context.session();
    try {
        std::vector<CancelQuote> quotes;
        if (m_target == Target::Row) {
            const BookingRow row = BookingStore::requireRow(m_context.db(), m_id);
            quotes.push_back(CancellationService::quote(session, m_id, m_units->value()));
            if (m_allParts)
                for (const BookingRow& part : quotes.front().parts)
                    quotes.push_back(CancellationService::quote(session, part.id));
            m_summary->setText(CancelFlow::describeRow(m_context, row.id));
        } else {
            for (const BookingRow& r : BookingStore::rows(m_context.db(), m_id))
                if (r.status != RowStatus::Cancelled)
                    quotes.push_back(CancellationService::quote(session, r.id));
            m_summary->setText(
                tr("Booking %1: %n row(s) will be cancelled.", "", int(quotes.size())).arg(m_id));
        }
        if (quotes.empty()) {
            m_fee->setText(tr("Nothing is left to cancel."));
            m_ok->setEnabled(false);
            return;
        }
        Money fee = Money::zero(quotes.front().suggestedFee.currency());
        bool anyBilled = false;
        for (const CancelQuote& q : quotes) {
            fee += q.suggestedFee;
            anyBilled = anyBilled || q.billed;
        }
        QString text;
        if (quotes.size() == 1 && !quotes.front().share.isZero())
            text = tr("%1 (%2 % of the price, cancelled %3)")
                       .arg(money(fee), quotes.front().share.toPercentString(),
                            daysText(quotes.front().daysLeft));
        else if (quotes.size() == 1)
            text = tr("No fee (cancelled %1)").arg(daysText(quotes.front().daysLeft));
        else
            text = fee.isPositive() ? money(fee) : tr("No fee");
        if (anyBilled)
            text += QLatin1Char('\n') + tr("Billed: the purchase stands and only the time is "
                                           "freed. Credit the invoice to pay money back.");
        m_fee->setText(text);
        m_waive->setEnabled(fee.isPositive());
        if (!fee.isPositive())
            m_waive->setChecked(false);
        m_errors->clear();
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

void CancelDialog::accept() {
    CancelRequest request;
    request.reason = m_reason->text();
    request.units =
        m_target == Target::Row &&
                m_units->value() < BookingStore::requireRow(m_context.db(), m_id).quantity
            ? m_units->value()
            : 0;
    request.waiveFee = m_waive->isChecked();
    request.allParts = m_allParts;
    if (m_fixedUnits) {
        // Lowering the quantity: the caller cancels with the row's other changes.
        if (request.reason.trimmed().isEmpty()) {
            m_errors->show(tr("Write why it is cancelled: the reason is required."),
                           QStringLiteral("reason"));
            return;
        }
        QDialog::accept();
        return;
    }
    try {
        m_done = m_target == Target::Row
                     ? CancellationService::cancelRow(m_context.session(), m_id, request)
                     : CancellationService::cancelBooking(m_context.session(), m_id, request);
        QDialog::accept();
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

QString CancelFlow::describeRow(AppContext& context, std::int64_t rowId) {
    Database& db = context.db();
    const BookingRow row = BookingStore::requireRow(db, rowId);
    const auto product = CatalogService::product(db, row.productId);
    const auto resource = CatalogService::resource(db, row.resourceId);
    const QString unit = resource ? resource->name : QString();
    // Dates (and times for time products) as the user reads them.
    const bool withTime = product && BookingTime::usesTime(product->kind);
    const QLocale locale;
    const auto when = [&](std::int64_t minute) {
        return withTime ? locale.toString(BookingTime::dateTime(minute), QLocale::ShortFormat)
                        : locale.toString(BookingTime::date(minute), QLocale::ShortFormat);
    };
    const Booking booking = BookingStore::require(db, row.bookingId);
    const auto customer =
        booking.customerId > 0 ? CustomerService::find(db, booking.customerId) : std::nullopt;
    QString text =
        customer ? tr("%1, booking %2, row %3").arg(customer->name).arg(row.bookingId).arg(row.id)
                 : tr("Booking %1, row %2").arg(row.bookingId).arg(row.id);
    text += QLatin1Char('\n') + row.invoiceText;
    if (!unit.isEmpty())
        text += QStringLiteral(" (%1)").arg(unit);
    text += QLatin1Char('\n') + tr("%1 – %2").arg(when(row.start), when(row.end));
    if (row.quantity > 1)
        text += QStringLiteral(", ") + tr("%n unit(s)", "", row.quantity);
    return text;
}

std::vector<Cancellation> CancelFlow::cancelRow(AppContext& context, std::int64_t rowId,
                                                QWidget* parent) {
    const QString title = CancelDialog::tr("Cancel booking row");
    CancelQuote quote;
    try {
        quote = CancellationService::quote(context.session(), rowId);
        CancellationService::checkAllowed(context.session(), quote);
    } catch (const Error& e) {
        QMessageBox::warning(parent, title, e.message());
        return {};
    }
    // First the confirmation, and for a package whether its parts go too.
    QMessageBox confirm(
        QMessageBox::Question, title,
        tr("Cancel this booking row?") + QStringLiteral("\n\n") + describeRow(context, rowId),
        QMessageBox::NoButton, parent);
    QPushButton* withParts = nullptr;
    if (!quote.parts.empty())
        withParts =
            confirm.addButton(tr("Cancel it and its %n part(s)", "", int(quote.parts.size())),
                              QMessageBox::AcceptRole);
    QPushButton* yes = confirm.addButton(
        quote.parts.empty() ? tr("Cancel &row") : tr("Only &this row"), QMessageBox::AcceptRole);
    QPushButton* keep = confirm.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    confirm.setDefaultButton(keep);
    confirm.setEscapeButton(keep);
    confirm.exec();
    if (confirm.clickedButton() != yes && (!withParts || confirm.clickedButton() != withParts))
        return {};
    const bool allParts = withParts && confirm.clickedButton() == withParts;
    // Then the reason and the fee.
    CancelDialog dialog(context, CancelDialog::Target::Row, rowId, 0, allParts, false, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    reportToSuppliers(context, quote.row.bookingId, dialog.done(), parent);
    return dialog.done();
}

std::vector<Cancellation> CancelFlow::cancelBooking(AppContext& context, std::int64_t bookingId,
                                                    QWidget* parent) {
    const QString title = CancelDialog::tr("Cancel booking");
    try {
        int live = 0;
        for (const BookingRow& r : BookingStore::rows(context.db(), bookingId)) {
            if (r.status == RowStatus::Cancelled)
                continue;
            ++live;
            CancellationService::checkAllowed(context.session(),
                                              CancellationService::quote(context.session(), r.id));
        }
        if (live == 0) {
            QMessageBox::information(parent, title,
                                     tr("Booking %1 has nothing left to cancel.").arg(bookingId));
            return {};
        }
        if (QMessageBox::question(
                parent, title, tr("Cancel booking %1 with its %n row(s)?", "", live).arg(bookingId),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return {};
    } catch (const Error& e) {
        QMessageBox::warning(parent, title, e.message());
        return {};
    }
    CancelDialog dialog(context, CancelDialog::Target::Booking, bookingId, 0, false, false, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    reportToSuppliers(context, bookingId, dialog.done(), parent);
    return dialog.done();
}

std::vector<Cancellation> CancelFlow::offerAfterCredit(AppContext& context,
                                                       std::int64_t creditedInvoiceId,
                                                       QWidget* parent) {
    const auto bookingId = CancellationService::bookingOfInvoice(context.db(), creditedInvoiceId);
    if (!bookingId)
        return {};
    int live = 0;
    for (const BookingRow& r : BookingStore::rows(context.db(), *bookingId))
        live += r.status != RowStatus::Cancelled ? 1 : 0;
    if (live == 0)
        return {};
    QMessageBox ask(QMessageBox::Question, CancelDialog::tr("Cancel booking"),
                    tr("The invoice was for booking %1, which still has %n row(s) booked. Cancel "
                       "the booking too?",
                       "", live)
                        .arg(*bookingId),
                    QMessageBox::NoButton, parent);
    QPushButton* yes = ask.addButton(tr("Cancel boo&king…"), QMessageBox::AcceptRole);
    QPushButton* keep = ask.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() != yes)
        return {};
    CancelDialog dialog(context, CancelDialog::Target::Booking, *bookingId, 0, false, false,
                        parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    reportToSuppliers(context, *bookingId, dialog.done(), parent);
    return dialog.done();
}

void CancelFlow::reportToSuppliers(AppContext& context, std::int64_t bookingId,
                                   const std::vector<Cancellation>& done, QWidget* parent) {
    if (done.empty() || !BookingStore::require(context.db(), bookingId).supplierReport)
        return;
    std::vector<std::int64_t> rows;
    for (const Cancellation& c : done)
        rows.push_back(c.rowId);
    try {
        const auto result =
            BookingDispatch::sendCancellationReports(context.session(), bookingId, rows);
        if (result.mailIds.empty() && result.withoutEmail.empty())
            return;  // no row had a supplier
        QStringList lines;
        for (const auto& report : result.reports)
            if (report.mailId > 0)
                lines << tr("Cancellation sent to %1.").arg(report.supplier.name);
        for (const Supplier& s : result.withoutEmail)
            lines << tr("%1 has no email address: tell them yourself.").arg(s.name);
        lines << deliverNow(context, result.mailIds);
        QMessageBox::information(parent, tr("Supplier report"), lines.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        QMessageBox::warning(
            parent, tr("Supplier report"),
            tr("The cancellation stands, but the suppliers were not told: %1").arg(e.message()));
    }
}

}  // namespace skranke
