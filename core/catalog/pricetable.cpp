#include "core/catalog/pricetable.h"

#include "core/booking/bookingtime.h"
#include "core/store/error.h"

#include <QCoreApplication>
#include <limits>

namespace skranke {

namespace {

struct BasisKey {
    PriceRule::Basis basis;
    const char* key;
};
constexpr BasisKey basisKeys[] = {{PriceRule::Basis::Unit, "unit"},
                                  {PriceRule::Basis::Stay, "stay"},
                                  {PriceRule::Basis::GuestUnit, "guest_unit"},
                                  {PriceRule::Basis::GuestStay, "guest_stay"}};

std::int64_t seasonDays(const PriceRule& r) {
    if (!r.validFrom.isValid() || !r.validTo.isValid())
        return std::numeric_limits<std::int64_t>::max();
    return r.validFrom.daysTo(r.validTo);
}

// True when a is a better match than b.
bool better(const PriceRule& a, const PriceRule& b) {
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (seasonDays(a) != seasonDays(b))
        return seasonDays(a) < seasonDays(b);
    return a.id > b.id;
}

const PriceRule* best(const std::vector<const PriceRule*>& candidates, const QDate& day,
                      const PriceQuery& q, std::int64_t length) {
    const PriceRule* found = nullptr;
    for (const PriceRule* r : candidates)
        if (PriceTable::matches(*r, day, q, length) && (!found || better(*r, *found)))
            found = r;
    return found;
}

std::vector<const PriceRule*> withBasis(const std::vector<const PriceRule*>& rules,
                                        PriceRule::Basis basis) {
    std::vector<const PriceRule*> result;
    for (const PriceRule* r : rules)
        if (r->basis == basis)
            result.push_back(r);
    return result;
}

}  // namespace

QString PriceRule::basisKey(Basis basis) {
    for (const BasisKey& k : basisKeys)
        if (k.basis == basis)
            return QString::fromLatin1(k.key);
    return {};
}

PriceRule::Basis PriceRule::basisFromKey(const QString& key) {
    for (const BasisKey& k : basisKeys)
        if (key == QLatin1String(k.key))
            return k.basis;
    throw Error::invalid(QStringLiteral("basis"),
                         QCoreApplication::translate(
                             "skranke::PriceTable",
                             "\"%1\" is not a price basis (unit, stay, guest_unit, guest_stay).")
                             .arg(key));
}

int PriceQuery::guestCount() const {
    int n = 0;
    for (const auto& [category, count] : guests)
        n += count;
    return n;
}

bool PriceTable::matches(const PriceRule& r, const QDate& day, const PriceQuery& q,
                         std::int64_t length) {
    if (r.validFrom.isValid() && day < r.validFrom)
        return false;
    if (r.validTo.isValid() && day > r.validTo)
        return false;
    if (!(r.weekdays & (1 << (day.dayOfWeek() - 1))))
        return false;
    if (length < r.minLength || (r.maxLength && length > *r.maxLength))
        return false;
    if (q.quantity < r.minQuantity || (r.maxQuantity && q.quantity > *r.maxQuantity))
        return false;
    const int guests = q.guestCount();
    return guests >= r.minGuests && (!r.maxGuests || guests <= *r.maxGuests);
}

std::optional<std::int64_t> PriceTable::price(const std::vector<PriceRule>& rules,
                                              const PriceQuery& q, std::int64_t listPriceMinor) {
    const std::int64_t length = BookingTime::lengthUnits(q.kind, q.start, q.end);
    if (length <= 0 || q.quantity <= 0)
        return std::nullopt;
    const std::int64_t unit = BookingTime::unitLength(q.kind);
    const QDate arrival = BookingTime::date(q.start);
    const auto dayOf = [&](std::int64_t i) { return BookingTime::date(q.start + i * unit); };
    if (rules.empty())
        return listPriceMinor * length * q.quantity;

    std::vector<const PriceRule*> base;
    std::map<std::int64_t, std::vector<const PriceRule*>> perGuest;
    for (const PriceRule& r : rules) {
        if (r.perGuest())
            perGuest[r.guestCategoryId].push_back(&r);
        else
            base.push_back(&r);
    }
    std::int64_t total = 0;
    bool priced = false;
    if (!base.empty()) {
        const PriceRule* atArrival = best(base, arrival, q, length);
        if (atArrival && atArrival->basis == PriceRule::Basis::Stay) {
            total += atArrival->amountMinor * q.quantity;
        } else {
            // Night by night, among the per-unit rules: a stay rule that
            // would win on a later night does not price part of a stay.
            const auto perUnit = withBasis(base, PriceRule::Basis::Unit);
            for (std::int64_t i = 0; i < length; ++i) {
                const PriceRule* r = best(perUnit, dayOf(i), q, length);
                if (!r)
                    return std::nullopt;
                total += r->amountMinor * q.quantity;
            }
        }
        priced = true;
    }
    for (const auto& [category, count] : q.guests) {
        const auto it = perGuest.find(category);
        if (count <= 0 || it == perGuest.end())
            continue;
        const PriceRule* atArrival = best(it->second, arrival, q, length);
        if (atArrival && atArrival->basis == PriceRule::Basis::GuestStay) {
            total += atArrival->amountMinor * count;
        } else {
            const auto perUnit = withBasis(it->second, PriceRule::Basis::GuestUnit);
            for (std::int64_t i = 0; i < length; ++i) {
                const PriceRule* r = best(perUnit, dayOf(i), q, length);
                if (!r)
                    return std::nullopt;
                total += r->amountMinor * count;
            }
        }
        priced = true;
    }
    if (!priced)
        return std::nullopt;
    return total;
}

}  // namespace skranke
