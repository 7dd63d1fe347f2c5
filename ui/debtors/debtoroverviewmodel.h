#pragma once

#include "core/ledger/debtoroverview.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace skranke {

class Database;

// Debtors with their prepayment and outstanding, a page at a time.
class DebtorOverviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Group, Name, Prepayment, Outstanding, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    explicit DebtorOverviewModel(Database& db, QObject* parent = nullptr);

    void setFilter(const DebtorOverview::Filter& filter);
    const DebtorOverview::Filter& filter() const { return m_filter; }
    void reload();
    std::int64_t debtorId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Database& m_db;
    DebtorOverview::Filter m_filter;
    std::vector<DebtorOverview::Row> m_rows;
    bool m_atEnd = false;
};

}  // namespace skranke
