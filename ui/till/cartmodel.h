#pragma once

#include "core/till/till.h"

#include <QAbstractTableModel>

namespace skranke {

// The sale being rung up: lines with quantity, unit price including VAT,
// discount and amount, recomputed exactly as the receipt will be.
class CartModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Text, Quantity, UnitPrice, Discount, Amount, ColumnCount };

    explicit CartModel(Currency currency, QObject* parent = nullptr);

    // Adds the line, or raises the quantity of the last line when it is the
    // same product at the same price (a scanner scanning twice) and
    // `merge` allows it (a value card is one card per line).
    void add(const SaleLineInput& line, bool merge = true);
    // A recalled sale.
    void setLines(const std::vector<SaleLineInput>& lines);
    SaleLineInput take(int row);  // removes and returns the line
    void clear();
    bool isEmpty() const { return m_receipt.lines.empty(); }
    const std::vector<SaleLineInput>& lines() const { return m_inputs; }
    // Totals as the receipt will have them.
    const Receipt& receipt() const { return m_receipt; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalsChanged();

private:
    void recompute();

    Currency m_currency;
    std::vector<SaleLineInput> m_inputs;
    Receipt m_receipt;
};

}  // namespace skranke
