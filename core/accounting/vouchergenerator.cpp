#include "core/accounting/vouchergenerator.h"

#include "core/accounting/chartofaccounts.h"
#include "core/accounting/vouchersources.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/i18n/language.h"
#include "core/store/database.h"
#include "core/store/readtransaction.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <thread>
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

// What decides a voucher's accounts and state: the mapping and the
// transfer settings, as one text to compare.
QString settlingStamp(Database& db) {
    auto st = db.prepare(
        "SELECT coalesce(group_concat(role || '|' || qualifier || '=' || account, ';'), '') "
        "FROM (SELECT role, qualifier, account FROM account_mapping ORDER BY role, qualifier)");
    st.step();
    const AccountingSettings settings = AccountingSettingsStore::load(db);
    return st.text(0) + QLatin1Char('#') + QString::number(settings.autoTransfer) +
           QLatin1Char('#') + settings.autoFrom.toString(Qt::ISODate);
}

bool isCancelled(const VoucherGenerator::Options& options) {
    return options.cancel && options.cancel->load();
}

}  // namespace

GenerationResult VoucherGenerator::run(Database& db, const Clock& clock) {
    return run(db, clock, Options{});
}

GenerationResult VoucherGenerator::run(Database& db, const Clock& clock, const Options& options) {
    const CompanyProfile company = CompanyService::require(db);
    if (!ChartOfAccounts::installed(db)) {
        Transaction tx(db);
        if (!ChartOfAccounts::installed(db))
            ChartOfAccounts::installDefaults(db, company.country);
        tx.commit();
    }
    MadeVouchers made;
    std::int64_t nextNumber = 0;
    QString stamp;
    {
        ReadTransaction snapshot(db);
        VoucherContext ctx{db,
                           AccountResolver(db),
                           AccountingSettingsStore::load(db),
                           company.country,
                           documentLanguage({}, company.country),
                           Currency::fromCode(CompanyService::rules(db).currency),
                           QTimeZone(company.timeZone.toUtf8()),
                           clock.nowMs()};
        using Source = void (*)(const VoucherContext&, MadeVouchers&);
        for (Source source :
             {&VoucherSources::invoices, &VoucherSources::postings, &VoucherSources::receipts,
              &VoucherSources::cashMovements, &VoucherSources::zDifferences,
              &VoucherSources::orderPayments, &VoucherSources::payouts}) {
            if (isCancelled(options))
                return {};
            source(ctx, made);
        }
        nextNumber = VoucherStore::nextNumber(db);
        stamp = settlingStamp(db);
    }
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

    GenerationResult result;
    const std::size_t chunkSize = std::max<std::size_t>(1, options.chunkSize);
    std::vector<Voucher*> chunk;
    for (std::size_t at = 0; at < keys.size(); at += chunkSize) {
        if (at > 0) {
            if (options.pauseMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(options.pauseMs));
            if (options.betweenChunks)
                options.betweenChunks();
        }
        if (isCancelled(options))
            break;
        chunk.clear();
        for (std::size_t i = at; i < std::min(keys.size(), at + chunkSize); ++i)
            chunk.push_back(keys[i].voucher);
        Transaction tx(db);
        if (VoucherStore::nextNumber(db) != nextNumber)
            break;  // someone made vouchers since the snapshot: the next run makes the rest
        if (const QString now = settlingStamp(db); now != stamp) {
            // The mapping or the settings changed since the snapshot.
            stamp = now;
            const AccountResolver resolver(db);
            const AccountingSettings settings = AccountingSettingsStore::load(db);
            for (std::size_t i = at; i < keys.size(); ++i)
                settleVoucher(resolver, settings, clock.nowMs(), *keys[i].voucher);
        }
        VoucherStore::insertAll(db, chunk);
        tx.commit();
        nextNumber += std::int64_t(chunk.size());
        for (const Voucher* v : chunk) {
            ++result.made;
            if (v->state == VoucherState::Failed)
                ++result.failed;
            else if (v->state == VoucherState::Queued)
                ++result.queued;
        }
    }
    return result;
}

}  // namespace skranke
