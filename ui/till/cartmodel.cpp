#include "ui/till/cartmodel.h"

#include "core/invoicing/quantity.h"
#include "core/till/receiptcalculator.h"

#include <QLocale>

namespace skranke {

CartModel::CartModel(Currency currency, QObject* parent)
    : QAbstractTableModel(parent), m_currency(std::move(currency)) {
    recompute();
}

void CartModel::recompute() {
    ReceiptCalculator::computeTotals(m_receipt, m_inputs, m_currency);
    Q_EMIT totalsChanged();
}

void CartModel::add(const SaleLineInput& line, bool merge) {
    if (merge && !m_inputs.empty()) {
        SaleLineInput& last = m_inputs.back();
        if (line.productId != 0 && last.productId == line.productId &&
            last.unitPrice == line.unitPrice && last.discount == line.discount) {
            last.quantityMilli += line.quantityMilli;
            recompute();
            const int row = int(m_inputs.size()) - 1;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_inputs.size());
    beginInsertRows({}, row, row);
    m_inputs.push_back(line);
    ReceiptCalculator::computeTotals(m_receipt, m_inputs, m_currency);
    endInsertRows();
    Q_EMIT totalsChanged();
}

void CartModel::setLines(const std::vector<SaleLineInput>& lines) {
    beginResetModel();
    m_inputs = lines;
    ReceiptCalculator::computeTotals(m_receipt, m_inputs, m_currency);
    endResetModel();
    Q_EMIT totalsChanged();
}

SaleLineInput CartModel::take(int row) {
    beginRemoveRows({}, row, row);
    SaleLineInput line = m_inputs[std::size_t(row)];
    m_inputs.erase(m_inputs.begin() + row);
    ReceiptCalculator::computeTotals(m_receipt, m_inputs, m_currency);
    endRemoveRows();
    Q_EMIT totalsChanged();
    return line;
}

void CartModel::clear() {
    beginResetModel();
    m_inputs.clear();
    ReceiptCalculator::computeTotals(m_receipt, m_inputs, m_currency);
    endResetModel();
    Q_EMIT totalsChanged();
}

int CartModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_inputs.size());
}

int CartModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReceiptLine& l = m_receipt.lines[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Text)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && l.input.unitPrice != l.input.listPrice)
        return tr("Price changed from %1").arg(l.input.listPrice.format(QLocale(), true));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
        case Text:
            return l.input.text;
        case Quantity:
            return Quantity::format(l.input.quantityMilli, locale);
        case UnitPrice:
            return l.input.unitPrice.format(locale, true);
        case Discount:
            return l.input.discount.isZero()
                       ? QString()
                       : l.input.discount.toPercentString() + QStringLiteral(" %");
        case Amount:
            return l.amount.format(locale, true);
        default:
            return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Text:
            return tr("Item");
        case Quantity:
            return tr("Qty");
        case UnitPrice:
            return tr("Price");
        case Discount:
            return tr("Discount");
        case Amount:
            return tr("Amount");
        default:
            return {};
    }
}

}  // namespace skranke
