#pragma once

#include "core/parties/customer.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// The customer profile and its link to a debtor. The bookings module adds
// its required fields and search on top of this.
class CustomerService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CustomerService)
public:
    static Customer create(const Session& session, const Customer& customer);
    static Customer edit(const Session& session, const Customer& customer);
    // Links the customer to a debtor (0 unlinks); the debtor may be shared.
    static void linkDebtor(const Session& session, std::int64_t customerId, std::int64_t debtorId);

    static std::optional<Customer> find(Database& db, std::int64_t id);
    static std::vector<Customer> ofDebtor(Database& db, std::int64_t debtorId);

private:
    static void validate(const Customer& customer);
};

}  // namespace skranke
