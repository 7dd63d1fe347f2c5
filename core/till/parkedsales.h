#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;
class Session;

// A cart put aside at the till ("park") while the next customer is served,
// and taken back later ("recall"). A parked sale is never deleted and is
// recalled once; the cart is kept as JSON exactly as it was rung up.
class ParkedSales final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ParkedSales)
public:
    struct Parked {
        std::int64_t id = 0;
        QString label;
        std::int64_t parkedMs = 0;
        QString parkedBy;  // the staff user's display name
        Money total;
        int lineCount = 0;
        SaleParty party;
    };

    struct Recalled {
        std::vector<SaleLineInput> lines;
        SaleParty party;
    };

    // Needs till.sell. Stores the cart and its total and journals it (SAF-T
    // 13010, suspend transaction); returns the parked sale's id. Throws
    // Error::invalid naming "line" for an empty cart or a line the till would
    // not ring up, "label" for a label over 80 characters; writes nothing then.
    static std::int64_t park(const Session& session, const QString& tillRef,
                             const std::vector<SaleLineInput>& lines, const SaleParty& party,
                             const QString& label);
    // The till's parked sales not yet recalled, oldest first. Throws
    // Error::invalid("till") for an unknown till.
    static std::vector<Parked> waiting(Database& db, const QString& tillRef);
    // Needs till.sell. Marks the parked sale recalled (who, when), journals it
    // (SAF-T 13011, resume transaction) and returns its cart as parked.
    // Throws, naming "parked_sale": NotFound for an unknown id, Conflict when
    // it was recalled already, Storage when its cart cannot be read back.
    static Recalled recall(const Session& session, std::int64_t parkedId);
};

}  // namespace skranke
