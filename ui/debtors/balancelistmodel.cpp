#include "ui/debtors/balancelistmodel.h"

#include <QLocale>

namespace skranke {

BalanceListModel::BalanceListModel(QObject* parent) : QAbstractTableModel(parent) {
}

void BalanceListModel::setRows(const BalanceList::Filter& filter,
                               std::vector<BalanceList::Row> rows) {
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BalanceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Money& BalanceListModel::amount(const BalanceList::Row& r, int column) const {
    if (column >= NotDue && column <= Bucket3)
        return r.buckets[std::size_t(column - NotDue)];
    return column == Credits ? r.credits : r.balance;
}

QVariant BalanceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto& r = m_rows[std::size_t(index.row())];
    const int c = index.column();
    if (role == RawValueRole)
        return c == Id     ? QVariant(qlonglong(r.debtorId))
               : c == Name ? QVariant(r.name)
                           : QVariant(qlonglong(amount(r, c).minor()));
    if (role == Qt::DisplayRole)
        return c == Id     ? QString::number(r.debtorId)
               : c == Name ? r.name
                           : amount(r, c).format(QLocale(), true);
    if (role == Qt::TextAlignmentRole && c != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BalanceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const int n = m_filter.intervalDays;
    switch (section) {
        case Id:
            return tr("ID");
        case Name:
            return tr("Name");
        case NotDue:
            return tr("Not due");
        case Bucket1:
            return tr("0–%1 days").arg(n);
        case Bucket2:
            return tr("%1–%2 days").arg(n + 1).arg(2 * n);
        case Bucket3:
            return tr("Over %1 days").arg(2 * n);
        case Credits:
            return tr("Credits");
        case Balance:
            return tr("Balance");
    }
    return {};
}

}  // namespace skranke
