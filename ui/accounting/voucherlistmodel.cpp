#include "ui/accounting/voucherlistmodel.h"

#include "core/accounting/balancereport.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace skranke {

namespace {

const QColor failedColour(0xc0, 0x39, 0x2b);

// Qt's standard icons have no clock; a small one painted once reads at a glance.
QPixmap paintedIcon(const std::function<void(QPainter&)>& paint) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p);
    return pixmap;
}

}  // namespace

QIcon VoucherListModel::queuedIcon() {
    static const QIcon icon(paintedIcon([](QPainter& p) {
        p.setPen(QPen(QColor(0x2f, 0x6f, 0x94), 3));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(3, 3, 26, 26));
        p.drawLine(QPointF(16, 16), QPointF(16, 8));
        p.drawLine(QPointF(16, 16), QPointF(22, 19));
    }));
    return icon;
}

QIcon VoucherListModel::transferredIcon() {
    static const QIcon icon(paintedIcon([](QPainter& p) {
        QPen pen(QColor(0x2e, 0x8b, 0x57), 4);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        const QPointF check[] = {{6, 17}, {13, 24}, {26, 8}};
        p.drawPolyline(check, 3);
    }));
    return icon;
}

VoucherListModel::VoucherListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db) {
}

void VoucherListModel::setFilter(const VoucherFilter& filter) {
    // Read before anything changes, so a failing query keeps the list.
    std::vector<Voucher> rows = VoucherStore::list(m_db, filter, 0, PageSize);
    const QString zone = CompanyService::require(m_db).timeZone;
    beginResetModel();
    m_filter = filter;
    m_timeZone = zone;
    m_rows = std::move(rows);
    m_atEnd = int(m_rows.size()) < PageSize;
    endResetModel();
}

void VoucherListModel::reload() {
    const int loaded = int(m_rows.size());
    const int limit = loaded > PageSize ? loaded : PageSize;
    std::vector<Voucher> rows = VoucherStore::list(m_db, m_filter, 0, limit);
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = int(m_rows.size()) < limit;
    endResetModel();
}

bool VoucherListModel::fetchAll(int cap) {
    while (!m_atEnd && rowCount() < cap) {
        const std::int64_t after = m_rows.empty() ? 0 : m_rows.back().number;
        const int limit = std::min(PageSize, cap - rowCount());
        std::vector<Voucher> more = VoucherStore::list(m_db, m_filter, after, limit);
        m_atEnd = int(more.size()) < limit;
        append(std::move(more));
    }
    if (!m_atEnd && !m_rows.empty())  // exactly at the cap: is anything left?
        m_atEnd = VoucherStore::list(m_db, m_filter, m_rows.back().number, 1).empty();
    return m_atEnd;
}

void VoucherListModel::append(std::vector<Voucher> more) {
    if (more.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
}

std::int64_t VoucherListModel::voucherId(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].id : 0;
}

const Voucher& VoucherListModel::voucher(int row) const {
    return m_rows.at(std::size_t(row));
}

int VoucherListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VoucherListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool VoucherListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void VoucherListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<Voucher> more;
    try {
        more =
            VoucherStore::list(m_db, m_filter, m_rows.empty() ? 0 : m_rows.back().number, PageSize);
    } catch (const Error& e) {
        m_atEnd = true;  // not again on every scroll
        Q_EMIT loadFailed(e.message());
        return;
    }
    m_atEnd = int(more.size()) < PageSize;
    append(std::move(more));
}

QString VoucherListModel::when(const std::optional<std::int64_t>& ms) const {
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone(m_timeZone.toUtf8()))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString VoucherListModel::reason(const Voucher& v) const {
    if (v.state != VoucherState::Failed)
        return {};
    return VoucherTexts::failReasonText(v.failKind, v.failReason);
}

QVariant VoucherListModel::display(const Voucher& v, int column) const {
    const QLocale locale;
    switch (column) {
        case Number:
            return QString::number(v.number);
        case Date:
            return locale.toString(v.date, QLocale::ShortFormat);
        case Document:
            return v.sourceRef;
        case Text:
            return v.text;
        case Method:
            return v.method.isEmpty() ? QString() : BalanceReport::methodLabel(v.method);
        case Amount:
            return v.amount.format(locale, true);
        case Transfer:
            switch (v.state) {
                case VoucherState::Pending:
                    return QStringLiteral("—");
                case VoucherState::Queued:
                    return VoucherTexts::stateLabel(v.state);
                case VoucherState::Transferred:
                    return v.targetRef;
                case VoucherState::Failed:
                    return VoucherTexts::stateLabel(v.state);
            }
            return {};
        case Reason:
            return reason(v);
    }
    return {};
}

QVariant VoucherListModel::raw(const Voucher& v, int column) const {
    switch (column) {
        case Number:
            return qlonglong(v.number);
        case Date:
            return v.date;
        case Amount:
            return qlonglong(v.amount.minor());
        case Transfer:
            return VoucherTexts::stateKey(v.state);
        default:
            return display(v, column);
    }
}

QVariant VoucherListModel::toolTip(const Voucher& v, int column) const {
    if (column == Document && !v.sourceKind.isEmpty())
        return VoucherTexts::sourceLabel(v.sourceKind) + QStringLiteral(": ") + v.sourceRef;
    if (column == Text)
        return v.text;
    if (column != Transfer && column != Reason)
        return {};
    switch (v.state) {
        case VoucherState::Pending:
            return column == Transfer ? tr("Not marked for transfer") : QVariant();
        case VoucherState::Queued:
            return tr("Queued %1").arg(when(v.queuedMs));
        case VoucherState::Transferred:
            return v.target.isEmpty()
                       ? tr("Transferred %1 as %2").arg(when(v.transferredMs), v.targetRef)
                       : tr("Transferred to %1 %2 as %3")
                             .arg(v.target, when(v.transferredMs), v.targetRef);
        case VoucherState::Failed:
            return tr("Failed %1: %2").arg(when(v.failedMs), reason(v));
    }
    return {};
}

QVariant VoucherListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Voucher& v = m_rows[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(v, c);
        case RawValueRole:
            return raw(v, c);
        case Qt::ToolTipRole:
            return toolTip(v, c);
        case Qt::DecorationRole:
            if (c == Transfer && v.state == VoucherState::Queued)
                return queuedIcon();
            if (c == Transfer && v.state == VoucherState::Transferred)
                return transferredIcon();
            return {};
        case Qt::ForegroundRole:
            if ((c == Transfer || c == Reason) && v.state == VoucherState::Failed)
                return QBrush(failedColour);
            if (c == Transfer && v.state == VoucherState::Pending)
                return QBrush(Qt::gray);
            return {};
        case Qt::TextAlignmentRole:
            if (c == Amount || c == Number)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
    }
}

QVariant VoucherListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Number:
            return tr("No.");
        case Date:
            return tr("Date");
        case Document:
            return tr("Document");
        case Text:
            return tr("Text");
        case Method:
            return tr("Method");
        case Amount:
            return tr("Amount");
        case Transfer:
            return tr("Transfer");
        case Reason:
            return tr("Reason");
    }
    return {};
}

}  // namespace skranke
