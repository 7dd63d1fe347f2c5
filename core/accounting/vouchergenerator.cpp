#include "core/accounting/vouchergenerator.h"

#include "core/accounting/chartofaccounts.h"
#include "core/accounting/vouchersources.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/i18n/language.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>

namespace skranke {

namespace {

// At the same moment, a document comes before what pays or settles it.
int orderOf(const QString& kind) {
    static constexpr std::array kinds{
        VoucherSource::Invoice,     VoucherSource::Receipt,      VoucherSource::OrderCapture,
        VoucherSource::ReminderFee, VoucherSource::Interest,     VoucherSource::Compensation,
        VoucherSource::Payment,     VoucherSource::CreditNote,   VoucherSource::OrderRefund,
        VoucherSource::WriteOff,    VoucherSource::CashMovement, VoucherSource::ZDifference,
        VoucherSource::Payout};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (kind == QLatin1String(kinds[i]))
            return int(i);
    return int(kinds.size());
}

}  // namespace

GenerationResult VoucherGenerator::run(Database& db, const Clock& clock) {
    Transaction tx(db);
    const CompanyProfile company = CompanyService::require(db);
    if (!ChartOfAccounts::installed(db))
        ChartOfAccounts::installDefaults(db, company.country);
    VoucherContext ctx{db,
                       AccountResolver(db),
                       AccountingSettingsStore::load(db),
                       company.country,
                       documentLanguage({}, company.country),
                       Currency::fromCode(CompanyService::rules(db).currency),
                       QTimeZone(company.timeZone.toUtf8()),
                       clock.nowMs()};
    std::vector<MadeVoucher> made;
    VoucherSources::invoices(ctx, made);
    VoucherSources::postings(ctx, made);
    VoucherSources::receipts(ctx, made);
    VoucherSources::cashMovements(ctx, made);
    VoucherSources::zDifferences(ctx, made);
    VoucherSources::orderPayments(ctx, made);
    VoucherSources::payouts(ctx, made);
    // Numbered in the order the events happened: sort keys, not the vouchers.
    struct Key {
        std::int64_t eventMs;
        int kind;
        std::int64_t sourceId;
        Voucher* voucher;
    };
    std::vector<Key> keys;
    keys.reserve(made.size());
    for (MadeVoucher& m : made)
        keys.push_back({m.eventMs, orderOf(m.voucher.sourceKind), m.voucher.sourceId, &m.voucher});
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.eventMs, a.kind, a.sourceId) < std::tie(b.eventMs, b.kind, b.sourceId);
    });
    std::vector<Voucher*> ordered;
    ordered.reserve(keys.size());
    GenerationResult result;
    for (const Key& k : keys) {
        ordered.push_back(k.voucher);
        ++result.made;
        if (k.voucher->state == VoucherState::Failed)
            ++result.failed;
        else if (k.voucher->state == VoucherState::Queued)
            ++result.queued;
    }
    VoucherStore::insertAll(db, ordered);
    tx.commit();
    return result;
}

}  // namespace skranke
