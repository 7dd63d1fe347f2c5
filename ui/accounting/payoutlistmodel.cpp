#include "ui/accounting/payoutlistmodel.h"

#include "core/accounting/payoutstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace skranke {

namespace {

const QColor alertColour(0xc0, 0x39, 0x2b);

}  // namespace

PayoutListModel::PayoutListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db) {
}

std::vector<PayoutListModel::Row> PayoutListModel::load(const QDate& from, const QDate& to,
                                                        const QString& text) const {
    std::vector<Row> rows;
    for (Payout& p : PayoutStore::list(m_db, from, to, text)) {
        const QString transfer = PayoutStore::transferState(m_db, p.id);
        rows.push_back({std::move(p), transfer});
    }
    return rows;
}

void PayoutListModel::setFilter(const QDate& from, const QDate& to, const QString& text) {
    // Read before anything changes, so a failing query keeps the list.
    std::vector<Row> rows = load(from, to, text);
    beginResetModel();
    m_from = from;
    m_to = to;
    m_text = text;
    m_rows = std::move(rows);
    endResetModel();
}

void PayoutListModel::reload() {
    setFilter(m_from, m_to, m_text);
}

std::int64_t PayoutListModel::payoutId(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].payout.id : 0;
}

const Payout& PayoutListModel::payout(int row) const {
    return m_rows.at(std::size_t(row)).payout;
}

int PayoutListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayoutListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutListModel::display(const Row& row, int column) const {
    const QLocale locale;
    const Payout& p = row.payout;
    switch (column) {
        case Date:
            return locale.toString(p.date, QLocale::ShortFormat);
        case Reference:
            return p.reference;
        case Acquirer:
            return p.acquirer;
        case Transactions:
            return locale.toString(p.transactionCount);
        case Gross:
            return p.gross.formatWithCurrency(locale);
        case Fees:
            return p.fee.formatWithCurrency(locale);
        case Net:
            return p.net.formatWithCurrency(locale);
        case Unmatched:
            return locale.toString(p.unmatchedCount);
        case Transfer:
            return row.transfer.isEmpty() ? QStringLiteral("—") : row.transfer;
    }
    return {};
}

QVariant PayoutListModel::raw(const Row& row, int column) const {
    const Payout& p = row.payout;
    switch (column) {
        case Date:
            return p.date;
        case Transactions:
            return p.transactionCount;
        case Gross:
            return qlonglong(p.gross.minor());
        case Fees:
            return qlonglong(p.fee.minor());
        case Net:
            return qlonglong(p.net.minor());
        case Unmatched:
            return p.unmatchedCount;
        case Transfer:
            return row.transfer;
        default:
            return display(row, column);
    }
}

QVariant PayoutListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(r, c);
        case RawValueRole:
            return raw(r, c);
        case Qt::TextAlignmentRole:
            if (c == Transactions || c == Gross || c == Fees || c == Net || c == Unmatched)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ForegroundRole:
            if (c == Unmatched && r.payout.unmatchedCount > 0)
                return QBrush(alertColour);
            return {};
        case Qt::FontRole:
            if (c == Unmatched && r.payout.unmatchedCount > 0) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            if (c == Unmatched && r.payout.unmatchedCount > 0)
                return tr(
                    "%n transaction(s) of this payout are not matched to a payment in "
                    "Skranke. Open the payout to see them.",
                    nullptr, r.payout.unmatchedCount);
            if (c == Transfer && r.transfer.isEmpty())
                return tr("No voucher has been made for this payout yet.");
            return {};
        default:
            return {};
    }
}

QVariant PayoutListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Date:
            return tr("Date");
        case Reference:
            return tr("Payout");
        case Acquirer:
            return tr("Acquirer");
        case Transactions:
            return tr("Transactions");
        case Gross:
            return tr("Gross");
        case Fees:
            return tr("Fees");
        case Net:
            return tr("Net");
        case Unmatched:
            return tr("Unmatched");
        case Transfer:
            return tr("Transfer");
    }
    return {};
}

}  // namespace skranke
