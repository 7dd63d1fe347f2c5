#include "ui/shell/pricerulemodel.h"

#include "core/booking/bookingtime.h"
#include "core/money/money.h"

#include <QLocale>

namespace skranke {

PriceRuleModel::PriceRuleModel(QObject* parent) : QAbstractTableModel(parent) {
}

void PriceRuleModel::setRules(ProductKind kind, Currency currency, std::vector<PriceRule> rules,
                              const std::vector<GuestCategory>& categories) {
    beginResetModel();
    m_kind = kind;
    m_currency = currency;
    m_rules = std::move(rules);
    m_categoryNames.clear();
    for (const GuestCategory& c : categories)
        m_categoryNames[c.id] = c.name;
    endResetModel();
}

int PriceRuleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}

int PriceRuleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceRuleModel::weekdaysText(int mask) {
    const QLocale locale;
    const auto name = [&](int bit) { return locale.dayName(bit + 1, QLocale::ShortFormat); };
    if ((mask & 0x7f) == 0x7f)
        return tr("%1–%2").arg(name(0), name(6));
    QStringList parts;
    int bit = 0;
    while (bit < 7) {
        if (!(mask & (1 << bit))) {
            ++bit;
            continue;
        }
        int end = bit;
        while (end + 1 < 7 && (mask & (1 << (end + 1))))
            ++end;
        if (end - bit >= 2)
            parts << tr("%1–%2").arg(name(bit), name(end));
        else
            for (int b = bit; b <= end; ++b)
                parts << name(b);
        bit = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString PriceRuleModel::basisName(PriceRule::Basis basis, ProductKind kind) {
    const bool byNight = !BookingTime::usesTime(kind);
    switch (basis) {
        case PriceRule::Basis::Unit:
            return kind == ProductKind::Event ? tr("Per booking")
                   : byNight                  ? tr("Per night")
                                              : tr("Per hour");
        case PriceRule::Basis::Stay:
            return tr("Per stay");
        case PriceRule::Basis::GuestUnit:
            return kind == ProductKind::Event ? tr("Per guest")
                   : byNight                  ? tr("Per guest and night")
                                              : tr("Per guest and hour");
        case PriceRule::Basis::GuestStay:
            return tr("Per guest, whole stay");
    }
    return {};
}

QString PriceRuleModel::seasonText(const QDate& from, const QDate& to) {
    const QLocale locale;
    if (!from.isValid() && !to.isValid())
        return tr("All year");
    if (!to.isValid())
        return tr("From %1").arg(locale.toString(from, QLocale::ShortFormat));
    if (!from.isValid())
        return tr("Until %1").arg(locale.toString(to, QLocale::ShortFormat));
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                             locale.toString(to, QLocale::ShortFormat));
}

QString PriceRuleModel::rangeText(int min, const std::optional<int>& max) {
    if (!max)
        return tr("%1 or more").arg(min);
    if (*max == min)
        return QString::number(min);
    return tr("%1–%2").arg(min).arg(*max);
}

QVariant PriceRuleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceRule& r = m_rules[std::size_t(index.row())];
    if (role == Qt::UserRole)
        return qint64(r.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Priority
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Season:
            return seasonText(r.validFrom, r.validTo);
        case Weekdays:
            return weekdaysText(r.weekdays);
        case Length:
            return rangeText(r.minLength, r.maxLength);
        case Quantity:
            return rangeText(r.minQuantity, r.maxQuantity);
        case Guests:
            return rangeText(r.minGuests, r.maxGuests);
        case Basis:
            return basisName(r.basis, m_kind);
        case Category: {
            const auto it = m_categoryNames.find(r.guestCategoryId);
            return it == m_categoryNames.end() ? QString() : it->second;
        }
        case Amount:
            return m_currency ? Money(r.amountMinor, *m_currency).format(QLocale(), true)
                              : QString();
        case Priority:
            return r.priority;
        default:
            return {};
    }
}

QVariant PriceRuleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Season:
            return tr("Season");
        case Weekdays:
            return tr("Weekdays");
        case Length:
            return m_kind == ProductKind::Event    ? tr("Length")
                   : BookingTime::usesTime(m_kind) ? tr("Hours")
                                                   : tr("Nights");
        case Quantity:
            return tr("Quantity");
        case Guests:
            return tr("Guests");
        case Basis:
            return tr("Price per");
        case Category:
            return tr("Guest category");
        case Amount:
            return tr("Amount incl. VAT");
        case Priority:
            return tr("Priority");
        default:
            return {};
    }
}

}  // namespace skranke
