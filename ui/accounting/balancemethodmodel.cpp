#include "ui/accounting/balancemethodmodel.h"

#include <QFont>

namespace skranke {

BalanceMethodModel::BalanceMethodModel(QObject* parent) : QAbstractTableModel(parent) {
}

void BalanceMethodModel::setReport(const BalanceReport& report) {
    beginResetModel();
    m_rows = report.rows;
    if (report.currency.isEmpty()) {  // no report
        m_rows.clear();
        endResetModel();
        return;
    }
    BalanceMethodRow total;
    total.method = QStringLiteral("total");
    total.label = tr("Total");
    const Money zero = Money::zero(Currency::fromCode(report.currency));
    total.paid = report.paid;
    total.paidOut = report.paidOut;
    total.fees = report.fees;
    total.notPaidOut = total.vouchered = total.transferred = zero;
    for (const BalanceMethodRow& r : report.rows) {
        if (r.acquirerPaid)
            total.notPaidOut += r.notPaidOut;
        total.vouchered += r.vouchered;
        total.transferred += r.transferred;
    }
    total.acquirerPaid = true;
    m_rows.push_back(total);
    endResetModel();
}

int BalanceMethodModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceMethodModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceMethodModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceMethodRow& r = m_rows[std::size_t(index.row())];
    const bool total = index.row() == int(m_rows.size()) - 1;
    const auto money = [&](int column) -> const Money* {
        switch (column) {
            case Paid:
                return &r.paid;
            case PaidOut:
                return &r.paidOut;
            case Fees:
                return &r.fees;
            case NotPaidOut:
                return r.acquirerPaid ? &r.notPaidOut : nullptr;
            case Vouchered:
                return &r.vouchered;
            case Transferred:
                return &r.transferred;
            default:
                return nullptr;
        }
    };
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Method)
                return r.money ? r.label : r.label + QStringLiteral(" *");
            if (const Money* m = money(index.column()))
                return m->format(m_locale, true);
            return QString();
        case RawValueRole:
            if (index.column() == Method)
                return r.method;
            if (const Money* m = money(index.column()))
                return qlonglong(m->minor());
            return QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == Method ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (total) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            if (!r.money && index.column() == Method)
                return tr(
                    "Brings no money at the time of sale (a receivable, or paid when the "
                    "value card was sold); not in the paid total.");
            if (index.column() == NotPaidOut && r.acquirerPaid && !total)
                return tr("Paid by %1 in the period less what payouts dated in the period paid "
                          "out.")
                    .arg(r.label);
            return {};
        default:
            return {};
    }
}

QVariant BalanceMethodModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Method:
            return tr("Payment method");
        case Paid:
            return tr("Paid");
        case PaidOut:
            return tr("Paid out");
        case Fees:
            return tr("Fees");
        case NotPaidOut:
            return tr("Not paid out");
        case Vouchered:
            return tr("Vouchered");
        case Transferred:
            return tr("Transferred");
        default:
            return {};
    }
}

}  // namespace skranke
