#include "ui/shell/journalmodel.h"

#include "core/journal/journal.h"

#include <QDateTime>
#include <QLocale>

namespace skranke {

JournalModel::JournalModel(Database& db, QTimeZone zone, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_zone(std::move(zone)) {
    reload();
}

void JournalModel::reload() {
    beginResetModel();
    m_rows = Journal::page(m_db, 0, PageSize);
    m_atEnd = int(m_rows.size()) < PageSize;
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const JournalEntry& e = m_rows[std::size_t(index.row())];
    if (role == RawValueRole) {
        switch (index.column()) {
            case Id:
                return qlonglong(e.id);
            case Time:
                return qlonglong(e.atMs);
            case User:
                return e.userLogin;
            case Entity:
                return e.entity;
            case Action:
                return e.action;
            case Details:
                return e.payload;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Id:
                return QLocale().toString(qlonglong(e.id));
            case Time:
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs, m_zone),
                                          QLocale::ShortFormat);
            case User:
                return e.userLogin;
            case Entity:
                return e.entity;
            case Action:
                return e.action;
            case Details:
                return e.payload;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.payload;
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Id:
            return tr("No.");
        case Time:
            return tr("Time");
        case User:
            return tr("User");
        case Entity:
            return tr("Record");
        case Action:
            return tr("Action");
        case Details:
            return tr("Details");
    }
    return {};
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void JournalModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd)
        return;
    const std::int64_t before = m_rows.empty() ? 0 : m_rows.back().id;
    auto more = Journal::page(m_db, before, PageSize);
    m_atEnd = int(more.size()) < PageSize;
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

}  // namespace skranke
