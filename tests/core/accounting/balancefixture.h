#pragma once

#include "core/accounting/voucherstore.h"
#include "core/catalog/catalogservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/till/saleservice.h"
#include "core/till/tillpayments.h"
#include "core/till/tillservice.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <QDateTime>
#include <QTimeZone>

namespace skranke::test {

// A Danish business with a month of everything the balance report reads,
// in March 2026, and one of each in February that March must not show:
//
//   till K1   card sale 32.00 (TERM-4711), cash sale 18.75 (paid 19.00),
//             on-invoice sale 32.00 to Hansen, card till payment 150.00 by
//             Hansen; in Feb a cash sale 32.00
//   debtors   Hansen: invoice 1,000.00 (2026-03-02), bank transfer 850.00
//             (2026-03-05) and the till's 150.00 settle it; Holm pays
//             300.00 by MobilePay (2026-03-06) with nothing to settle; in Feb
//             an invoice 400.00 to Hansen
//   orders    WEB-1 card 500.00 captured; WEB-2 card 200.00 awaiting;
//             WEB-3 200.00 awaiting but cancelled (status); in Feb WEB-0
//             awaiting 99.00
//   payouts   P-1 (2026-03-10): receipt 32.00 fee 0.40, WEB-1 500.00 fee
//             5.00, unmatched X-99 123.45 fee 1.00, other fee 2.00;
//             in Feb P-0 with an unmatched 77.00
//   vouchers  card 32.00 transferred, cash 19.00 pending, mobilepay 300.00
//             failed ("Account missing"); in Feb one pending 50.00
struct BalanceBusiness {
    TestBusiness b;
    Session owner = b.owner();
    std::int64_t cardReceiptId = 0;
    std::int64_t web1 = 0;
    std::int64_t web2 = 0;
    std::int64_t hansenId = 0;

    static std::int64_t at(int month, int day, int hour = 10) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone("Europe/Copenhagen"))
            .toMSecsSinceEpoch();
    }

    BalanceBusiness() {
        Database& db = b.db();
        TillService::createTill(owner, QStringLiteral("K1"), QStringLiteral("Reception"));
        CatalogService::createProduct(owner, NewProduct{QStringLiteral("C1"),
                                                        QStringLiteral("Kaffe"),
                                                        ProductKind::Goods,
                                                        QStringLiteral("Café"),
                                                        QStringLiteral("32.00"),
                                                        QStringLiteral("25"),
                                                        {},
                                                        1});
        CatalogService::createProduct(owner, NewProduct{QStringLiteral("C2"),
                                                        QStringLiteral("Bolle"),
                                                        ProductKind::Goods,
                                                        QStringLiteral("Café"),
                                                        QStringLiteral("18.75"),
                                                        QStringLiteral("25"),
                                                        {},
                                                        1});
        const auto line = [&](const char* key) {
            return SaleService::lineFor(db, QString::fromLatin1(key), 1000);
        };
        const Debtor hansen = addDebtor(owner);
        const Debtor holm = addDebtor(owner, QStringLiteral("Holm Cykler"));
        hansenId = hansen.id;

        // February: outside the period.
        b.clock().set(at(2, 20));
        TillService::openShift(owner, QStringLiteral("K1"), dkk(0));
        SaleService::sell(owner, QStringLiteral("K1"), {line("C1")},
                          {TenderInput{TenderKind::Cash, dkk(3200), {}}});
        InvoiceService::createAndPost(
            owner, draftFor(hansen, {test::line("Old work", 1000, 40000)}, QDate(2026, 2, 20)));
        importOne(owner, orderJson("WEB-0", "2026-02-10T12:00:00Z", "99.00"));

        // March.
        b.clock().set(at(3, 2));
        cardReceiptId = SaleService::sell(
                            owner, QStringLiteral("K1"), {line("C1")},
                            {TenderInput{TenderKind::Card, dkk(3200), QStringLiteral("TERM-4711")}})
                            .id;
        SaleService::sell(owner, QStringLiteral("K1"), {line("C2")},
                          {TenderInput{TenderKind::Cash, dkk(2000), {}}});
        SaleParty party;
        party.debtorId = hansen.id;
        SaleService::sell(owner, QStringLiteral("K1"), {line("C1")},
                          {TenderInput{TenderKind::Invoice, dkk(3200), {}}}, party);
        const Invoice big = InvoiceService::createAndPost(
            owner, draftFor(hansen, {test::line("Work", 1000, 100000)}, QDate(2026, 3, 2)));
        LedgerService::registerPayment(owner, hansen.id, dkk(85000), QDate(2026, 3, 5),
                                       QStringLiteral("Bank transfer"), QStringLiteral("FIK 1"),
                                       {{big.number, dkk(85000)}});
        TillPaymentInput tp;
        tp.debtorId = hansen.id;
        tp.amount = dkk(15000);
        tp.tender = TenderKind::Card;
        tp.reference = QStringLiteral("TERM-4712");
        tp.allocations = {{big.number, dkk(15000)}};
        TillPayments::take(owner, QStringLiteral("K1"), tp);
        LedgerService::registerPayment(owner, holm.id, dkk(30000), QDate(2026, 3, 6),
                                       QStringLiteral("MobilePay"), QStringLiteral("MP 77"));

        web1 = importOne(owner, orderJson("WEB-1", "2026-03-01T12:00:00Z", "500.00")).id;
        OrderPayments::capture(owner, web1, std::nullopt, true);
        web2 = importOne(owner, orderJson("WEB-2", "2026-03-01T13:00:00Z", "200.00")).id;
        const std::int64_t web3 =
            importOne(owner, orderJson("WEB-3", "2026-03-01T14:00:00Z", "200.00")).id;
        OrderService::setStatus(owner, {web3},
                                OrderStore::builtInStatus(db, QStringLiteral("cancelled")).id);

        payout("P-0", "2026-02-15", {{"transaction", "X-01", 7700, 0, "", 0}});
        payout("P-1", "2026-03-10",
               {{"transaction", "TERM-4711", 3200, 40, "receipt", cardReceiptId},
                {"transaction", "tx-web-1", 50000, 500, "order", web1},
                {"transaction", "X-99", 12345, 100, "", 0},
                {"fee", "", 0, 200, "", 0}});

        // The two accounts the vouchers below book on.
        db.exec(
            "INSERT OR IGNORE INTO account(number, name, kind) VALUES "
            "('5700', 'Kasse', 'asset'), ('1010', 'Salg', 'revenue')");
        voucher(QDate(2026, 2, 20), "cash", 5000, 1);
        const auto card = voucher(QDate(2026, 3, 2), "card", 3200, 2);
        voucher(QDate(2026, 3, 2), "cash", 1900, 3);
        const auto mobile = voucher(QDate(2026, 3, 6), "mobilepay", 30000, 4);
        Transaction tx(db);
        VoucherStore::markTransferred(db, card, at(3, 7), QStringLiteral("test"),
                                      QStringLiteral("T-1"));
        VoucherStore::markFailed(db, mobile, at(3, 7), FailKind::Mapping,
                                 QStringLiteral("Account missing"));
        tx.commit();
    }

    static QByteArray orderJson(const char* id, const char* created, const char* amount) {
        QByteArray json = cardOrderJson(
            id, (QStringLiteral("tx-") + QString::fromLatin1(id).toLower()).toUtf8().constData(),
            goodsLine(amount));
        return json.replace("2026-03-01T12:00:00Z", created);
    }

    struct Line {
        const char* kind;
        const char* reference;
        std::int64_t amount;
        std::int64_t fee;
        const char* matchKind;
        std::int64_t matchId;
    };

    void payout(const char* reference, const char* date, const std::vector<Line>& lines) {
        Database& db = b.db();
        std::int64_t gross = 0, fee = 0;
        for (const Line& l : lines) {
            gross += l.amount;
            fee += l.fee;
        }
        Transaction tx(db);
        db.prepare(
              "INSERT INTO payout(uid, acquirer, reference, payout_date, currency, "
              "gross_minor, fee_minor, net_minor, imported_ms, imported_by) "
              "VALUES (?1, 'nets', ?2, ?3, 'DKK', ?4, ?5, ?6, ?7, ?8)")
            .bindAll(Uuid::v7(b.clock().nowMs()), QString::fromLatin1(reference),
                     QString::fromLatin1(date), gross, fee, gross - fee, b.clock().nowMs(),
                     owner.user().id)
            .run();
        const std::int64_t id = db.lastInsertId();
        int no = 0;
        for (const Line& l : lines) {
            auto st = db.prepare(
                "INSERT INTO payout_line(payout_id, line_no, kind, reference, tx_date, "
                "amount_minor, fee_minor, text, match_kind, match_id) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
            st.bindAll(id, ++no, QString::fromLatin1(l.kind), QString::fromLatin1(l.reference),
                       QString::fromLatin1(date), l.amount, l.fee,
                       QString::fromLatin1(l.kind) == QLatin1String("fee")
                           ? QStringLiteral("Monthly fee")
                           : QString(),
                       QString::fromLatin1(l.matchKind));
            if (l.matchId != 0)
                st.bind(10, l.matchId);
            else
                st.bindNull(10);
            st.run();
        }
        tx.commit();
    }

    std::int64_t voucher(const QDate& date, const char* method, std::int64_t amount,
                         std::int64_t sourceId) {
        Voucher v;
        v.date = date;
        v.currency = QStringLiteral("DKK");
        v.sourceKind = QString::fromLatin1(VoucherSource::Receipt);
        v.sourceId = sourceId;
        v.sourceRef = QStringLiteral("Receipt K1-%1").arg(sourceId);
        v.category = VoucherCategory::Sale;
        v.method = QString::fromLatin1(method);
        v.text = QStringLiteral("Sale");
        v.amount = dkk(amount);
        v.createdMs = b.clock().nowMs();
        v.lines = {VoucherLine{QStringLiteral("payment"),
                               v.method,
                               QStringLiteral("5700"),
                               dkk(amount),
                               {},
                               {},
                               {}},
                   VoucherLine{QStringLiteral("revenue"),
                               QStringLiteral("Café|25"),
                               QStringLiteral("1010"),
                               dkk(-amount),
                               {},
                               {},
                               {}}};
        Transaction tx(b.db());
        VoucherStore::insert(b.db(), v);
        tx.commit();
        return v.id;
    }
};

}  // namespace skranke::test
