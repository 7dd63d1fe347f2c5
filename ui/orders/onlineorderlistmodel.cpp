#include "ui/orders/onlineorderlistmodel.h"

#include "core/company/companyservice.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace skranke {

namespace {

// The colour a link has in a browser, so staff see at once what they can click.
const QColor linkColour(0x1a, 0x5f, 0xb4);

}  // namespace

OnlineOrderListModel::OnlineOrderListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db) {
}

std::vector<OrderList::Row> OnlineOrderListModel::load(const OrderList::After* after,
                                                       int limit) const {
    return OrderList::page(m_db, m_filter, after, limit);
}

void OnlineOrderListModel::setFilter(const OrderList::Filter& filter) {
    // Checked and read before anything changes, so a bad filter keeps the list.
    std::vector<OrderList::Row> rows = OrderList::page(m_db, filter, nullptr, PageSize);
    const QString zone = CompanyService::require(m_db).timeZone;
    beginResetModel();
    m_filter = filter;
    m_timeZone = zone;
    m_rows = std::move(rows);
    m_atEnd = int(m_rows.size()) < PageSize;
    endResetModel();
}

void OnlineOrderListModel::reload() {
    const int loaded = int(m_rows.size());
    replaceRows(loaded > PageSize ? loaded : PageSize);
}

void OnlineOrderListModel::replaceRows(int limit) {
    std::vector<OrderList::Row> rows = load(nullptr, limit);
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = int(m_rows.size()) < limit;
    endResetModel();
}

std::int64_t OnlineOrderListModel::orderId(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].id : 0;
}

const OrderList::Row& OnlineOrderListModel::row(int row) const {
    return m_rows.at(std::size_t(row));
}

bool OnlineOrderListModel::hasLink(int row) const {
    return row >= 0 && row < rowCount() && isLink(m_rows[std::size_t(row)], Customer);
}

int OnlineOrderListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OnlineOrderListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool OnlineOrderListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void OnlineOrderListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<OrderList::Row> more;
    try {
        if (m_rows.empty()) {
            more = load(nullptr, PageSize);
        } else {
            const OrderList::After after{m_rows.back().orderMs, m_rows.back().id};
            more = load(&after, PageSize);
        }
    } catch (const Error& e) {
        m_atEnd = true;  // not again on every scroll
        Q_EMIT loadFailed(e.message());
        return;
    }
    m_atEnd = int(more.size()) < PageSize;
    if (more.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
}

bool OnlineOrderListModel::isLink(const OrderList::Row& row, int column) const {
    if (column == Confirmation || column == Edit)
        return true;
    return column == Customer && (row.customerId != 0 || row.bookingId != 0);
}

QVariant OnlineOrderListModel::display(const OrderList::Row& row, int column) const {
    const QLocale locale;
    switch (column) {
        case Id:
            return row.externalId;
        case Customer:
            return row.customerName;
        case Date:
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(row.orderMs, QTimeZone(m_timeZone.toUtf8())),
                QLocale::ShortFormat);
        case PaymentType:
            return OrderService::paymentTypeLabel(row.paymentType);
        case Paid:
            return OrderList::paidText(row);
        case Items:
            return row.itemNumbers;
        case Amount:
            return row.amount.formatWithCurrency(locale);
        case Status:
            return OrderStore::statusLabel(row.status);
        case Confirmation:
            return tr("Show");
        case Edit:
            return tr("Edit");
    }
    return {};
}

QVariant OnlineOrderListModel::raw(const OrderList::Row& row, int column) const {
    switch (column) {
        case Date:
            return qlonglong(row.orderMs);
        case PaymentType:
            return row.paymentType;
        case Paid:
            return row.paid;
        case Amount:
            return qlonglong(row.amount.minor());
        case Status:
            return qlonglong(row.status.id);
        case Confirmation:
        case Edit:
            return qlonglong(row.id);
        default:
            return display(row, column);
    }
}

QVariant OnlineOrderListModel::toolTip(const OrderList::Row& row, int column) const {
    switch (column) {
        case Customer:
            if (row.bookingId != 0)
                return tr("Open booking %1").arg(row.bookingId);
            if (row.customerId != 0)
                return tr("Open customer");
            return {};
        case Paid:
            if (row.pending)
                return tr("%1 — a call to the card gateway is pending")
                    .arg(OrderList::paidText(row));
            return {};
        case Confirmation:
            return tr("Show the order confirmation the customer got");
        case Edit:
            return tr("Open the order");
        default:
            return {};
    }
}

QVariant OnlineOrderListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const OrderList::Row& r = m_rows[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(r, c);
        case RawValueRole:
            return raw(r, c);
        case Qt::ToolTipRole:
            return toolTip(r, c);
        case Qt::FontRole:
            if (isLink(r, c)) {
                QFont font;
                font.setUnderline(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            return isLink(r, c) ? QVariant(QBrush(linkColour)) : QVariant();
        case Qt::TextAlignmentRole:
            if (c == Amount)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
    }
}

QVariant OnlineOrderListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Id:
            return tr("ID");
        case Customer:
            return tr("Customer");
        case Date:
            return tr("Date");
        case PaymentType:
            return tr("Payment type");
        case Paid:
            return tr("Paid");
        case Items:
            return tr("Items");
        case Amount:
            return tr("Amount");
        case Status:
            return tr("Status");
        case Confirmation:
            return tr("Confirmation");
        case Edit:
            return tr("Edit");
    }
    return {};
}

}  // namespace skranke
