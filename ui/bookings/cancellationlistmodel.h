#pragma once

#include "core/booking/cancellationlist.h"

#include <QAbstractTableModel>

namespace skranke {

// The cancellation list on screen: a row per cancellation. The list of an
// interval is loaded whole (one indexed query, at most
// CancellationList::MaxDays days) because its totals need every line.
class CancellationListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        When,
        Booking,
        Customer,
        Product,
        Period,
        Quantity,
        Reason,
        Fee,
        User,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    explicit CancellationListModel(QObject* parent = nullptr);
    void setList(CancellationList::Result list);
    const CancellationList::Result& list() const { return m_list; }
    std::int64_t bookingId(const QModelIndex& index) const;  // 0 for none

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CancellationList::Line& line, int column) const;
    QVariant raw(const CancellationList::Line& line, int column) const;
    QString toolTip(const CancellationList::Line& line, int column) const;

    CancellationList::Result m_list;
};

}  // namespace skranke
