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
    std::stable_sort(made.begin(), made.end(), [](const MadeVoucher& a, const MadeVoucher& b) {
        if (a.eventMs != b.eventMs)
            return a.eventMs < b.eventMs;
        const int ka = orderOf(a.voucher.sourceKind), kb = orderOf(b.voucher.sourceKind);
        if (ka != kb)
            return ka < kb;
        return a.voucher.sourceId < b.voucher.sourceId;
    });
    GenerationResult result;
    for (MadeVoucher& m : made) {
        VoucherStore::insert(db, m.voucher);
        ++result.made;
        if (m.voucher.state == VoucherState::Failed)
            ++result.failed;
        else if (m.voucher.state == VoucherState::Queued)
            ++result.queued;
    }
    tx.commit();
    return result;
}

}  // namespace skranke
