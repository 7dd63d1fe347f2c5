#pragma once

#include "core/dunning/reminderrun.h"

#include <QAbstractTableModel>

namespace skranke {

// The overview of a reminder run: one row per debtor with what the reminder
// would hold. The first column's check box marks who gets one. A run has at
// most a few thousand debtors, so it is held whole.
class ReminderProposalModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Email,
        Invoices,
        Claims,
        Earlier,
        Fee,
        Compensation,
        Interest,
        Total,
        ColumnCount
    };

    explicit ReminderProposalModel(QObject* parent = nullptr);
    // Every debtor is marked at first.
    void setProposals(std::vector<ReminderRun::Proposal> proposals);
    void clear();
    void setAllMarked(bool marked);
    std::vector<std::int64_t> markedDebtors() const;
    const ReminderRun::Proposal& proposal(int row) const { return m_rows[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void markedChanged();

private:
    QString claimsToolTip(const ReminderRun::Proposal& p) const;

    std::vector<ReminderRun::Proposal> m_rows;
    std::vector<bool> m_marked;
};

}  // namespace skranke
