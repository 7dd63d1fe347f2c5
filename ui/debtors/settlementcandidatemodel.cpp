#include "ui/debtors/settlementcandidatemodel.h"

#include <QLocale>

namespace skranke {

SettlementCandidateModel::SettlementCandidateModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db) {
    reload();
}

void SettlementCandidateModel::setFilter(const SettlementService::Filter& filter) {
    m_filter = filter;
    reload();
}

void SettlementCandidateModel::reload() {
    beginResetModel();
    m_rows = SettlementService::candidates(m_db, m_filter);
    endResetModel();
}

std::int64_t SettlementCandidateModel::debtorId(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].debtorId : 0;
}

int SettlementCandidateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettlementCandidateModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettlementCandidateModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto& c = m_rows[std::size_t(index.row())];
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
            case Id:
                return qlonglong(c.debtorId);
            case Name:
                return c.name;
            case Outstanding:
                return qlonglong(c.outstanding.minor());
            case Prepayment:
                return qlonglong(c.prepayment.minor());
            case Settleable:
                return qlonglong(c.settleable.minor());
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Id:
                return QString::number(c.debtorId);
            case Name:
                return c.name;
            case Outstanding:
                return c.outstanding.format(locale, true);
            case Prepayment:
                return c.prepayment.format(locale, true);
            case Settleable:
                return c.settleable.format(locale, true);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SettlementCandidateModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Id:
            return tr("ID");
        case Name:
            return tr("Name");
        case Outstanding:
            return tr("Outstanding");
        case Prepayment:
            return tr("Payments not settled");
        case Settleable:
            return tr("Can be settled");
    }
    return {};
}

}  // namespace skranke
