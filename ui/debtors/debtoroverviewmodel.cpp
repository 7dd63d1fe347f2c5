#include "ui/debtors/debtoroverviewmodel.h"

namespace skranke {

DebtorOverviewModel::DebtorOverviewModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db) {
    reload();
}

void DebtorOverviewModel::setFilter(const DebtorOverview::Filter& filter) {
    m_filter = filter;
    reload();
}

void DebtorOverviewModel::reload() {
    beginResetModel();
    m_rows = DebtorOverview::page(m_db, m_filter, 0, PageSize);
    m_atEnd = int(m_rows.size()) < PageSize;
    endResetModel();
}

std::int64_t DebtorOverviewModel::debtorId(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].id : 0;
}

int DebtorOverviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DebtorOverviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebtorOverviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto& r = m_rows[std::size_t(index.row())];
    if (role == RawValueRole) {
        switch (index.column()) {
            case Id:
                return qlonglong(r.id);
            case Group:
                return r.group;
            case Name:
                return r.name;
            case Prepayment:
                return qlonglong(r.prepayment.minor());
            case Outstanding:
                return qlonglong(r.outstanding.minor());
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
            case Id:
                return QString::number(r.id);
            case Group:
                return r.group;
            case Name:
                return r.name;
            case Prepayment:
                return r.prepayment.format(locale, true);
            case Outstanding:
                return r.outstanding.format(locale, true);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == Prepayment || index.column() == Outstanding))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DebtorOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Id:
            return tr("ID");
        case Group:
            return tr("Group");
        case Name:
            return tr("Name");
        case Prepayment:
            return tr("Prepayment");
        case Outstanding:
            return tr("Outstanding");
    }
    return {};
}

bool DebtorOverviewModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void DebtorOverviewModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd)
        return;
    auto more =
        DebtorOverview::page(m_db, m_filter, m_rows.empty() ? 0 : m_rows.back().id, PageSize);
    m_atEnd = int(more.size()) < PageSize;
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

}  // namespace skranke
