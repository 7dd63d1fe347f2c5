#include "core/demo/demoaccounting.h"

#include "core/accounting/accountingservice.h"
#include "core/accounting/accountingsettings.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/payoutimport.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/money/rounding.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QDateTime>
#include <QTimeZone>

namespace skranke {

namespace {

struct Settled {
    QString reference;
    QDate date;
    std::int64_t minor;
};

// Card payments of the days [from, to]: till card tenders and online-order captures.
std::vector<Settled> cardPayments(Database& db, const QString& zone, const QDate& from,
                                  const QDate& to) {
    const QTimeZone tz(zone.toUtf8());
    const std::int64_t fromMs = QDateTime(from, QTime(0, 0), tz).toMSecsSinceEpoch();
    const std::int64_t toMs = QDateTime(to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    auto st = db.prepare(
        "SELECT t.reference, r.created_ms, t.amount_minor FROM receipt_tender t "
        "JOIN receipt r ON r.id = t.receipt_id WHERE t.kind = 'card' AND t.reference <> '' "
        "AND r.created_ms >= ?1 AND r.created_ms < ?2 "
        "UNION ALL SELECT o.transaction_id, po.finished_ms, po.amount_minor "
        "FROM payment_operation po JOIN web_order o ON o.id = po.order_id "
        "WHERE po.kind = 'capture' AND po.state = 'done' AND o.payment_type = 'card' "
        "AND po.finished_ms >= ?1 AND po.finished_ms < ?2 ORDER BY 2");
    st.bindAll(fromMs, toMs);
    std::vector<Settled> out;
    while (st.step())
        out.push_back({st.text(0), Dates::localDate(st.int64(1), zone), st.int64(2)});
    return out;
}

// The acquirer's report: one payout per stretch of days, a fee of 1.25 %
// (rounded half up to the øre) per transaction and a monthly terminal fee.
QByteArray settlementReport(Database& db, const QString& zone, const QDate& today,
                            const QString& currency) {
    const Rate acquirerFee = Rate::percent(QStringLiteral("1.25"));
    QByteArray csv =
        "payout_id;payout_date;currency;type;reference;transaction_date;amount;fee;text\n";
    const struct { int firstDay, lastDay, payDay; } payouts[] = {{-9, -6, -4}, {-5, -3, -1}};
    for (const auto& p : payouts) {
        const QDate payDate = today.addDays(p.payDay);
        const QString id =
            QStringLiteral("NETS-%1").arg(payDate.toString(QStringLiteral("yyyyMMdd")));
        auto row = [&](const QString& type, const QString& ref, const QDate& date,
                       const QString& amount, const QString& fee, const QString& text) {
            csv += QStringList{id,       Dates::iso(payDate),
                               currency, type,
                               ref,      date.isValid() ? Dates::iso(date) : QString(),
                               amount,   fee,
                               text}
                       .join(QLatin1Char(';'))
                       .toUtf8() +
                   '\n';
        };
        for (const Settled& s :
             cardPayments(db, zone, today.addDays(p.firstDay), today.addDays(p.lastDay))) {
            const Money amount(s.minor, Currency::fromCode(currency));
            const Money fee =
                amount.isPositive()
                    ? amount.times(acquirerFee, Rounding::HalfAwayFromZero, "demo acquirer fee")
                    : Money::zero(amount.currency());
            row(QStringLiteral("transaction"), s.reference, s.date, amount.toDecimalString(),
                fee.toDecimalString(), {});
        }
        if (p.payDay == -1) {
            // A payment the acquirer settled that no till or order knows.
            row(QStringLiteral("transaction"), QStringLiteral("TERM-9-000417"), today.addDays(-3),
                QStringLiteral("185.00"), QStringLiteral("2.31"), {});
            row(QStringLiteral("fee"), {}, {}, {}, QStringLiteral("99.00"),
                QStringLiteral("Terminal rental"));
        }
    }
    return csv;
}

}  // namespace

void DemoAccounting::build(const Session& owner, const QDate& today, bool makeVouchers) {
    Database& db = owner.db();
    const CompanyProfile company = CompanyService::require(db);
    ChartOfAccounts::installDefaults(db, company.country);
    const QString currency = CompanyService::rules(db).currency;
    PayoutImport::importCsv(owner, settlementReport(db, company.timeZone, today, currency),
                            QStringLiteral("nets-settlement.csv"), QStringLiteral("nets"));
    // A debtor paid by PayPal, which the chart has no account for.
    auto debtor = db.prepare("SELECT id FROM debtor ORDER BY id LIMIT 1");
    if (debtor.step())
        LedgerService::registerPayment(
            owner, debtor.int64(0), Money(25000, Currency::fromCode(currency)), today.addDays(-1),
            QStringLiteral("paypal"), QStringLiteral("PP-88213"));
    AccountingSettings settings;
    settings.target = QStringLiteral("test");
    settings.autoTransfer = true;
    settings.autoFrom = QDate(today.year(), today.month(), 1);
    AccountingSettingsStore::save(owner, settings);
    if (makeVouchers)
        AccountingService::transfer(owner);
}

}  // namespace skranke
