#include "ui/accounting/chartofaccountsmodel.h"

#include "ui/shell/appcontext.h"

#include <QColor>

namespace skranke {

ChartOfAccountsModel::ChartOfAccountsModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context) {
    reload();
}

void ChartOfAccountsModel::reload() {
    beginResetModel();
    m_accounts = ChartOfAccounts::list(m_context.db());
    endResetModel();
}

const Account* ChartOfAccountsModel::account(int row) const {
    return row >= 0 && row < int(m_accounts.size()) ? &m_accounts[std::size_t(row)] : nullptr;
}

int ChartOfAccountsModel::rowOf(const QString& number) const {
    for (std::size_t i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].number == number)
            return int(i);
    return -1;
}

int ChartOfAccountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int ChartOfAccountsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartOfAccountsModel::data(const QModelIndex& index, int role) const {
    const Account* a = index.isValid() ? account(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == RawValueRole) {
        switch (index.column()) {
            case Number:
                return a->number;
            case Name:
                return a->name;
            case Kind:
                return ChartOfAccounts::kindKey(a->kind);
            case StandardCode:
                return a->standardCode;
            case Active:
                return a->active;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Number:
                return a->number;
            case Name:
                return a->name;
            case Kind:
                return ChartOfAccounts::kindLabel(a->kind);
            case StandardCode:
                return a->standardCode;
            case Active:
                return a->active ? tr("Yes") : tr("No");
        }
    }
    if (role == Qt::ForegroundRole && !a->active)
        return QColor(Qt::gray);
    return {};
}

QVariant ChartOfAccountsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Number:
            return tr("Number");
        case Name:
            return tr("Name");
        case Kind:
            return tr("Kind");
        case StandardCode:
            return tr("Standard code");
        case Active:
            return tr("Active");
    }
    return {};
}

}  // namespace skranke
