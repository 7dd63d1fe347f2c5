#pragma once

#include "core/accounting/payout.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace skranke {

class Database;

// The card acquirer's payouts of a period, newest first, with how many of
// their transactions are not matched to a payment and where the payout's
// voucher stands on its way to the accounting program. A period holds a
// few payouts a day at most, so its rows are read at once.
class PayoutListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Reference,
        Acquirer,
        Transactions,
        Gross,
        Fees,
        Net,
        Unmatched,
        Transfer,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit PayoutListModel(Database& db, QObject* parent = nullptr);

    // Reads the payouts of the filter. Throws Error (and keeps what is
    // shown) when the query fails.
    void setFilter(const QDate& from, const QDate& to, const QString& text);
    void reload();

    std::int64_t payoutId(int row) const;  // 0 outside the rows
    const Payout& payout(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Payout payout;
        QString transfer;  // the voucher's state in words; empty: no voucher yet
    };
    std::vector<Row> load(const QDate& from, const QDate& to, const QString& text) const;
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    Database& m_db;
    QDate m_from;
    QDate m_to;
    QString m_text;
    std::vector<Row> m_rows;
};

}  // namespace skranke
