#include "core/orders/capturepolicy.h"

#include "core/booking/bookingtime.h"
#include "core/store/database.h"

#include <QLocale>

namespace skranke {

namespace {

// The first day of the booking that is still booked; invalid when none.
QDate bookingStart(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT min(start_min) FROM booking_row WHERE booking_id = ?1 "
        "AND status <> 'cancelled'");
    st.bind(1, bookingId);
    if (!st.step() || st.isNull(0))
        return {};
    return BookingTime::date(st.int64(0));
}

}  // namespace

QString CapturePolicy::earlyReason(Database& db, const Order& order, const QDate& today) {
    if (order.fulfilled || order.status.builtIn == QLatin1String("effected"))
        return {};
    QStringList reasons;
    bool goodsWaiting = false;
    for (const OrderLine& line : order.lines) {
        if (line.kind == OrderLineKind::Goods) {
            goodsWaiting = true;
        } else if (line.kind == OrderLineKind::Service) {
            const QDate start = line.bookingId ? bookingStart(db, line.bookingId) : QDate();
            if (!start.isValid())
                reasons << tr("“%1” is not marked delivered.").arg(line.text);
            else if (start > today)
                reasons << tr("“%1” is delivered from %2.")
                               .arg(line.text, QLocale().toString(start, QLocale::ShortFormat));
        }
    }
    if (goodsWaiting)
        reasons.prepend(tr("The goods are not marked ready to ship."));
    if (reasons.isEmpty())
        return {};
    return tr("Capturing now is earlier than the card rules allow. %1").arg(reasons.join(u' '));
}

bool CapturePolicy::onlyValueCards(const Order& order) {
    if (order.lines.empty())
        return false;
    for (const OrderLine& line : order.lines)
        if (line.kind != OrderLineKind::ValueCard)
            return false;
    return true;
}

}  // namespace skranke
