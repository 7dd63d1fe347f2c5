#pragma once

#include "core/parties/customer.h"

#include <QAbstractTableModel>
#include <vector>

namespace skranke {

class Database;

// Customers matching a search text (CustomerService::search), a page at a
// time: the first `limit` by name.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Email, Address, Postcode, City, Phone, ColumnCount };

    CustomerListModel(Database& db, int limit, QObject* parent = nullptr);
    void search(const QString& text);
    bool truncated() const { return m_truncated; }
    const Customer& customerAt(int row) const { return m_rows[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    int m_limit;
    std::vector<Customer> m_rows;
    bool m_truncated = false;
};

}  // namespace skranke
