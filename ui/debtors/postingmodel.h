#pragma once

#include "core/ledger/ledgerservice.h"

#include <QAbstractTableModel>

namespace skranke {

class Database;

// One debtor's postings, oldest first, with open amount and running balance.
// A debtor has hundreds of postings at most, so the model holds them all.
class PostingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Number, Text, Amount, Open, Balance, PaymentType, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;

    PostingModel(Database& db, std::int64_t debtorId, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    std::int64_t m_debtorId;
    std::vector<PostingRow> m_rows;
};

}  // namespace skranke
