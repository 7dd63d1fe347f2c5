#pragma once

#include "core/auth/staffuser.h"

#include <QAbstractTableModel>
#include <vector>

namespace skranke {

class AppContext;

// Staff users for the users settings page (a small table: loaded whole).
class StaffUserModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, Name, Role, Active, Locked, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit StaffUserModel(AppContext& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const StaffUser* user(int row) const;

private:
    AppContext& m_context;
    std::vector<StaffUser> m_users;
};

}  // namespace skranke
