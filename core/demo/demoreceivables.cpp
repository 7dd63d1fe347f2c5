#include "core/demo/demoreceivables.h"

#include "core/auth/session.h"
#include "core/dunning/dunningsettings.h"
#include "core/dunning/reminderrun.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"

#include <algorithm>
#include <array>

namespace skranke {

namespace {

const std::array firstNames{"Anne",   "Bo",    "Camilla", "Dorthe", "Erik",  "Freja",
                            "Gustav", "Hanne", "Ib",      "Jonas",  "Karen", "Lars",
                            "Mette",  "Niels", "Ole",     "Pia"};
const std::array lastNames{"Hansen",    "Jensen",      "Nielsen", "Pedersen",
                           "Andersen",  "Christensen", "Larsen",  "Sørensen",
                           "Rasmussen", "Jørgensen",   "Madsen",  "Kristensen"};
const std::array companies{"Tømrer", "VVS",      "Rengøring", "Byg",           "Revision",
                           "Event",  "Catering", "Transport", "Maskinstation", "Konsulenterne"};
const std::array towns{std::pair{"9990", "Skagen"},   std::pair{"9900", "Frederikshavn"},
                       std::pair{"9800", "Hjørring"}, std::pair{"9000", "Aalborg"},
                       std::pair{"8000", "Aarhus C"}, std::pair{"2100", "København Ø"}};
struct Item {
    const char* text;
    std::int64_t priceMinor;
    const char* vat;
};
const std::array items{Item{"Hytte, 4 personer (pr. nat)", 89500, "25"},
                       Item{"Dobbeltværelse (pr. nat)", 74500, "25"},
                       Item{"Mødelokale, heldag", 250000, "25"},
                       Item{"Frokostbuffet", 18900, "25"},
                       Item{"Kajakkursus for begyndere", 45000, "25"},
                       Item{"Slutrengøring", 40000, "25"},
                       Item{"Gavekort", 50000, "0"}};

template <typename A>
const auto& pick(const A& a, std::mt19937_64& rng) {
    return a[rng() % a.size()];
}

// Real reminder runs in the past, so that today some debtors have had one
// reminder (the second is due), some two (the third is due), some all three,
// and others none yet. Runs are 14 days apart (the law wants at least 10) and
// remind what was due by their own date. Each run takes `share` in 8 of the
// debtors it proposes, chosen by the seed.
void remind(const Session& owner, const QDate& today, std::mt19937_64& rng) {
    // A demo value, not Nationalbanken's current rate: it allows the 0.8 % a
    // month below (9.6 % a year ≤ 1.75 + 8 points).
    DunningSettings::setReferenceRate(owner, QStringLiteral("1.75"));
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    struct Run {
        int level;
        int daysAgo;
        unsigned share;
    };
    for (const Run& run : {Run{1, 52, 6}, Run{2, 38, 5}, Run{3, 24, 4}, Run{1, 14, 4}}) {
        ReminderRun::Params p;
        p.level = run.level;
        p.runDate = today.addDays(-run.daysAgo);
        p.toDate = p.runDate;
        p.minBalance = Money(5000, dkk);
        p.fee = Money(10000, dkk);  // the most renteloven § 9 b allows
        p.compensation = true;      // 310 kr, business debtors only, once per claim
        p.interestPerMonth = Rate::percent(QStringLiteral("0.8"));
        p.interestMode = InterestCalculator::Mode::StartedMonth;
        p.referenceRatePerYear = DunningSettings::referenceRate(owner.db());
        std::vector<std::int64_t> chosen;
        for (const ReminderRun::Proposal& d : ReminderRun::preview(owner.db(), p))
            if (rng() % 8 < run.share)
                chosen.push_back(d.debtorId);
        if (!chosen.empty())  // an empty list would mean everyone
            ReminderRun::create(owner, p, chosen);
    }
}

}  // namespace

DemoReceivables::Size DemoReceivables::sizeFor(DemoBusiness::Size size) {
    return size == DemoBusiness::Size::Large ? Size{20'000, 20} : Size{60, 6};
}

void DemoReceivables::build(const Session& owner, const QDate& today, Size size,
                            std::mt19937_64& rng) {
    Database& db = owner.db();
    InvoicingSettings::setFikCreditor(owner, QStringLiteral("85274196"));
    const std::array groups{DebtorService::createGroup(owner, QStringLiteral("Kommuner")).id,
                            DebtorService::createGroup(owner, QStringLiteral("Firmaer")).id,
                            DebtorService::createGroup(owner, QStringLiteral("Foreninger")).id};
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    const QDate start = today.addMonths(-6);
    std::vector<Debtor> debtors;
    for (int i = 0; i < size.debtors; ++i) {
        Debtor d;
        const int kind = int(rng() % 4);
        const auto& [postcode, city] = pick(towns, rng);
        d.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(firstNames, rng)),
                                             QString::fromUtf8(pick(lastNames, rng)));
        if (kind == 0)
            d.companyName = QStringLiteral("%1 Kommune")
                                .arg(QString::fromUtf8(city).section(QLatin1Char(' '), 0, 0));
        else if (kind == 1)
            d.companyName = QStringLiteral("%1 %2 ApS")
                                .arg(QString::fromUtf8(pick(lastNames, rng)),
                                     QString::fromUtf8(pick(companies, rng)));
        else if (kind == 2)
            d.companyName = QStringLiteral("%1 Idrætsforening").arg(QString::fromUtf8(city));
        d.addressLine1 = QStringLiteral("Strandvejen %1").arg(1 + rng() % 120);
        d.postcode = QString::fromUtf8(postcode);
        d.city = QString::fromUtf8(city);
        if (i % 9 != 4)  // a few have no address and get their reminders on paper
            d.email = QStringLiteral("debitor%1@example.dk").arg(i + 1);
        d.business = kind < 3;
        d.terms = kind == 0 ? PaymentTerms{PaymentTerms::Kind::EndOfMonth, 30}
                            : PaymentTerms{PaymentTerms::Kind::Net, kind == 3 ? 8 : 14};
        d.groupId = kind < 3 ? groups[std::size_t(kind)] : 0;
        debtors.push_back(DebtorService::create(owner, d));
    }

    // Invoices are numbered in date order, as a real business posts them.
    struct Planned {
        QDate date;
        std::size_t debtor;
        std::vector<InvoiceLineInput> lines;
        int fate;
    };
    std::vector<Planned> plan;
    for (std::size_t i = 0; i < debtors.size(); ++i)
        for (int n = 0; n < size.invoicesPerDebtor; ++n) {
            Planned p{start.addDays(std::int64_t(rng() % std::uint64_t(start.daysTo(today) + 1))),
                      i,
                      {},
                      int(rng() % 10)};
            const int lineCount = 1 + int(rng() % 3);
            for (int l = 0; l < lineCount; ++l) {
                const Item& item = pick(items, rng);
                p.lines.push_back({QString::fromUtf8(item.text), std::int64_t(1 + rng() % 4) * 1000,
                                   Money(item.priceMinor, dkk),
                                   Rate::percent(QLatin1String(item.vat)), Rate(), 0});
            }
            plan.push_back(std::move(p));
        }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned& a, const Planned& b) { return a.date < b.date; });
    for (const Planned& p : plan) {
        const Debtor& debtor = debtors[p.debtor];
        const Invoice inv =
            InvoiceService::createAndPost(owner, {debtor.id, p.date, {}, p.lines, {}, {}, true});
        // Most invoices are paid around the due date; some partly, some
        // credited, and the rest (with the recent ones) still open.
        const QDate paid = inv.dueDate.addDays(std::int64_t(rng() % 20) - 12);
        if (p.fate < 7 && paid <= today && paid >= inv.date)
            LedgerService::registerPayment(owner, debtor.id, inv.total, paid,
                                           QStringLiteral("bank"), inv.paymentReference);
        else if (p.fate == 7 && paid <= today && paid >= inv.date)
            LedgerService::registerPayment(owner, debtor.id,
                                           inv.total.times(Rate::percent(QStringLiteral("50")),
                                                           Rounding::HalfAwayFromZero, "demo"),
                                           paid, QStringLiteral("bank"), {});
        else if (p.fate == 8 && inv.date.addDays(3) <= today) {
            CreditRequest r;
            r.amount = inv.total.times(Rate::percent(QStringLiteral("20")),
                                       Rounding::HalfAwayFromZero, "demo");
            r.date = inv.date.addDays(3);
            InvoiceService::creditNote(owner, inv.number, r);
        }
    }
    for (std::size_t i = 5; i < debtors.size(); i += 17) {
        const DebtorBalance b = LedgerService::balance(db, debtors[i].id);
        if (b.outstanding.isPositive())
            LedgerService::writeOff(owner, debtors[i].id,
                                    Money(std::min<std::int64_t>(b.outstanding.minor(), 2500), dkk),
                                    today.addDays(-3), QStringLiteral("Småbeløb afskrevet"));
    }
    remind(owner, today, rng);
}

}  // namespace skranke
