#include "core/demo/democancellations.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellationservice.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/time/clock.h"

#include <random>

namespace skranke {

namespace {

const char* const reasons[] = {
    "Gæsten er blevet syg",
    "Familien har ændret ferieplaner",
    "Dobbeltbooket hos en anden udbyder",
    "Bilen er brudt sammen, kommer ikke",
    "Vejrudsigten: storm hele weekenden",
    "Firmaet har aflyst arrangementet",
    "Ringede: bryllup udsat til næste år",
    "Kunne ikke få fri fra arbejde",
    "Bestilt ved en fejl, ville have hytte 6 personer",
    "Flyver hjem tidligere end planlagt",
    "Børnene har fået skoldkopper",
    "Manglende børnepasning",
};

Session sessionAt(const Session& owner, const QString& login, const Clock& clock) {
    const StaffUser u = *UserService::find(owner.db(), login);
    return Session(owner.db(), clock, u, UserService::rightsOf(owner.db(), u),
                   Settings::deviceUid(owner.db()));
}

}  // namespace

int DemoCancellations::build(const Session& owner, const QDate& today, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Database& db = owner.db();
    std::vector<std::int64_t> productIds;
    for (auto st = db.prepare("SELECT id FROM product ORDER BY id"); st.step();)
        productIds.push_back(st.int64(0));
    for (const std::int64_t id : productIds) {
        const Product p = *CatalogService::product(db, id);
        if (p.kind == ProductKind::Accommodation)
            CancellationRules::set(owner, p.id,
                                   CancellationRules::parse(QStringLiteral("30:25, 14:50, 3:100")));
        else if (isBookable(p.kind))
            CancellationRules::set(owner, p.id, CancellationRules::parse(QStringLiteral("1:100")));
    }
    // Stays and rentals of the coming weeks not yet invoiced (where the fees
    // bite), one per booking, in a fixed order.
    std::vector<std::int64_t> candidates;
    auto st = db.prepare(
        "SELECT min(r.id) FROM booking_row r WHERE r.status IN ('reservation', 'final') AND "
        "r.invoice_id IS NULL AND r.start_min >= ?1 AND r.parent_id IS NULL "
        "GROUP BY r.booking_id ORDER BY min(r.start_min), r.booking_id LIMIT 40");
    st.bindAll(BookingTime::fromDate(today.addDays(2)));
    while (st.step())
        candidates.push_back(st.int64(0));
    std::shuffle(candidates.begin(), candidates.end(), rng);

    const std::int64_t nowMs = owner.clock().nowMs();
    int done = 0;
    for (std::size_t i = 0; i < candidates.size() && done < 12; ++i) {
        // Spread over the last ten days, four of them today, in office hours.
        const int daysAgo = done < 4 ? 0 : 1 + int(rng() % 9);
        const std::int64_t at =
            nowMs - std::int64_t(daysAgo) * 86'400'000 - std::int64_t(rng() % 3) * 3'600'000;
        FixedClock clock(at);
        const Session s = sessionAt(
            owner, done % 3 == 0 ? QStringLiteral("manager") : QStringLiteral("desk"), clock);
        const BookingRow row = BookingStore::requireRow(db, candidates[i]);
        CancelRequest request;
        request.reason = QString::fromUtf8(reasons[done % std::size(reasons)]);
        request.waiveFee = done == 5;  // a regular guest: the manager let it go
        request.allParts = true;
        if (row.quantity > 1 && done % 2 == 1)
            request.units = 1;
        CancellationService::cancelRow(s, row.id, request);
        ++done;
    }
    return done;
}

}  // namespace skranke
