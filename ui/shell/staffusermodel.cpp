#include "ui/shell/staffusermodel.h"

#include "core/auth/userservice.h"
#include "core/time/clock.h"
#include "ui/shell/appcontext.h"

#include <QColor>

namespace skranke {

StaffUserModel::StaffUserModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context) {
    reload();
}

void StaffUserModel::reload() {
    beginResetModel();
    m_users = UserService::list(m_context.db());
    endResetModel();
}

const StaffUser* StaffUserModel::user(int row) const {
    return row >= 0 && row < int(m_users.size()) ? &m_users[std::size_t(row)] : nullptr;
}

int StaffUserModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int StaffUserModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffUserModel::data(const QModelIndex& index, int role) const {
    const StaffUser* u = index.isValid() ? user(index.row()) : nullptr;
    if (!u)
        return {};
    const bool locked = u->lockedUntilMs > m_context.clock().nowMs();
    if (role == RawValueRole) {
        switch (index.column()) {
            case Login:
                return u->login;
            case Name:
                return u->displayName;
            case Role:
                return u->roleName;
            case Active:
                return u->active;
            case Locked:
                return locked;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Login:
                return u->login;
            case Name:
                return u->displayName;
            case Role:
                return u->roleName;
            case Active:
                return u->active ? tr("Yes") : tr("No");
            case Locked:
                return locked ? tr("Locked") : QString();
        }
    }
    if (role == Qt::ForegroundRole && !u->active)
        return QColor(Qt::gray);
    return {};
}

QVariant StaffUserModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Login:
            return tr("Login");
        case Name:
            return tr("Name");
        case Role:
            return tr("Role");
        case Active:
            return tr("Active");
        case Locked:
            return tr("Locked");
    }
    return {};
}

}  // namespace skranke
