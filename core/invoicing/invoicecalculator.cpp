#include "core/invoicing/invoicecalculator.h"

#include <algorithm>

namespace skranke {

InvoiceLine InvoiceCalculator::line(const InvoiceLineInput& in) {
    const Rational factor = Rational(in.quantityMilli, 1000) * (Rational(1) - in.discount.value());
    const Money gross = in.unitPrice.times(factor, Rounding::HalfAwayFromZero, "line-amount");
    const Money net = gross.times(Rational(1) / (Rational(1) + in.vatRate.value()),
                                  Rounding::HalfAwayFromZero, "line-net");
    return {0, 0, in, gross, net};
}

void InvoiceCalculator::computeTotals(Invoice& invoice,
                                      const std::vector<InvoiceLineInput>& inputs) {
    const Currency currency =
        inputs.empty() ? invoice.total.currency() : inputs.front().unitPrice.currency();
    invoice.lines.clear();
    invoice.vat.clear();
    int lineNo = 0;
    for (const InvoiceLineInput& in : inputs) {
        InvoiceLine l = line(in);
        l.lineNo = ++lineNo;
        invoice.lines.push_back(l);
        auto it = std::find_if(invoice.vat.begin(), invoice.vat.end(),
                               [&](const InvoiceVat& v) { return v.rate == in.vatRate; });
        if (it == invoice.vat.end())
            invoice.vat.push_back({in.vatRate, l.net, Money::zero(currency)});
        else
            it->base += l.net;
    }
    std::sort(invoice.vat.begin(), invoice.vat.end(),
              [](const InvoiceVat& a, const InvoiceVat& b) { return a.rate > b.rate; });
    invoice.net = Money::zero(currency);
    invoice.vatTotal = Money::zero(currency);
    for (InvoiceVat& v : invoice.vat) {
        v.vat = v.base.times(v.rate, Rounding::HalfAwayFromZero, "vat");
        invoice.net += v.base;
        invoice.vatTotal += v.vat;
    }
    invoice.total = invoice.net + invoice.vatTotal;
}

}  // namespace skranke
