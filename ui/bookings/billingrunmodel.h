#pragma once

#include "core/booking/billingrun.h"

#include <QAbstractTableModel>
#include <vector>

namespace skranke {

// The billing run's list — action, booking, customer, invoice, note — as a
// model, so a first run over many bookings shows at once and paints only
// the visible lines. Refused lines are red.
class BillingRunModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Action, Booking, Customer, Invoice, Note, ColumnCount };

    explicit BillingRunModel(QObject* parent = nullptr);

    // `done`: the items as run (their notes); otherwise a preview, where an
    // invoice to be emailed says so.
    void setItems(std::vector<BillingRun::Item> items, bool done);
    const std::vector<BillingRun::Item>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<BillingRun::Item> m_items;
    bool m_done = false;
};

}  // namespace skranke
