#include "ui/accounting/accountmappingmodel.h"

#include "core/accounting/chartofaccounts.h"
#include "core/auth/rights.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <algorithm>

namespace skranke {

AccountMappingModel::AccountMappingModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context) {
    reload();
}

void AccountMappingModel::reload() {
    beginResetModel();
    m_entries = AccountMapping::needed(m_context.db());
    loadAccountNames();
    endResetModel();
}

void AccountMappingModel::loadAccountNames() {
    m_accountNames.clear();
    m_accountActive.clear();
    for (const skranke::Account& a : ChartOfAccounts::list(m_context.db())) {
        m_accountNames.insert(a.number, a.name);
        m_accountActive.insert(a.number, a.active);
    }
}

const MappingEntry* AccountMappingModel::entry(int row) const {
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[std::size_t(row)] : nullptr;
}

int AccountMappingModel::rowOf(const QString& role, const QString& qualifier) const {
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].role == role && m_entries[i].qualifier == qualifier)
            return int(i);
    return -1;
}

int AccountMappingModel::unmappedCount() const {
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const MappingEntry& e) { return e.account.isEmpty(); }));
}

bool AccountMappingModel::editable() const {
    return m_context.signedIn() && m_context.session().has(rights::SettingsEdit);
}

int AccountMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccountMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountMappingModel::data(const QModelIndex& index, int role) const {
    const MappingEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const bool mapped = !e->account.isEmpty();
    if (role == MappedRole)
        return mapped;
    if (role == RawValueRole || role == Qt::EditRole) {
        switch (index.column()) {
            case What:
                return QString(e->role + QLatin1Char('|') + e->qualifier);
            case Account:
                return e->account;
            case AccountName:
                return m_accountNames.value(e->account);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case What:
                return AccountMapping::describe(e->role, e->qualifier);
            case Account:
                return mapped ? e->account : tr("Not mapped");
            case AccountName:
                if (!mapped)
                    return QString();
                if (!m_accountNames.contains(e->account))
                    return tr("(not in the chart)");
                return m_accountActive.value(e->account)
                           ? m_accountNames.value(e->account)
                           : tr("%1 (inactive)").arg(m_accountNames.value(e->account));
        }
    }
    if (role == Qt::ForegroundRole && !mapped && index.column() != AccountName)
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::DecorationRole && !mapped && index.column() == What)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && !mapped)
        return tr("Vouchers with this line fail until it has an account.");
    return {};
}

QVariant AccountMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case What:
            return tr("What");
        case Account:
            return tr("Account");
        case AccountName:
            return tr("Account name");
    }
    return {};
}

Qt::ItemFlags AccountMappingModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Account && editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool AccountMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Account)
        return false;
    MappingEntry* e =
        index.row() < int(m_entries.size()) ? &m_entries[std::size_t(index.row())] : nullptr;
    if (!e)
        return false;
    const QString account = value.toString().trimmed();
    if (account == e->account)
        return true;
    try {
        if (!m_context.signedIn())
            throw Error(ErrorCode::Forbidden, tr("Sign in to change the mapping."));
        AccountMapping::set(m_context.session(), e->role, e->qualifier, account);
    } catch (const Error& error) {
        Q_EMIT refused(error.message());
        return false;
    }
    // Revenue rows without an account of their own follow their rate's row,
    // so one change can move several rows.
    const AccountResolver resolver(m_context.db());
    for (MappingEntry& other : m_entries)
        other.account = resolver.resolve(other.role, other.qualifier).value_or(QString());
    loadAccountNames();
    if (!m_entries.empty())
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT mappingChanged(e->role, e->qualifier);
    return true;
}

}  // namespace skranke
