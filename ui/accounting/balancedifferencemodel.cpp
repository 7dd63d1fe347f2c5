#include "ui/accounting/balancedifferencemodel.h"

#include <QFont>

namespace skranke {

// internalId: 0 for a difference's row, the difference's index + 1 for its items.

BalanceDifferenceModel::BalanceDifferenceModel(QObject* parent) : QAbstractItemModel(parent) {
}

void BalanceDifferenceModel::setReport(const BalanceReport& report) {
    beginResetModel();
    m_differences = report.differences;
    endResetModel();
}

QModelIndex BalanceDifferenceModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex BalanceDifferenceModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BalanceDifferenceModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_differences.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_differences[std::size_t(parent.row())].items.size());
}

int BalanceDifferenceModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant BalanceDifferenceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return sectionData(m_differences[std::size_t(index.row())], index.column(), role);
    const BalanceDifference& d = m_differences[std::size_t(index.internalId() - 1)];
    return itemData(d.items[std::size_t(index.row())], index.column(), role);
}

QVariant BalanceDifferenceModel::sectionData(const BalanceDifference& d, int column,
                                             int role) const {
    switch (role) {
        case Qt::DisplayRole:
            if (column == Reference)
                return d.title;
            if (column == Text) {
                QString text = tr("%n item(s)", nullptr, int(d.count));
                if (d.count > std::int64_t(d.items.size()))
                    text += tr(", the first %1 listed")
                                .arg(m_locale.toString(qlonglong(d.items.size())));
                return text;
            }
            if (column == Amount)
                return d.sum.format(m_locale, true);
            return {};
        case RawValueRole:
            if (column == Amount)
                return qlonglong(d.sum.minor());
            if (column == Text)
                return qlonglong(d.count);
            if (column == Reference)
                return d.title;
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ToolTipRole:
            return d.explanation;
        case Qt::TextAlignmentRole:
            return column == Amount ? int(Qt::AlignRight | Qt::AlignVCenter)
                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant BalanceDifferenceModel::itemData(const BalanceItem& item, int column, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Reference:
                    return item.ref;
                case Date:
                    return m_locale.toString(item.date, QLocale::ShortFormat);
                case Text:
                    return item.text;
                case Amount:
                    return item.amount.format(m_locale, true);
                default:
                    return {};
            }
        case RawValueRole:
            switch (column) {
                case Reference:
                    return item.ref;
                case Date:
                    return item.date.toString(Qt::ISODate);
                case Text:
                    return item.text;
                case Amount:
                    return qlonglong(item.amount.minor());
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            return column == Text ? QVariant(item.text) : QVariant();
        case Qt::TextAlignmentRole:
            return column == Amount ? int(Qt::AlignRight | Qt::AlignVCenter)
                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant BalanceDifferenceModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
        case Reference:
            return tr("Difference / item");
        case Date:
            return tr("Date");
        case Text:
            return tr("Details");
        case Amount:
            return tr("Amount");
        default:
            return {};
    }
}

}  // namespace skranke
