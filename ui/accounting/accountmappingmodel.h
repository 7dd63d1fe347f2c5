#pragma once

#include "core/accounting/accountmapping.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace skranke {

class AppContext;

// What each business event is booked on: every role and qualifier the
// business's data uses, with its account or "Not mapped". The account
// column is editable for users with settings.edit; a change is saved at
// once through AccountMapping::set, and a refused one leaves the old value.
class AccountMappingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Account, AccountName, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int MappedRole = Qt::UserRole + 1;

    explicit AccountMappingModel(AppContext& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void reload();
    const MappingEntry* entry(int row) const;
    int rowOf(const QString& role, const QString& qualifier) const;  // -1 when not listed
    int unmappedCount() const;
    bool editable() const;

Q_SIGNALS:
    // An account was set (or removed) for role + qualifier.
    void mappingChanged(const QString& role, const QString& qualifier);
    void refused(const QString& message);

private:
    void loadAccountNames();

    AppContext& m_context;
    std::vector<MappingEntry> m_entries;
    QHash<QString, QString> m_accountNames;  // number → name
    QHash<QString, bool> m_accountActive;
};

}  // namespace skranke
