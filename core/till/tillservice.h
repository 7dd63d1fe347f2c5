#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// Tills, their shifts and the cash moved in and out of the drawer.
class TillService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillService)
public:
    // Needs settings.edit. The ref is what staff type ("K1"); unique.
    static Till createTill(const Session& session, const QString& ref, const QString& name);
    static std::vector<Till> tills(Database& db);
    // Throws Error::invalid("till") naming the ref when there is no such till.
    static Till requireTill(Database& db, const QString& ref);

    static std::optional<Shift> openShift(Database& db, std::int64_t tillId);
    // Needs till.sell. Refused while a shift is open on the till.
    static Shift openShift(const Session& session, const QString& tillRef, const Money& cashFloat);
    // Needs till.sell and an open shift; a positive amount goes in, a
    // negative one out. The reason is required. Journaled (13999 in, 13019 out).
    static void moveCash(const Session& session, const QString& tillRef, const Money& amount,
                         const QString& reason);
    // Journals a line taken off the cart before payment (SAF-T 13999, as the
    // code list has no code of its own for a voided line).
    static void voidLine(const Session& session, const QString& tillRef, const SaleLineInput& line);
    // Journals the drawer opened without a sale (SAF-T 13005): needs
    // till.sell, an open shift and a reason.
    static void openDrawer(const Session& session, const QString& tillRef, const QString& reason);
    // The open shift of the till, or Error(Conflict) saying to open one.
    static Shift requireOpenShift(Database& db, const Till& till);
};

}  // namespace skranke
