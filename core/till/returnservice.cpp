#include "core/till/returnservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/invoicing/quantity.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/till/receiptcalculator.h"
#include "core/till/receiptstore.h"
#include "core/till/saleparts.h"
#include "core/till/saleservice.h"
#include "core/till/tillevents.h"
#include "core/till/tillservice.h"

#include <algorithm>
#include <map>

namespace skranke {

namespace {

// What is left to return of each line of the original sale. A line sold with
// a negative quantity (money off) is not returnable on its own: it shows 0.
std::vector<ReturnLine> stillReturnable(Database& db, const Receipt& original) {
    std::map<int, std::int64_t> returned;
    auto st = db.prepare(
        "SELECT l.returns_line_no, -sum(l.quantity_milli) FROM receipt_line l "
        "JOIN receipt r ON r.id = l.receipt_id "
        "WHERE r.original_receipt_id = ?1 AND r.kind = 'return' GROUP BY l.returns_line_no");
    st.bind(1, original.id);
    while (st.step())
        returned[int(st.int64(0))] = st.int64(1);
    std::vector<ReturnLine> left;
    for (const ReceiptLine& l : original.lines) {
        const auto it = returned.find(l.lineNo);
        const std::int64_t done = it == returned.end() ? 0 : it->second;
        left.push_back(
            ReturnLine{l.lineNo, std::max<std::int64_t>(0, l.input.quantityMilli - done)});
    }
    return left;
}

Receipt loadOriginal(Database& db, const QString& tillRef, std::int64_t number) {
    Receipt original = SaleService::load(db, tillRef, number);
    if (original.kind != QLatin1String("sale"))
        throw Error::invalid(QStringLiteral("receipt"),
                             ReturnService::tr("Receipt %1 is itself a return and cannot be "
                                               "returned.")
                                 .arg(number));
    return original;
}

// The return's party only: its cards were handled by recordReturnCards.
Receipt withoutCards(Receipt r) {
    for (ReceiptLine& l : r.lines)
        l.input.cardNumber.clear();
    r.tenders.clear();
    return r;
}

}  // namespace

std::vector<ReturnLine> ReturnService::returnable(Database& db, const QString& tillRef,
                                                  std::int64_t originalNumber) {
    return stillReturnable(db, loadOriginal(db, tillRef, originalNumber));
}

Receipt ReturnService::returnLines(const Session& session, const QString& tillRef,
                                   std::int64_t originalNumber,
                                   const std::vector<ReturnLine>& lines,
                                   const std::vector<TenderInput>& refund) {
    session.require(rights::TillRefund);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    const CountryRules& rules = CompanyService::rules(db);
    const QString lineField = QStringLiteral("line");
    const QString tenderField = QStringLiteral("tender");

    // Reading what is left and writing the return in one transaction keeps
    // two returns of the same receipt from both taking the last item.
    Transaction tx(db);
    std::vector<TenderInput> tenders = refund;
    SaleParts::prepareRefundTenders(db, tenders);
    const Receipt original = loadOriginal(db, tillRef, originalNumber);
    SaleParts::refuseInvoicedOriginal(db, original);
    const std::vector<ReturnLine> left = stillReturnable(db, original);
    std::vector<ReturnLine> wanted;
    if (lines.empty()) {
        for (const ReturnLine& l : left)
            if (l.quantityMilli > 0)
                wanted.push_back(l);
        if (wanted.empty())
            throw Error::invalid(
                QStringLiteral("receipt"),
                tr("Everything on receipt %1 has already been returned.").arg(originalNumber));
    } else {
        wanted = lines;
        std::sort(wanted.begin(), wanted.end(),
                  [](const ReturnLine& a, const ReturnLine& b) { return a.lineNo < b.lineNo; });
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            const ReturnLine& w = wanted[i];
            const auto found = std::find_if(left.begin(), left.end(), [&](const ReturnLine& l) {
                return l.lineNo == w.lineNo;
            });
            if (found == left.end())
                throw Error::invalid(
                    lineField, tr("Receipt %1 has no line %2.").arg(originalNumber).arg(w.lineNo));
            if (i > 0 && wanted[i - 1].lineNo == w.lineNo)
                throw Error::invalid(lineField,
                                     tr("Line %1 is listed more than once.").arg(w.lineNo));
            if (w.quantityMilli <= 0)
                throw Error::invalid(
                    lineField,
                    tr("Line %1: the quantity to return must be more than 0.").arg(w.lineNo));
            if (w.quantityMilli > found->quantityMilli)
                throw Error::invalid(
                    lineField, found->quantityMilli == 0
                                   ? tr("Line %1 has already been returned in full.").arg(w.lineNo)
                                   : tr("Line %1: only %2 can still be returned, not %3.")
                                         .arg(w.lineNo)
                                         .arg(Quantity::format(found->quantityMilli),
                                              Quantity::format(w.quantityMilli)));
        }
    }

    std::vector<SaleLineInput> inputs;
    for (const ReturnLine& w : wanted) {
        const auto orig = std::find_if(original.lines.begin(), original.lines.end(),
                                       [&](const ReceiptLine& l) { return l.lineNo == w.lineNo; });
        SaleLineInput in = orig->input;
        in.quantityMilli = -w.quantityMilli;
        inputs.push_back(in);
    }
    Receipt r;
    r.kind = QStringLiteral("return");
    r.originalReceiptId = original.id;
    ReceiptCalculator::computeTotals(r, inputs, original.total.currency());
    for (std::size_t i = 0; i < r.lines.size(); ++i)
        r.lines[i].returnsLineNo = wanted[i].lineNo;
    r.party = original.party;
    TenderPlan::apply(r, tenders, rules.cashRoundingMinor);
    for (const ReceiptTender& t : r.tenders)
        if (!t.change.isZero())
            throw Error::invalid(tenderField,
                                 tr("Pay back exactly %1 in cash; a refund gives no change.")
                                     .arg((-t.amount).toDecimalString()));

    ReceiptStore::record(session, till, r, QStringLiteral("return"), tillevent::ReturnReceipt,
                         {{QStringLiteral("original_number"), qint64(original.number)}});
    SaleParts::recordReturnCards(session, original, r);
    SaleParts::recordCardsAndParty(session, withoutCards(r));
    tx.commit();
    return r;
}

}  // namespace skranke
