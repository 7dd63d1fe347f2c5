#pragma once

#include "core/accounting/balancereport.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace skranke {

// The balance report's rows on screen: a row per payment method, then a
// total row. The display role shows amounts in the locale; RawValueRole
// gives the minor units (and the method key in the first column) for
// sorting and tests.
class BalanceMethodModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Method, Paid, PaidOut, Fees, NotPaidOut, Vouchered, Transferred, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit BalanceMethodModel(QObject* parent = nullptr);
    void setReport(const BalanceReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<BalanceMethodRow> m_rows;  // the last one is the total
    QLocale m_locale;
};

}  // namespace skranke
