#include "core/accounting/balancereport.h"

#include "core/accounting/balancereportqueries.h"
#include "core/booking/cancellationlist.h"
#include "core/company/companyservice.h"
#include "core/orders/orderservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/readtransaction.h"
#include "core/till/till.h"

#include <algorithm>
#include <optional>

namespace skranke {

namespace {

// The order rows are shown in; methods not named here follow by key.
const char* const knownOrder[] = {"cash",      "card",  "value_card", "invoice",
                                  "mobilepay", "vipps", "swish",      "bank_transfer"};

int rank(const QString& method) {
    if (method == QLatin1String(BalanceReport::UnmatchedMethod))
        return 1000;
    if (method.isEmpty())
        return 999;
    for (int i = 0; i < int(std::size(knownOrder)); ++i)
        if (method == QLatin1String(knownOrder[i]))
            return i;
    return 100;
}

// Bookings and the debtor ledger register a bank transfer as "bank";
// online orders (their import format) call it "bank_transfer".
constexpr char kBankAlias[] = "bank";
constexpr char kBankTransfer[] = "bank_transfer";

// Debtor payments carry their type as someone typed it ("Bank transfer",
// "MobilePay", "card"); bring the known ones to their key.
QString normalised(const QString& raw) {
    const QString text = raw.trimmed();
    if (text.compare(QLatin1String(kBankAlias), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kBankTransfer);
    for (const char* key : knownOrder) {
        const QString k = QString::fromLatin1(key);
        if (text.compare(k, Qt::CaseInsensitive) == 0 ||
            text.compare(BalanceReport::methodLabel(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    static const char* const english[][2] = {
        {"cash", "Cash"},          {"card", "Card"},           {"value_card", "Value card"},
        {"invoice", "On invoice"}, {"mobilepay", "MobilePay"}, {"bank_transfer", "Bank transfer"}};
    for (const auto& pair : english)
        if (text.compare(QLatin1String(pair[1]), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(pair[0]);
    return text.toLower();
}

void check(const QDate& from, const QDate& to) {
    if (!from.isValid())
        throw Error::invalid(QStringLiteral("from"), BalanceReport::tr("Enter the first day."));
    if (!to.isValid())
        throw Error::invalid(QStringLiteral("to"), BalanceReport::tr("Enter the last day."));
    if (to < from)
        throw Error::invalid(QStringLiteral("to"),
                             BalanceReport::tr("The period ends before it begins."));
}

void name(BalanceDifference& d) {
    switch (d.kind) {
        case BalanceDifferenceKind::OrdersWithoutPayment:
            d.title = BalanceReport::tr("Orders without a payment");
            d.explanation = BalanceReport::tr(
                "Online orders in the period whose payment is awaiting or failed, not paid by hand "
                "and not invoiced: sold on the web, but no money has come in.");
            break;
        case BalanceDifferenceKind::PaymentsWithoutOrder:
            d.title = BalanceReport::tr("Payments without an order");
            d.explanation = BalanceReport::tr(
                "Debtor payments in the period not (fully) settled against an invoice: the "
                "customer paid, but nothing has been sold against it. The amount is the open "
                "part.");
            break;
        case BalanceDifferenceKind::UnmatchedPayouts:
            d.title = BalanceReport::tr("Payouts not matched");
            d.explanation = BalanceReport::tr(
                "Transactions in payouts dated in the period that match no order, receipt or till "
                "payment.");
            break;
        case BalanceDifferenceKind::VouchersNotTransferred:
            d.title = BalanceReport::tr("Vouchers not transferred");
            d.explanation = BalanceReport::tr(
                "Vouchers dated in the period that are pending, queued or failed: the accounting "
                "program does not have them yet.");
            break;
    }
}

}  // namespace

QString BalanceReport::methodLabel(const QString& method) {
    if (method == QLatin1String("cash"))
        return tenderKindName(TenderKind::Cash);
    if (method == QLatin1String("value_card"))
        return tenderKindName(TenderKind::ValueCard);
    if (method == QLatin1String("invoice"))
        return tenderKindName(TenderKind::Invoice);
    if (method == QLatin1String(UnmatchedMethod))
        return tr("Unmatched payouts, fees");
    if (method.isEmpty())
        return tr("No method given");
    if (method == QLatin1String(kBankAlias))
        return methodLabel(QString::fromLatin1(kBankTransfer));
    if (OrderService::paymentTypes().contains(method))
        return OrderService::paymentTypeLabel(method);
    return method;
}

bool BalanceReport::acquirerPays(const QString& method) {
    return method == QLatin1String("card") || method == QLatin1String("mobilepay") ||
           method == QLatin1String("vipps") || method == QLatin1String("swish");
}

const BalanceDifference& BalanceReport::difference(BalanceDifferenceKind kind) const {
    for (const BalanceDifference& d : differences)
        if (d.kind == kind)
            return d;
    throw Error(ErrorCode::NotFound, tr("The report has no such difference."));
}

const BalanceMethodRow* BalanceReport::row(const QString& method) const {
    for (const BalanceMethodRow& r : rows)
        if (r.method == method)
            return &r;
    return nullptr;
}

BalanceReport BalanceReport::make(Database& db, const QDate& from, const QDate& to, int itemLimit) {
    check(from, to);
    const CompanyProfile company = CompanyService::require(db);
    balancequeries::Period p;
    p.from = from.toString(Qt::ISODate);
    p.to = to.toString(Qt::ISODate);
    std::tie(p.firstMs, p.endMs) = CancellationList::instants(from, to, company.timeZone);
    p.currency = CompanyService::rules(db).currency;
    p.timeZone = company.timeZone;
    const Currency currency = Currency::fromCode(p.currency);
    const auto money = [&](std::int64_t minor) { return Money(minor, currency); };

    BalanceReport r;
    r.from = from;
    r.to = to;
    r.companyName = company.name;
    r.currency = p.currency;

    std::optional<ReadTransaction> snapshot(std::in_place, db);
    balancequeries::MethodMap raw;
    balancequeries::tillTenders(db, p, raw);
    balancequeries::debtorPayments(db, p, raw);
    const std::int64_t ordersNotInvoiced = balancequeries::orderPayments(db, p, raw);
    balancequeries::MethodMap payouts;
    balancequeries::payouts(db, p, payouts);
    const auto [vouchered, transferred] = balancequeries::vouchers(db, p, raw);
    r.soldInvoices = money(balancequeries::soldInvoices(db, p));
    r.soldReceipts = money(balancequeries::soldReceipts(db, p));
    r.soldOrders = money(ordersNotInvoiced);
    r.differences.push_back(balancequeries::ordersWithoutPayment(db, p, itemLimit));
    r.differences.push_back(balancequeries::paymentsWithoutOrder(db, p, itemLimit));
    r.differences.push_back(balancequeries::unmatchedPayouts(db, p, itemLimit));
    r.differences.push_back(balancequeries::vouchersNotTransferred(db, p, itemLimit));
    snapshot.reset();

    // Unmatched payout lines and fees that belong to no payment keep a row
    // of their own: put on card, they would hide card money not paid out.
    balancequeries::MethodMap merged;
    for (const auto& [method, sums] : raw) {
        balancequeries::MethodSums& m = merged[normalised(method)];
        m.paid += sums.paid;
        m.vouchered += sums.vouchered;
        m.transferred += sums.transferred;
    }
    for (const auto& [method, sums] : payouts) {
        const QString key =
            method.isEmpty() ? QString::fromLatin1(UnmatchedMethod) : normalised(method);
        merged[key].paidOut += sums.paidOut;
        merged[key].fees += sums.fees;
    }

    r.sold = r.soldInvoices + r.soldReceipts + r.soldOrders;
    r.paid = r.paidOut = r.fees = money(0);
    r.vouchered = money(vouchered);
    r.transferred = money(transferred);
    for (const auto& [method, sums] : merged) {
        if (sums.paid == 0 && sums.paidOut == 0 && sums.fees == 0 && sums.vouchered == 0)
            continue;
        BalanceMethodRow row;
        row.method = method;
        row.label = methodLabel(method);
        row.paid = money(sums.paid);
        row.paidOut = money(sums.paidOut);
        row.fees = money(sums.fees);
        row.acquirerPaid = acquirerPays(method);
        row.notPaidOut = row.acquirerPaid ? row.paid - row.paidOut : money(0);
        row.money = method != QLatin1String("invoice") && method != QLatin1String("value_card");
        row.vouchered = money(sums.vouchered);
        row.transferred = money(sums.transferred);
        if (row.money)
            r.paid += row.paid;
        r.paidOut += row.paidOut;
        r.fees += row.fees;
        r.rows.push_back(row);
    }
    std::stable_sort(r.rows.begin(), r.rows.end(), [](const auto& a, const auto& b) {
        const int ra = rank(a.method), rb = rank(b.method);
        return ra != rb ? ra < rb : a.method < b.method;
    });
    for (BalanceDifference& d : r.differences)
        name(d);
    return r;
}

}  // namespace skranke
