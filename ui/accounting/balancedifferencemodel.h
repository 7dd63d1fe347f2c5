#pragma once

#include "core/accounting/balancereport.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace skranke {

// The balance report's differences as a tree: a top row per difference
// (its title, how many, the sum), under it the items. RawValueRole gives
// the date as ISO text and amounts in minor units.
class BalanceDifferenceModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Reference, Date, Text, Amount, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit BalanceDifferenceModel(QObject* parent = nullptr);
    void setReport(const BalanceReport& report);
    const std::vector<BalanceDifference>& differences() const { return m_differences; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sectionData(const BalanceDifference& d, int column, int role) const;
    QVariant itemData(const BalanceItem& item, int column, int role) const;

    std::vector<BalanceDifference> m_differences;
    QLocale m_locale;
};

}  // namespace skranke
