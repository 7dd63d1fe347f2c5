// The order editor's mail-outs: supplier reports, the latest invoice and the
// payment confirmation.
#include "core/booking/bookingstore.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/bookings/maildelivery.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/documents/bookingdispatch.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QDateTime>
#include <QMessageBox>

namespace skranke {

void OrderEditorDialog::sendSupplierReports() {
    if (!save())
        return;
    try {
        const auto result = BookingDispatch::sendSupplierReports(m_context.session(), m_booking.id);
        QStringList lines;
        for (const auto& r : result.reports)
            if (r.mailId > 0)
                lines << tr("%1 (%2): %n row(s)", nullptr, int(r.rowIds.size()))
                             .arg(r.supplier.name, r.supplier.email);
        for (const Supplier& s : result.withoutEmail)
            lines << tr("%1 has no email address: not sent.").arg(s.name);
        lines << deliverNow(m_context, result.mailIds);
        m_booking = BookingStore::require(m_context.db(), m_booking.id);
        loadForm();
        refreshLog();
        QMessageBox::information(this, tr("Supplier report"), lines.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

void OrderEditorDialog::sendLatestInvoice() {
    if (m_booking.id <= 0)
        return;
    try {
        const std::int64_t mail =
            BookingDispatch::sendLatestInvoice(m_context.session(), m_booking.id);
        const QString outcome = deliverNow(m_context, {mail});
        refreshLog();
        QMessageBox::information(this, tr("Send latest invoice"), outcome);
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

void OrderEditorDialog::sendPaymentConfirmation() {
    if (m_booking.id <= 0)
        return;
    try {
        const std::int64_t mail =
            BookingDispatch::sendPaymentConfirmation(m_context.session(), m_booking.id);
        const QString outcome = deliverNow(m_context, {mail});
        refreshLog();
        QMessageBox::information(this, tr("Send payment confirmation"), outcome);
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

}  // namespace skranke
