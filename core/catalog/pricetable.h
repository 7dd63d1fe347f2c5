#pragma once

#include "core/catalog/product.h"

#include <QDate>
#include <map>
#include <optional>
#include <vector>

namespace skranke {

// One rule of a product's price table; amounts include VAT, in minor units.
struct PriceRule {
    enum class Basis {
        Unit,       // per time unit (night, hour) and unit booked
        Stay,       // for the whole stay, per unit booked
        GuestUnit,  // per guest of a category and time unit
        GuestStay,  // per guest of a category for the whole stay
    };
    std::int64_t id = 0;
    std::int64_t productId = 0;
    QDate validFrom;      // invalid: open
    QDate validTo;        // inclusive; invalid: open
    int weekdays = 0x7f;  // bit 0 Monday … bit 6 Sunday
    int minLength = 1;    // in time units (nights, hours)
    std::optional<int> maxLength;
    int minQuantity = 1;
    std::optional<int> maxQuantity;
    int minGuests = 0;
    std::optional<int> maxGuests;
    Basis basis = Basis::Unit;
    std::int64_t guestCategoryId = 0;  // for the guest bases
    std::int64_t amountMinor = 0;
    int priority = 0;

    bool perGuest() const { return basis == Basis::GuestUnit || basis == Basis::GuestStay; }
    static QString basisKey(Basis basis);
    static Basis basisFromKey(const QString& key);  // throws Error::invalid("basis")
};

// What a row asks the price table.
struct PriceQuery {
    ProductKind kind = ProductKind::Accommodation;
    std::int64_t start = 0;  // booking minutes (see BookingTime)
    std::int64_t end = 0;
    int quantity = 1;
    std::map<std::int64_t, int> guests;  // guest category → count
    int guestCount() const;
};

// The price of a row from a product's price table. Each time unit (night or
// hour) is priced by the best rule that matches its date and weekday and the
// row's length, quantity and guests: the highest priority, then the shortest
// season, then the newest rule.
// A stay rule that is best at arrival prices the whole stay. Guest rules
// add their amount per guest of their category. With no rules the product's
// price is the unit price. When a unit has no matching rule, there is no
// price and the row needs a manual one.
class PriceTable final {
public:
    static std::optional<std::int64_t> price(const std::vector<PriceRule>& rules,
                                             const PriceQuery& query, std::int64_t listPriceMinor);
    static bool matches(const PriceRule& rule, const QDate& day, const PriceQuery& query,
                        std::int64_t length);
};

}  // namespace skranke
