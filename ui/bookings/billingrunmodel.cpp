#include "ui/bookings/billingrunmodel.h"

#include <QColor>

namespace skranke {

BillingRunModel::BillingRunModel(QObject* parent) : QAbstractTableModel(parent) {
}

void BillingRunModel::setItems(std::vector<BillingRun::Item> items, bool done) {
    beginResetModel();
    m_items = std::move(items);
    m_done = done;
    endResetModel();
}

int BillingRunModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int BillingRunModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingRunModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const BillingRun::Item& it = m_items[std::size_t(index.row())];
    if (role == Qt::ForegroundRole && it.refused)
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::TextAlignmentRole && (index.column() == Booking || index.column() == Invoice))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Action:
            return BillingRun::actionName(it.action);
        case Booking:
            return qint64(it.bookingId);
        case Customer:
            return it.customer;
        case Invoice:
            return it.invoiceNumber > 0 ? QVariant(qint64(it.invoiceNumber)) : QVariant();
        case Note:
            if (!m_done && it.action == BillingRun::Action::Invoice && it.send && !it.refused)
                return tr("Will be emailed.");
            return it.note;
        default:
            return {};
    }
}

QVariant BillingRunModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Action:
            return tr("Action");
        case Booking:
            return tr("Booking");
        case Customer:
            return tr("Customer");
        case Invoice:
            return tr("Invoice");
        case Note:
            return tr("Note");
        default:
            return {};
    }
}

}  // namespace skranke
