#pragma once

#include "core/ledger/settlementservice.h"

#include <QAbstractTableModel>

namespace skranke {

class Database;

// Debtors whose open payments and credits can settle open invoices. The
// list is short by nature (it empties as it is settled), so it is loaded whole.
class SettlementCandidateModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Outstanding, Prepayment, Settleable, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit SettlementCandidateModel(Database& db, QObject* parent = nullptr);
    void setFilter(const SettlementService::Filter& filter);
    const SettlementService::Filter& filter() const { return m_filter; }
    void reload();
    std::int64_t debtorId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    SettlementService::Filter m_filter;
    std::vector<SettlementService::Candidate> m_rows;
};

}  // namespace skranke
