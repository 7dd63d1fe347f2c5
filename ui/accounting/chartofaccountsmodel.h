#pragma once

#include "core/accounting/chartofaccounts.h"

#include <QAbstractTableModel>
#include <vector>

namespace skranke {

class AppContext;

// The chart of accounts on Settings → Accounting. A chart is a few hundred
// accounts at most, so it is loaded whole.
class ChartOfAccountsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Kind, StandardCode, Active, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit ChartOfAccountsModel(AppContext& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const Account* account(int row) const;
    int rowOf(const QString& number) const;  // -1 when not listed

private:
    AppContext& m_context;
    std::vector<Account> m_accounts;
};

}  // namespace skranke
