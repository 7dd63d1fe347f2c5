#include "tests/bench/receivablesbench.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/balancelist.h"
#include "core/ledger/debtoroverview.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <QFile>
#include <random>

namespace skranke::bench {

namespace {

struct Size {
    int debtors;
    int invoicesPerDebtor;
    int paymentsPerDebtor;
    int creditNotesPerDebtor;
};

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

Session ownerSession(Database& db, const Clock& clock) {
    const StaffUser u = *UserService::find(db, QStringLiteral("owner"));
    return Session(db, clock, u, UserService::rightsOf(db, u), Settings::deviceUid(db));
}

void build(Database& db, const Clock& clock, const Size& size, QJsonObject& out) {
    CompanyProfile c;
    c.name = QStringLiteral("Bench A/S");
    CompanyService::create(db, clock, c);
    UserService::createOwner(db, clock,
                             {QStringLiteral("owner"),
                              QStringLiteral("Owner"),
                              {},
                              SecretKind::Pin,
                              QStringLiteral("1234")});
    const Session s = ownerSession(db, clock);
    std::mt19937_64 rng(7);
    Stopwatch w;
    db.exec("PRAGMA synchronous = OFF");  // building only; measured below with FULL
    Transaction tx(db);
    for (int i = 0; i < size.debtors; ++i) {
        Debtor d;
        d.companyName = QStringLiteral("Debitor %1 ApS").arg(i + 1);
        d.city = QStringLiteral("Skagen");
        const Debtor debtor = DebtorService::create(s, d);
        std::vector<std::int64_t> numbers;
        const QDate start(2025, 1, 1);
        for (int n = 0; n < size.invoicesPerDebtor; ++n) {
            InvoiceDraft draft;
            draft.debtorId = debtor.id;
            draft.date = start.addDays(n * 18);
            draft.lines = {{QStringLiteral("Hytte"), 1000,
                            dkk(std::int64_t(50000 + rng() % 100000)),
                            Rate::percent(QStringLiteral("25")), Rate(), 0}};
            numbers.push_back(InvoiceService::createAndPost(s, draft).number);
        }
        for (int n = 0; n < size.paymentsPerDebtor; ++n)
            LedgerService::registerPayment(s, debtor.id, dkk(std::int64_t(20000 + rng() % 40000)),
                                           start.addDays(n * 12 + 10), QStringLiteral("bank"), {});
        for (int n = 0; n < size.creditNotesPerDebtor; ++n) {
            CreditRequest r;
            r.amount = dkk(5000);
            InvoiceService::creditNote(s, numbers[std::size_t(n)], r);
        }
    }
    tx.commit();
    db.exec("PRAGMA synchronous = FULL");
    out.insert(QStringLiteral("build_s"), w.ms() / 1000.0);
}

}  // namespace

void runReceivablesBench(const BenchOptions& o, BenchReport& report) {
    const Size size = o.smoke ? Size{50, 4, 5, 1} : Size{20'000, 20, 27, 3};
    const QString path = o.dir + (o.smoke ? QStringLiteral("/receivables-smoke.sqlite")
                                          : QStringLiteral("/receivables-large.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QJsonObject r;
    if (o.smoke)
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    const bool exists = QFile::exists(path);
    auto db =
        Database::open(path, exists ? Database::OpenMode::Existing : Database::OpenMode::Create);
    if (!exists)
        build(*db, clock, size, r);
    db->exec("PRAGMA optimize");
    r.insert(QStringLiteral("debtors"), size.debtors);
    r.insert(QStringLiteral("invoices"), size.debtors * size.invoicesPerDebtor);
    r.insert(QStringLiteral("payments_and_credit_notes"),
             size.debtors * (size.paymentsPerDebtor + size.creditNotesPerDebtor));

    std::vector<double> first, firstAll, totals, postings, post;
    for (int i = 0; i < 20; ++i) {
        Stopwatch a;
        DebtorOverview::page(*db, {}, 0, 200);
        first.push_back(a.ms());
        DebtorOverview::Filter all;
        all.onlyOutstanding = false;
        Stopwatch b;
        DebtorOverview::page(*db, all, 0, 200);
        firstAll.push_back(b.ms());
        Stopwatch c;
        DebtorOverview::totals(*db, all);
        totals.push_back(c.ms());
        Stopwatch d;
        LedgerService::postings(*db, 1 + (i * 997) % size.debtors);
        postings.push_back(d.ms());
    }
    std::vector<double> balance;
    for (int i = 0; i < (o.smoke ? 3 : 5); ++i) {
        BalanceList::Filter f;
        f.asOf = QDate(2025, 12, 31);
        Stopwatch w;
        BalanceList::compute(*db, f);
        balance.push_back(w.ms());
    }
    r.insert(QStringLiteral("balance_list_all_debtors_ms"), BenchReport::percentiles(balance));
    const Session s = ownerSession(*db, clock);
    for (int i = 0; i < (o.smoke ? 10 : 200); ++i) {
        InvoiceDraft draft;
        draft.debtorId = 1 + (i * 31) % size.debtors;
        draft.date = QDate(2026, 1, 15);
        draft.lines = {{QStringLiteral("Hytte"), 2000, dkk(89500),
                        Rate::percent(QStringLiteral("25")), Rate(), 0},
                       {QStringLiteral("Kano"), 1000, dkk(15000),
                        Rate::percent(QStringLiteral("25")), Rate(), 0}};
        Stopwatch w;
        InvoiceService::createAndPost(s, draft);  // its own transaction, synchronous=FULL
        post.push_back(w.ms());
    }
    r.insert(QStringLiteral("overview_first_page_ms"), BenchReport::percentiles(first));
    r.insert(QStringLiteral("overview_first_page_all_ms"), BenchReport::percentiles(firstAll));
    r.insert(QStringLiteral("outstanding_all_debtors_ms"), BenchReport::percentiles(totals));
    r.insert(QStringLiteral("one_debtor_postings_ms"), BenchReport::percentiles(postings));
    r.insert(QStringLiteral("post_invoice_ms"), BenchReport::percentiles(post));
    report.add(QStringLiteral("receivables"), r);
}

}  // namespace skranke::bench
