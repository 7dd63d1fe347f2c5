#pragma once

#include "core/ledger/balancelist.h"

#include <QAbstractTableModel>

namespace skranke {

// The balance list on screen: one row per debtor, the buckets as columns.
// It is computed whole (one indexed query) because its totals need all rows.
class BalanceListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, NotDue, Bucket1, Bucket2, Bucket3, Credits, Balance, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit BalanceListModel(QObject* parent = nullptr);
    void setRows(const BalanceList::Filter& filter, std::vector<BalanceList::Row> rows);
    const std::vector<BalanceList::Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Money& amount(const BalanceList::Row& row, int column) const;
    BalanceList::Filter m_filter;
    std::vector<BalanceList::Row> m_rows;
};

}  // namespace skranke
