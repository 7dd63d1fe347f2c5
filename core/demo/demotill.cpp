#include "core/demo/demotill.h"

#include "core/auth/session.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/money/cashrounding.h"
#include "core/parties/debtorservice.h"
#include "core/store/settings.h"
#include "core/till/returnservice.h"
#include "core/till/saleservice.h"
#include "core/till/tillpayments.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"

#include <QTimeZone>

namespace skranke {

namespace {

constexpr int Days = 14;

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

// One sale of 1–3 goods, paid in cash (rounded up to a note), by card, or split.
Receipt sellOne(const Session& s, const QString& till, const std::vector<Product>& goods,
                std::mt19937_64& rng) {
    std::vector<SaleLineInput> lines;
    const int count = 1 + int(rng() % 3);
    for (int i = 0; i < count; ++i) {
        const Product& p = goods[rng() % goods.size()];
        lines.push_back(SaleService::lineFor(s.db(), p.number, 1000 * (1 + int(rng() % 2))));
    }
    Money total = dkk(0);
    for (const SaleLineInput& l : lines)
        total += l.unitPrice * (l.quantityMilli / 1000);
    const std::int64_t step = CompanyService::rules(s.db()).cashRoundingMinor;
    const Money cash = roundCash(total, step).rounded;
    switch (rng() % 3) {
        case 0: {  // cash, handed over as the next 50 or 100 kr note
            const std::int64_t note = cash.minor() > 5000 ? 10000 : 5000;
            return SaleService::sell(
                s, till, lines, {{TenderKind::Cash, dkk((cash.minor() / note + 1) * note), {}}});
        }
        case 1:
            return SaleService::sell(
                s, till, lines,
                {{TenderKind::Card, total, QStringLiteral("T%1").arg(rng() % 90000)}});
        default: {  // split: part by card, the rest in cash
            const Money card = dkk(total.minor() / 2);
            return SaleService::sell(
                s, till, lines,
                {{TenderKind::Card, card, QStringLiteral("T%1").arg(rng() % 90000)},
                 {TenderKind::Cash,
                  dkk(roundCash(total - card, step).rounded.minor() + 2000),
                  {}}});
        }
    }
}

}  // namespace

void DemoTill::build(const Session& owner, const QDate& today, std::mt19937_64& rng) {
    std::vector<Product> goods;
    for (const Product& p : CatalogService::searchProducts(owner.db(), QString(), 200))
        if (p.kind == ProductKind::Goods || p.kind == ProductKind::StockGoods ||
            p.kind == ProductKind::Entry)
            goods.push_back(p);
    if (goods.empty())
        return;
    const QTimeZone zone(CompanyService::require(owner.db()).timeZone.toUtf8());
    Product giftCard;  // the 500 kr card
    for (const Product& p : CatalogService::searchProducts(owner.db(), QString(), 200))
        if (p.kind == ProductKind::ValueCard && p.price.isPositive())
            giftCard = p;
    std::vector<QString> cards;  // sold and not spent yet
    std::optional<Debtor> debtor;
    if (const auto found = DebtorService::search(owner.db(), QString(), 1); !found.empty())
        debtor = found.front();
    const QByteArray device = Settings::deviceUid(owner.db());
    for (int day = Days; day >= 1; --day) {
        const QDate date = today.addDays(-day);
        for (const QString& till : {QStringLiteral("K1"), QStringLiteral("K2")}) {
            // The day's events at their own times, through a session at that time.
            FixedClock clock(QDateTime(date, QTime(9, 0), zone));
            const Session s(owner.db(), clock, owner.user(), owner.rights(), device);
            TillService::openShift(s, till, dkk(50000));
            const int sales = 6 + int(rng() % 10);
            Receipt last;
            for (int i = 0; i < sales; ++i) {
                clock.advanceMs(std::int64_t(20 + rng() % 40) * 60'000);
                last = sellOne(s, till, goods, rng);
            }
            if (giftCard.id != 0 && rng() % 3 == 0) {  // a gift card sold, paid by card
                clock.advanceMs(5 * 60'000);
                const Receipt r = SaleService::sell(
                    s, till, {SaleService::lineFor(s.db(), giftCard.number, 1000)},
                    {{TenderKind::Card, giftCard.price, QStringLiteral("T%1").arg(rng() % 90000)}});
                cards.push_back(r.lines.front().input.cardNumber);
            } else if (!cards.empty() && rng() % 2 == 0) {  // one is spent on a coffee and a bun
                clock.advanceMs(5 * 60'000);
                std::vector<SaleLineInput> lines;
                for (int i = 0; i < 2; ++i)
                    lines.push_back(
                        SaleService::lineFor(s.db(), goods[rng() % goods.size()].number, 1000));
                Money total = lines[0].unitPrice + lines[1].unitPrice;
                SaleService::sell(s, till, lines, {{TenderKind::ValueCard, total, cards.back()}});
                cards.pop_back();
            }
            if (day == 3 && till == QLatin1String("K1") && debtor) {
                // A company's staff lunch on its invoice, and a debtor paying in cash.
                clock.advanceMs(10 * 60'000);
                SaleService::sell(s, till,
                                  {SaleService::lineFor(s.db(), goods.front().number, 6000),
                                   SaleService::lineFor(s.db(), goods.back().number, 6000)},
                                  {{TenderKind::Invoice, dkk(0), {}}},
                                  SaleParty{0, debtor->id, debtor->displayName()});
            }
            if (day == 2 && till == QLatin1String("K1") && debtor) {
                clock.advanceMs(10 * 60'000);
                TillPaymentInput pay;
                pay.debtorId = debtor->id;
                pay.amount = dkk(50000);
                TillPayments::take(s, till, pay);
            }
            if (rng() % 4 == 0) {  // a customer brings one item of the last sale back
                clock.advanceMs(10 * 60'000);
                const Money back = last.lines.front().input.unitPrice;
                ReturnService::returnLines(s, till, last.number, {{1, 1000}},
                                           {{TenderKind::Card, back, QStringLiteral("RETUR")}});
            }
            clock.advanceMs(30 * 60'000);
            TillService::moveCash(s, till, dkk(-20000), QStringLiteral("Til banken"));
            const TillReport x = TillReports::x(s, till);
            const std::int64_t off = (rng() % 5 == 0) ? -50 : 0;  // now and then 50 øre short
            TillReports::z(s, till, x.expectedCash + dkk(off));
        }
    }
}

}  // namespace skranke
