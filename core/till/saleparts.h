#pragma once

#include "core/till/till.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;
class Session;

// The parts of a sale or return beyond the receipt itself: value cards sold
// and redeemed, the invoice an invoice sale becomes, and who the receipt was
// for. Each runs inside the caller's transaction.
class SaleParts final {
    Q_DECLARE_TR_FUNCTIONS(skranke::SaleParts)
public:
    // Before the receipt is stored: a value-card line gets its card number
    // (a new one when none was entered) and it in its text; a card is sold
    // one per line, for more than 0. A card number on any other line is
    // refused naming "line".
    static void prepareCardLines(Database& db, std::vector<SaleLineInput>& lines);
    // Which tenders a sale may take: an invoice takes the whole sale, alone,
    // and needs a debtor. Throws Error::invalid naming "tender".
    static void checkSaleTenders(const std::vector<TenderInput>& tenders, const SaleParty& party);
    // The invoice tender's amount is the sale's total: 0 stands for it, any
    // other amount must be it.
    static std::vector<TenderInput> invoiceTakesTotal(std::vector<TenderInput> tenders,
                                                      const Money& total);
    // Puts the whole sale on a posted invoice on the party's debtor and
    // writes its number into the invoice tender's reference. The tender is
    // the invoice's total; an øre of VAT rounding between the two is kept
    // as the receipt's rounding.
    static void postInvoice(const Session& session, const Till& till, Receipt& receipt);
    // After the receipt is stored: the cards its lines sold, the cards its
    // tenders paid with, and who it was for.
    static void recordCardsAndParty(const Session& session, const Receipt& receipt);

    // For a return: refund tenders onto a value card get a new card's number
    // when none was entered; an invoice cannot refund (credit the invoice).
    static void prepareRefundTenders(Database& db, std::vector<TenderInput>& refund);
    // A sale put on an invoice is credited there, not returned at the till.
    static void refuseInvoicedOriginal(Database& db, const Receipt& original);
    // After a return is stored: cards sold on the returned lines are taken
    // back (refused when they have been spent) and refunds put on cards.
    static void recordReturnCards(const Session& session, const Receipt& original,
                                  const Receipt& returned);

    static bool isValueCardProduct(Database& db, std::int64_t productId);
};

}  // namespace skranke
