#pragma once

#include "core/booking/booking.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace skranke {

class Database;

// A booking's rows as the order editor lists them.
class BookingRowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Parent,
        Status,
        Product,
        Unit,
        Arrival,
        Departure,
        Quantity,
        Guests,
        Price,
        InvoiceText,
        State,
        ColumnCount
    };
    explicit BookingRowsModel(QObject* parent = nullptr);

    void load(Database& db, std::int64_t bookingId);
    const BookingRow& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }
    int rowOf(std::int64_t rowId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Names {
        QString product;
        bool usesTime = false;
    };
    std::vector<BookingRow> m_rows;
    QHash<std::int64_t, Names> m_products;
    QHash<std::int64_t, QString> m_units;
    QHash<QString, QString> m_guestNames;
};

}  // namespace skranke
