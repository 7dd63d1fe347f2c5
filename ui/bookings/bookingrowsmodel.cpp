#include "ui/bookings/bookingrowsmodel.h"

#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/bookablecatalog.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"

#include <QBrush>
#include <QLocale>

namespace skranke {

BookingRowsModel::BookingRowsModel(QObject* parent) : QAbstractTableModel(parent) {
}

void BookingRowsModel::load(Database& db, std::int64_t bookingId) {
    beginResetModel();
    m_rows = bookingId > 0 ? BookingStore::rows(db, bookingId) : std::vector<BookingRow>{};
    m_products.clear();
    m_units.clear();
    for (const BookingRow& r : m_rows) {
        if (!m_products.contains(r.productId))
            if (const auto p = CatalogService::product(db, r.productId))
                m_products.insert(r.productId, {p->name, BookingTime::usesTime(p->kind)});
    }
    for (const Resource& res : CatalogService::resources(db))
        m_units.insert(res.id, res.name);
    m_guestNames.clear();
    for (const GuestCategory& c : BookableCatalog::guestCategories(db))
        m_guestNames.insert(c.key, c.name);
    endResetModel();
}

int BookingRowsModel::rowOf(std::int64_t rowId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == rowId)
            return int(i);
    return -1;
}

int BookingRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingRowsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BookingRow& r = row(index.row());
    const Names names = m_products.value(r.productId);
    const QLocale locale;
    const auto when = [&](std::int64_t minute) {
        return names.usesTime ? locale.toString(BookingTime::dateTime(minute), QLocale::ShortFormat)
                              : locale.toString(BookingTime::date(minute), QLocale::ShortFormat);
    };
    if (role == Qt::TextAlignmentRole && (index.column() == Quantity || index.column() == Price))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r.status == RowStatus::Cancelled)
        return QBrush(Qt::gray);
    if (role == Qt::ToolTipRole && index.column() == Price)
        return r.manual ? tr("Manual price") : tr("From the price table");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Id:
            return QVariant::fromValue(qint64(r.id));
        case Parent:
            return r.parentId > 0 ? QVariant::fromValue(qint64(r.parentId)) : QVariant();
        case Status:
            return rowStatusName(r.status);
        case Product:
            return names.product;
        case Unit:
            return m_units.value(r.resourceId);
        case Arrival:
            return when(r.start);
        case Departure:
            return when(r.end);
        case Quantity:
            return r.quantity;
        case Guests: {
            QStringList parts;
            for (const auto& [key, count] : r.guests)
                parts << QStringLiteral("%1 %2").arg(count).arg(m_guestNames.value(key, key));
            return parts.join(QStringLiteral(", "));
        }
        case Price:
            return r.price().format(locale, true) + (r.manual ? QStringLiteral(" *") : QString());
        case InvoiceText:
            return r.invoiceText;
        case State: {
            QStringList parts;
            if (r.overbooked)
                parts << tr("overbooked");
            if (r.recurring)
                parts << tr("repeats monthly");
            if (r.settled())
                parts << tr("settled");
            else if (r.invoiceId > 0)
                parts << tr("invoiced");
            return parts.join(QStringLiteral(", "));
        }
        default:
            return {};
    }
}

QVariant BookingRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Id:
            return tr("Row");
        case Parent:
            return tr("Part of");
        case Status:
            return tr("Status");
        case Product:
            return tr("Product");
        case Unit:
            return tr("Unit");
        case Arrival:
            return tr("Arrival");
        case Departure:
            return tr("Departure");
        case Quantity:
            return tr("Qty");
        case Guests:
            return tr("Guests");
        case Price:
            return tr("Price incl. VAT");
        case InvoiceText:
            return tr("Invoice text");
        case State:
            return tr("State");
        default:
            return {};
    }
}

}  // namespace skranke
