#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// Ringing up a sale: lines from the catalog, tenders, and a numbered,
// immutable receipt — all in one transaction, so a sale is whole or absent.
class SaleService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::SaleService)
public:
    // A line for an active product found by its EAN-13, item number or ID,
    // at its list price unless `price` is given (a price override).
    static SaleLineInput lineFor(Database& db, const QString& productOrEan,
                                 std::int64_t quantityMilli,
                                 const std::optional<Money>& price = std::nullopt);
    // Needs till.sell and an open shift on the till. Takes the till's next
    // receipt number (gapless), stores lines, VAT, tenders and the cash
    // rounding, and journals the sale (SAF-T 13012) and each price override
    // (13021). Value-card lines issue or top up their card; value-card
    // tenders take from the card's balance; an invoice tender puts the whole
    // sale on a posted invoice on the party's debtor (needs
    // invoicing.invoice). Throws Error::invalid naming "line" or "tender"
    // and writes nothing when the sale does not add up.
    static Receipt sell(const Session& session, const QString& tillRef,
                        const std::vector<SaleLineInput>& lines,
                        const std::vector<TenderInput>& tenders, const SaleParty& party = {});
    // Journals that a copy of a receipt was printed (SAF-T 13014). Needs
    // till.sell; throws Error(NotFound) naming "receipt".
    static void journalCopy(const Session& session, const QString& tillRef, std::int64_t number);
    // Throws Error(NotFound) naming "receipt".
    static Receipt load(Database& db, const QString& tillRef, std::int64_t number);
};

}  // namespace skranke
