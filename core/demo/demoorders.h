#pragma once

#include <cstdint>

namespace skranke {

class Session;

// About forty webshop orders over the last thirty days, brought in through
// the order import and paid through the built-in test gateway, so that the
// order list shows every payment state and status: reservations awaiting
// capture, full and reduced captures (a couple confirmed early), partial and
// full refunds, a released reservation, failed payments (one imported so,
// one declined on capture), a capture left pending after a lost request,
// bank transfers (one marked paid by hand), an order invoiced on a debtor,
// issued gift cards, services for the demo's stays, and the business's own
// statuses "Pakket" and "Afsendt". Needs the demo's customers, debtors and
// bookings. Returns the number of orders.
class DemoOrders final {
public:
    static int build(const Session& owner, std::uint64_t seed);
};

}  // namespace skranke
