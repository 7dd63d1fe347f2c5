#include "ui/invoices/invoicelistmodel.h"

#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/quantity.h"

#include <QLocale>

namespace skranke {

InvoiceListModel::InvoiceListModel(Database& db, QObject* parent)
    : QAbstractItemModel(parent), m_db(db) {
    reload();
}

void InvoiceListModel::setFilter(const InvoiceList::Filter& filter) {
    m_filter = filter;
    reload();
}

void InvoiceListModel::reload() {
    beginResetModel();
    m_entries.clear();
    for (auto& r : InvoiceList::page(m_db, m_filter, {}, PageSize))
        m_entries.push_back({std::move(r), std::nullopt});
    m_atEnd = int(m_entries.size()) < PageSize;
    endResetModel();
}

std::int64_t InvoiceListModel::invoiceId(const QModelIndex& index) const {
    if (!index.isValid())
        return 0;
    const QModelIndex top = index.internalId() == 0 ? index : index.parent();
    return top.row() < int(m_entries.size()) ? m_entries[std::size_t(top.row())].row.id : 0;
}

QModelIndex InvoiceListModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_entries.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const Entry& e = m_entries[std::size_t(parent.row())];
    if (!e.lines || row >= int(e.lines->size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InvoiceListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Entry& e = m_entries[std::size_t(parent.row())];
    return e.lines ? int(e.lines->size()) : 0;
}

int InvoiceListModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool InvoiceListModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_entries.empty();
    return parent.internalId() == 0 && parent.column() == 0;
}

bool InvoiceListModel::canFetchMore(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_atEnd;
    return parent.internalId() == 0 && parent.column() == 0 &&
           !m_entries[std::size_t(parent.row())].lines;
}

void InvoiceListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid()) {
        if (!canFetchMore(parent))
            return;
        Entry& e = m_entries[std::size_t(parent.row())];
        auto inv = InvoiceService::find(m_db, e.row.id);
        std::vector<InvoiceLine> lines = inv ? inv->lines : std::vector<InvoiceLine>{};
        if (lines.empty()) {
            e.lines.emplace();
            return;
        }
        beginInsertRows(parent, 0, int(lines.size()) - 1);
        e.lines = std::move(lines);
        endInsertRows();
        return;
    }
    if (m_atEnd || m_entries.empty())
        return;
    auto more =
        InvoiceList::page(m_db, m_filter, InvoiceList::cursorAfter(m_entries.back().row), PageSize);
    m_atEnd = int(more.size()) < PageSize;
    if (more.empty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size()) - 1);
    for (auto& r : more)
        m_entries.push_back({std::move(r), std::nullopt});
    endInsertRows();
}

QVariant InvoiceListModel::lineData(const InvoiceLine& l, int column, int role) const {
    const QLocale locale;
    if (role == RawValueRole) {
        switch (column) {
            case Number:
                return l.lineNo;
            case Debtor:
                return l.input.text;
            case Till:
                return qlonglong(l.input.quantityMilli);
            case Total:
                return qlonglong(l.gross.minor());
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
            case Number:
                return QString::number(l.lineNo);
            case Debtor:
                return l.input.text;
            case Till:
                return tr("%1 × %2").arg(Quantity::format(l.input.quantityMilli, locale),
                                         l.input.unitPrice.format(locale, true));
            case Total:
                return l.gross.format(locale, true);
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Total || column == Number))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() != 0) {
        const Entry& parentEntry = m_entries[std::size_t(index.internalId() - 1)];
        if (!parentEntry.lines || index.row() >= int(parentEntry.lines->size()))
            return {};
        return lineData((*parentEntry.lines)[std::size_t(index.row())], index.column(), role);
    }
    const InvoiceList::Row& r = m_entries[std::size_t(index.row())].row;
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
            case Number:
                return qlonglong(r.number);
            case Kind:
                return r.creditNote;
            case Date:
                return r.date;
            case Due:
                return r.dueDate;
            case Debtor:
                return qlonglong(r.debtorId);
            case Till:
                return r.tillRef;
            case Total:
                return qlonglong(r.total.minor());
            case Open:
                return qlonglong(r.open.minor());
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Number:
                return QString::number(r.number);
            case Kind:
                return r.creditNote ? tr("Credit note") : tr("Invoice");
            case Date:
                return locale.toString(r.date, QLocale::ShortFormat);
            case Due:
                return locale.toString(r.dueDate, QLocale::ShortFormat);
            case Debtor:
                return tr("%1 %2").arg(r.debtorId).arg(r.debtorName);
            case Till:
                return r.tillRef;
            case Total:
                return r.total.format(locale, true);
            case Open:
                return r.open.isZero() ? QString() : r.open.format(locale, true);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Open))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Number:
            return tr("No.");
        case Kind:
            return tr("Kind");
        case Date:
            return tr("Date");
        case Due:
            return tr("Due");
        case Debtor:
            return tr("Debtor / line");
        case Till:
            return tr("Till / quantity");
        case Total:
            return tr("Total");
        case Open:
            return tr("Open");
    }
    return {};
}

}  // namespace skranke
