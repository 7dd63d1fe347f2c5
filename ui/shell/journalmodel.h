#pragma once

#include "core/journal/journalentry.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <vector>

namespace skranke {

class Database;

// The audit journal, newest first, fetched a page at a time.
class JournalModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Time, User, Entity, Action, Details, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int PageSize = 200;

    JournalModel(Database& db, QTimeZone zone, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Starts again from the newest entry.
    void reload();

private:
    Database& m_db;
    QTimeZone m_zone;
    std::vector<JournalEntry> m_rows;
    bool m_atEnd = false;
};

}  // namespace skranke
