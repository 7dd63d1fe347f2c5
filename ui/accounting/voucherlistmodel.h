#pragma once

#include "core/accounting/voucherstore.h"

#include <QAbstractTableModel>
#include <vector>

class QIcon;

namespace skranke {

class Database;

// Vouchers on screen in number order, PageSize at a time through
// VoucherStore's keyset paging (by number); the view asks for more as the
// user scrolls. The Transfer column says where each voucher is on its way
// to the accounting program.
class VoucherListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Date, Document, Text, Method, Amount, Transfer, Reason, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    explicit VoucherListModel(Database& db, QObject* parent = nullptr);

    // Shows the first page of the filter's vouchers. Throws Error (and keeps
    // what is shown) when the query fails.
    void setFilter(const VoucherFilter& filter);
    const VoucherFilter& filter() const { return m_filter; }
    // The same filter again, as many rows as are loaded now (at least a page).
    void reload();
    // Loads rows until all are there or `cap` rows are loaded; false when
    // capped (more vouchers are left). Throws Error.
    bool fetchAll(int cap);

    std::int64_t voucherId(int row) const;  // 0 outside the rows
    const Voucher& voucher(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The small icons of the Transfer column.
    static QIcon queuedIcon();
    static QIcon transferredIcon();

Q_SIGNALS:
    // fetchMore runs from the view, where an exception has nowhere to go.
    void loadFailed(const QString& message);

private:
    void append(std::vector<Voucher> more);
    QString when(const std::optional<std::int64_t>& ms) const;
    QVariant display(const Voucher& v, int column) const;
    QVariant raw(const Voucher& v, int column) const;
    QVariant toolTip(const Voucher& v, int column) const;
    QString reason(const Voucher& v) const;

    Database& m_db;
    VoucherFilter m_filter;
    QString m_timeZone;
    std::vector<Voucher> m_rows;
    bool m_atEnd = true;
};

}  // namespace skranke
