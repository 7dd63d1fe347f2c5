#include "core/accounting/vouchergenerator.h"

#include "core/accounting/chartofaccounts.h"
#include "core/accounting/voucherstore.h"
#include "core/accounting/voucherstream.h"
#include "core/company/companyservice.h"
#include "core/i18n/language.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

namespace skranke {

namespace {

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

using Source = void (*)(const VoucherContext&, VoucherSink&);

VoucherContext contextOf(Database& db, const CompanyProfile& company, std::int64_t nowMs) {
    return VoucherContext{db,
                          AccountResolver(db),
                          AccountingSettingsStore::load(db),
                          company.country,
                          documentLanguage({}, company.country),
                          Currency::fromCode(CompanyService::rules(db).currency),
                          QTimeZone(company.timeZone.toUtf8()),
                          nowMs};
}

// The events as they were at one moment, read or being read.
struct Events {
    CollectedVouchers small;  // and all of them inside a caller's transaction
    std::vector<std::unique_ptr<ReadingThread>> readers;
    std::int64_t nextNumber = 0;  // the voucher series then
    QString stamp;                // the mapping and settings then

    std::vector<VoucherStream*> streams() {
        std::vector<VoucherStream*> all{&small};
        for (const auto& r : readers)
            all.push_back(r.get());
        return all;
    }
    // A reader stopped by the cancel flag has not handed over all its
    // vouchers: what was taken is then not all that comes next.
    bool cut() const {
        return std::any_of(readers.begin(), readers.end(),
                           [](const auto& r) { return r->stopped(); });
    }
};

// The small sources are read here; the two big ones on threads of their
// own, each over its own connection, while the first vouchers are written.
// Inside a caller's transaction (whose events other connections cannot see
// yet) all are read here. Null when cancelled meanwhile.
std::unique_ptr<Events> readEvents(Database& db, const CompanyProfile& company, std::int64_t nowMs,
                                   const VoucherGenerator::Options& options) {
    auto read = [company, nowMs](Source source) {
        return [company, nowMs, source](Database& from, VoucherSink& out) {
            source(contextOf(from, company, nowMs), out);
        };
    };
    auto events = std::make_unique<Events>();
    const bool alone = db.inTransaction();
    // The write lock, so that nobody commits until every reader has its
    // snapshot; nothing is written under it.
    Transaction moment(db);
    std::vector<Source> here = {&VoucherSources::receipts, &VoucherSources::cashMovements,
                                &VoucherSources::zDifferences, &VoucherSources::orderPayments,
                                &VoucherSources::payouts};
    for (Source big : {&VoucherSources::invoices, &VoucherSources::postings}) {
        if (alone)
            here.push_back(big);
        else
            events->readers.push_back(
                std::make_unique<ReadingThread>(db.path(), read(big), options.cancel));
    }
    for (Source source : here) {
        if (isCancelled(options))
            return nullptr;
        read(source)(db, events->small);
    }
    events->small.sort();
    events->nextNumber = VoucherStore::nextNumber(db);
    events->stamp = settlingStamp(db);
    moment.commit();  // nothing written: lets the lock go
    return events;
}

// The next chunk's vouchers, in order (fewer at the end).
void takeChunk(const std::vector<VoucherStream*>& streams, std::size_t size,
               std::vector<Voucher>& chunk) {
    chunk.clear();
    while (chunk.size() < size) {
        VoucherStream* next = earliest(streams);
        if (!next)
            return;
        chunk.push_back(std::move(next->peek()->voucher));
        next->pop();
    }
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
    const std::unique_ptr<Events> events = readEvents(db, company, clock.nowMs(), options);
    if (!events)
        return {};
    const std::vector<VoucherStream*> streams = events->streams();
    std::int64_t nextNumber = events->nextNumber;
    QString stamp = events->stamp;

    GenerationResult result;
    std::vector<Voucher> chunk;
    std::vector<Voucher*> pointers;
    // The mapping and settings, once they changed since the snapshot.
    std::optional<std::pair<AccountResolver, AccountingSettings>> settling;
    for (bool first = true; !isCancelled(options); first = false) {
        takeChunk(streams, std::max<std::size_t>(1, options.chunkSize), chunk);
        if (chunk.empty())
            break;
        if (!first) {
            if (options.pauseMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(options.pauseMs));
            if (options.betweenChunks)
                options.betweenChunks();
        }
        if (isCancelled(options) || events->cut())
            break;
        Transaction tx(db);
        if (VoucherStore::nextNumber(db) != nextNumber)
            break;  // someone made vouchers since the snapshot: the next run makes the rest
        if (const QString now = settlingStamp(db); now != stamp) {
            stamp = now;
            settling.emplace(AccountResolver(db), AccountingSettingsStore::load(db));
        }
        pointers.clear();
        for (Voucher& v : chunk) {
            if (settling)
                settleVoucher(settling->first, settling->second, clock.nowMs(), v);
            pointers.push_back(&v);
        }
        VoucherStore::insertAll(db, pointers);
        tx.commit();
        nextNumber += std::int64_t(chunk.size());
        for (const Voucher& v : chunk) {
            ++result.made;
            if (v.state == VoucherState::Failed)
                ++result.failed;
            else if (v.state == VoucherState::Queued)
                ++result.queued;
        }
    }
    return result;
}

}  // namespace skranke
