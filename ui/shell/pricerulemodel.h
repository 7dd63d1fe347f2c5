#pragma once

#include "core/catalog/bookablecatalog.h"

#include <QAbstractTableModel>
#include <map>
#include <vector>

namespace skranke {

// A bookable product's price table, one active rule a row.
class PriceRuleModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Season,
        Weekdays,
        Length,
        Quantity,
        Guests,
        Basis,
        Category,
        Amount,
        Priority,
        ColumnCount
    };

    explicit PriceRuleModel(QObject* parent = nullptr);

    void setRules(ProductKind kind, Currency currency, std::vector<PriceRule> rules,
                  const std::vector<GuestCategory>& categories);
    const PriceRule& rule(int row) const { return m_rules.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Mon–Sun", "Mon–Fri", "Fri, Sat" (bit 0 Monday).
    static QString weekdaysText(int mask);
    static QString basisName(PriceRule::Basis basis, ProductKind kind);
    static QString seasonText(const QDate& from, const QDate& to);
    static QString rangeText(int min, const std::optional<int>& max);

private:
    ProductKind m_kind = ProductKind::Accommodation;
    std::optional<Currency> m_currency;
    std::vector<PriceRule> m_rules;
    std::map<std::int64_t, QString> m_categoryNames;
};

}  // namespace skranke
