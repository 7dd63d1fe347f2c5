#include "core/till/receiptcalculator.h"

#include "core/money/cashrounding.h"
#include "core/store/error.h"

#include <map>

namespace skranke {

ReceiptLine ReceiptCalculator::line(int lineNo, const SaleLineInput& in) {
    const QString field = QStringLiteral("line");
    if (in.quantityMilli == 0)
        throw Error::invalid(field, tr("Line %1: the quantity cannot be 0.").arg(lineNo));
    if (in.unitPrice.isNegative())
        throw Error::invalid(field, tr("Line %1: the price cannot be negative.").arg(lineNo));
    if (in.discount.isNegative() || in.discount.value() >= 1)
        throw Error::invalid(
            field, tr("Line %1: the discount must be from 0 to under 100 %.").arg(lineNo));
    const Rational factor = Rational(in.quantityMilli, 1000) * (1 - in.discount.value());
    return ReceiptLine{lineNo, in,
                       in.unitPrice.times(factor, Rounding::HalfAwayFromZero, "receipt line")};
}

void ReceiptCalculator::computeTotals(Receipt& r, const std::vector<SaleLineInput>& inputs,
                                      const Currency& currency) {
    r.lines.clear();
    r.vat.clear();
    r.total = Money::zero(currency);
    std::map<Rate, Money> byRate;
    for (const SaleLineInput& in : inputs) {
        ReceiptLine l = line(int(r.lines.size()) + 1, in);
        r.total += l.amount;
        auto [it, fresh] = byRate.try_emplace(in.vatRate, Money::zero(currency));
        it->second += l.amount;
        r.lines.push_back(std::move(l));
    }
    for (const auto& [rate, gross] : byRate) {
        const Rational share = rate.value() / (1 + rate.value());
        r.vat.push_back(
            ReceiptVat{rate, gross, gross.times(share, Rounding::HalfAwayFromZero, "receipt VAT")});
    }
}

void TenderPlan::apply(Receipt& r, const std::vector<TenderInput>& tenders,
                       std::int64_t cashStepMinor) {
    const QString field = QStringLiteral("tender");
    const Currency c = r.total.currency();
    Money nonCash = Money::zero(c);
    Money cashGiven = Money::zero(c);
    int cashTenders = 0;
    r.tenders.clear();
    for (const TenderInput& t : tenders) {
        if (t.amount.currency() != c)
            throw Error::invalid(field, tr("A tender must be in %1.").arg(c.code()));
        if (!t.amount.isPositive())
            throw Error::invalid(field, tr("A tender's amount must be more than 0."));
        if (t.kind == TenderKind::Cash) {
            cashGiven += t.amount;
            ++cashTenders;
        } else {
            nonCash += t.amount;
        }
    }
    const bool refund = r.total.isNegative();
    const Money due = refund ? -r.total : r.total;
    if (nonCash > due)
        throw Error::invalid(field, tr("The tenders other than cash come to %1, more than the "
                                       "total %2.")
                                        .arg(nonCash.toDecimalString(), due.toDecimalString()));
    const Money rest = due - nonCash;
    const CashRounding cash = roundCash(rest, cashStepMinor);
    if (rest.isPositive() && cashTenders == 0)
        throw Error::invalid(field, tr("%1 is still to pay.").arg(rest.toDecimalString()));
    if (cashTenders > 0 && cashGiven < cash.rounded)
        throw Error::invalid(field,
                             tr("The cash given, %1, is less than the %2 to pay in cash.")
                                 .arg(cashGiven.toDecimalString(), cash.rounded.toDecimalString()));
    if (cashTenders > 0 && cash.rounded.isZero())
        throw Error::invalid(field, tr("Nothing is left to pay in cash."));
    // A return pays out: the same arithmetic on the amount, stored negative.
    const auto signedMoney = [&](const Money& m) { return refund ? -m : m; };
    for (const TenderInput& t : tenders)
        if (t.kind != TenderKind::Cash)
            r.tenders.push_back(ReceiptTender{t.kind, signedMoney(t.amount), Money::zero(c),
                                              Money::zero(c), t.reference.trimmed()});
    if (cashTenders > 0)
        r.tenders.push_back(ReceiptTender{TenderKind::Cash,
                                          signedMoney(cash.rounded),
                                          signedMoney(cashGiven),
                                          signedMoney(cashGiven - cash.rounded),
                                          {}});
    r.rounding = cashTenders > 0 ? signedMoney(cash.difference) : Money::zero(c);
}

}  // namespace skranke
