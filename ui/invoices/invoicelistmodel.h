#pragma once

#include "core/invoicing/invoice.h"
#include "core/invoicing/invoicelist.h"

#include <QAbstractItemModel>
#include <optional>

namespace skranke {

class Database;

// Posted invoices and credit notes, newest first and a page at a time; each
// expands to its lines, loaded when first opened.
class InvoiceListModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Number, Kind, Date, Due, Debtor, Till, Total, Open, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    explicit InvoiceListModel(Database& db, QObject* parent = nullptr);
    void setFilter(const InvoiceList::Filter& filter);
    void reload();
    // The invoice id behind a top-level row (or a line's parent).
    std::int64_t invoiceId(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Entry {
        InvoiceList::Row row;
        std::optional<std::vector<InvoiceLine>> lines;  // loaded on expand
    };
    QVariant lineData(const InvoiceLine& line, int column, int role) const;

    Database& m_db;
    InvoiceList::Filter m_filter;
    std::vector<Entry> m_entries;
    bool m_atEnd = false;
};

}  // namespace skranke
