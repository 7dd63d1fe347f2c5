#include "ui/bookings/cancellationlistmodel.h"

#include <QLocale>

namespace skranke {

CancellationListModel::CancellationListModel(QObject* parent) : QAbstractTableModel(parent) {
}

void CancellationListModel::setList(CancellationList::Result list) {
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

std::int64_t CancellationListModel::bookingId(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return 0;
    return m_list.lines[std::size_t(index.row())].cancellation.bookingId;
}

int CancellationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_list.lines.size());
}

int CancellationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CancellationListModel::display(const CancellationList::Line& line, int column) const {
    const Cancellation& c = line.cancellation;
    const QLocale locale;
    switch (column) {
        case When:
            return locale.toString(line.cancelledAt, QLocale::ShortFormat);
        case Booking:
            return QString::number(c.bookingId);
        case Customer:
            return line.customer;
        case Product:
            return line.product;
        case Period:
            return CancellationList::period(line, locale);
        case Quantity:
            return locale.toString(c.quantity);
        case Reason:
            return c.reason.simplified();  // one line in the table; the tooltip has it all
        case Fee:
            return c.fee.format(locale, true);
        case User:
            return line.user;
    }
    return {};
}

QVariant CancellationListModel::raw(const CancellationList::Line& line, int column) const {
    const Cancellation& c = line.cancellation;
    switch (column) {
        case When:
            return qlonglong(c.cancelledMs);
        case Booking:
            return qlonglong(c.bookingId);
        case Period:
            return qlonglong(c.start);
        case Quantity:
            return c.quantity;
        case Fee:
            return qlonglong(c.fee.minor());
        default:
            return display(line, column);
    }
}

QString CancellationListModel::toolTip(const CancellationList::Line& line, int column) const {
    const Cancellation& c = line.cancellation;
    if (column == Reason)
        return c.reason;
    if (column != Fee)
        return {};
    QStringList tips;
    if (!c.waivedBy.isEmpty())
        tips << tr("Suggested fee %1, waived by %2.")
                    .arg(c.suggestedFee.formatWithCurrency(QLocale()), line.waivedBy);
    if (c.debited)
        tips << tr("The row was billed: the purchase stands.");
    return tips.join(QLatin1Char('\n'));
}

QVariant CancellationListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CancellationList::Line& line = m_list.lines[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(line, c);
        case RawValueRole:
            return raw(line, c);
        case Qt::ToolTipRole: {
            const QString tip = toolTip(line, c);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Qt::TextAlignmentRole:
            if (c == Booking || c == Quantity || c == Fee)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
    }
}

QVariant CancellationListModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case When:
            return tr("Cancelled");
        case Booking:
            return tr("Booking");
        case Customer:
            return tr("Customer");
        case Product:
            return tr("Product");
        case Period:
            return tr("Period");
        case Quantity:
            return tr("Quantity");
        case Reason:
            return tr("Reason");
        case Fee:
            return tr("Fee");
        case User:
            return tr("User");
    }
    return {};
}

}  // namespace skranke
