#pragma once

#include "core/parties/customer.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// Customers: create and edit (journaled with what changed), search, and
// the link to a debtor.
class CustomerService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CustomerService)
public:
    static Customer create(const Session& session, const Customer& customer);
    static Customer edit(const Session& session, const Customer& customer);
    // Links the customer to a debtor (0 unlinks); the debtor may be shared.
    static void linkDebtor(const Session& session, std::int64_t customerId, std::int64_t debtorId);

    static std::optional<Customer> find(Database& db, std::int64_t id);
    static std::vector<Customer> ofDebtor(Database& db, std::int64_t debtorId);
    // Customers whose ID is the text, or whose email, name, address lines
    // 1–3 or notes contain it (case-insensitive), by name; an empty text
    // lists all. At most `limit`.
    static std::vector<Customer> search(Database& db, const QString& text, int limit);
    // Throws Error::invalid naming the first missing or bad field.
    static void validate(const Customer& customer);
};

}  // namespace skranke
