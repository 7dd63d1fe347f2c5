#pragma once

#include "core/orders/orderlist.h"

#include <QAbstractTableModel>
#include <vector>

namespace skranke {

class Database;

// The online orders on screen, newest first. Rows come PageSize at a time
// through OrderList's keyset paging, so a long history is never read whole;
// the view asks for more (fetchMore) as the user scrolls.
class OnlineOrderListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Customer,
        Date,
        PaymentType,
        Paid,
        Items,
        Amount,
        Status,
        Confirmation,
        Edit,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    explicit OnlineOrderListModel(Database& db, QObject* parent = nullptr);

    // Shows the first page of the filter's orders. Throws Error (and keeps
    // what is shown) when the filter is invalid or the query fails.
    void setFilter(const OrderList::Filter& filter);
    const OrderList::Filter& filter() const { return m_filter; }
    // Reads the same filter again, as many rows as are loaded now (at least
    // a page), so a refresh after an edit keeps the user's place.
    void reload();

    std::int64_t orderId(int row) const;  // 0 outside the rows
    const OrderList::Row& row(int row) const;
    // A customer or booking to follow from the Customer column.
    bool hasLink(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // fetchMore runs from the view, where an exception has nowhere to go.
    void loadFailed(const QString& message);

private:
    std::vector<OrderList::Row> load(const OrderList::After* after, int limit) const;
    void replaceRows(int limit);
    QVariant display(const OrderList::Row& row, int column) const;
    QVariant raw(const OrderList::Row& row, int column) const;
    QVariant toolTip(const OrderList::Row& row, int column) const;
    bool isLink(const OrderList::Row& row, int column) const;

    Database& m_db;
    OrderList::Filter m_filter;
    QString m_timeZone;
    std::vector<OrderList::Row> m_rows;
    bool m_atEnd = true;
};

}  // namespace skranke
