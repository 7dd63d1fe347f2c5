#include "core/journal/journal.h"
#include "core/orders/gateways.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/testgateway.h"
#include "core/store/error.h"
#include "core/till/valuecards.h"
#include "tests/core/orders/orderfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

Order fulfilled(const Session& s, Order order) {
    order.fulfilled = true;
    return OrderService::edit(s, order);
}

int journaled(Database& db, const Order& order, const QString& action) {
    int n = 0;
    for (const auto& e : Journal::forEntity(db, order.uid))
        n += e.action == action ? 1 : 0;
    return n;
}

ErrorCode codeOf(const std::function<void()>& f, QString* field = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (field)
            *field = e.field();
        return e.code();
    }
    FAIL("no error");
    return ErrorCode::Storage;
}

// The test gateway, except that the first answer to each refund is lost.
class RefundAnswerLostOnce final : public PaymentGateway {
public:
    explicit RefundAnswerLostOnce(Database& db) : m_inner(db) {}
    QString name() const override { return QStringLiteral("test"); }
    GatewayResult call(const GatewayRequest& r) override {
        GatewayResult result = m_inner.call(r);
        if (r.kind == GatewayRequest::Kind::Refund && m_lost.isEmpty())
            m_lost = r.idempotencyKey;
        if (r.idempotencyKey == m_lost && ++m_calls == 1)
            result.outcome = GatewayResult::Outcome::Timeout;
        return result;
    }

private:
    TestGateway m_inner;
    static inline QString m_lost;  // the first refund's key
    static inline int m_calls = 0;
};

// Puts a gateway in place for one test, and takes it away again.
struct GatewayOverride {
    explicit GatewayOverride(Gateways::Factory factory) {
        Gateways::setOverride(std::move(factory));
    }
    ~GatewayOverride() { Gateways::setOverride(nullptr); }
};

}  // namespace

TEST_CASE("capturing a reduced amount releases the rest; partial refunds add up", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Order o = fulfilled(s, importOne(s, cardOrderJson("WEB-1", "tx-1", goodsLine("500.00"))));
    CHECK(o.reserved == dkk(50000));
    CHECK_FALSE(o.paid());

    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, dkk(50001), false); }) ==
          ErrorCode::InvalidInput);
    o = OrderPayments::capture(s, o.id, dkk(45000), false);
    CHECK(o.paymentState == PaymentState::Received);
    CHECK(o.captured == dkk(45000));
    CHECK(o.paid());
    CHECK(TestGateway::doneCaptures(shop.db(), QStringLiteral("tx-1")) == 1);
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, dkk(5000), false); }) ==
          ErrorCode::Conflict);

    o = OrderPayments::refund(s, o.id, dkk(10000));
    CHECK(o.paymentState == PaymentState::Refunded);
    CHECK(o.refunded == dkk(10000));
    CHECK(codeOf([&] { OrderPayments::refund(s, o.id, dkk(35001)); }) == ErrorCode::InvalidInput);
    o = OrderPayments::refund(s, o.id, dkk(35000));
    CHECK(o.refunded == dkk(45000));
    CHECK(TestGateway::refundedMinor(shop.db(), QStringLiteral("tx-1")) == 45000);

    CHECK(journaled(shop.db(), o, QStringLiteral("gateway.request")) == 3);
    CHECK(journaled(shop.db(), o, QStringLiteral("gateway.response")) == 3);
    for (const auto& e : Journal::forEntity(shop.db(), o.uid))
        if (e.action == QLatin1String("gateway.response"))
            CHECK(e.payload.contains(QLatin1String("\"request_id\":\"")));
}

TEST_CASE("a capture that times out is retried with its key and taken once", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o =
        fulfilled(s, importOne(s, cardOrderJson("WEB-2", "timeout-2", goodsLine("300.00"))));

    // The gateway takes the money but its answer is lost.
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, std::nullopt, false); }) ==
          ErrorCode::Conflict);
    Order now = OrderStore::require(shop.db(), o.id);
    CHECK(now.paymentState == PaymentState::Awaiting);
    REQUIRE(OrderStore::pending(shop.db(), o.id));

    // A refund or cancel first settles the pending capture.
    CHECK(codeOf([&] { OrderPayments::cancel(s, o.id); }) == ErrorCode::Conflict);
    now = OrderStore::require(shop.db(), o.id);
    CHECK(now.paymentState == PaymentState::Received);
    CHECK(now.captured == dkk(30000));
    CHECK_FALSE(OrderStore::pending(shop.db(), o.id));
    CHECK(TestGateway::doneCaptures(shop.db(), QStringLiteral("timeout-2")) == 1);
    CHECK(OrderStore::operations(shop.db(), o.id).front().attempts == 2);
}

TEST_CASE("asking to capture again after no answer returns that capture", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o =
        fulfilled(s, importOne(s, cardOrderJson("WEB-3", "lost-3", goodsLine("300.00"))));
    CHECK_THROWS_AS(OrderPayments::capture(s, o.id, dkk(20000), false), Error);
    const Order after = OrderPayments::capture(s, o.id, dkk(20000), false);
    CHECK(after.captured == dkk(20000));
    CHECK(OrderStore::operations(shop.db(), o.id).size() == 1);
    CHECK(TestGateway::doneCaptures(shop.db(), QStringLiteral("lost-3")) == 1);
}

TEST_CASE("a declined capture leaves the order not paid and still reserved", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o =
        fulfilled(s, importOne(s, cardOrderJson("WEB-4", "decline-4", goodsLine("100.00"))));
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, std::nullopt, false); }) ==
          ErrorCode::Conflict);
    // The reservation is as it was: staff may try again or cancel it.
    const Order now = OrderStore::require(shop.db(), o.id);
    CHECK(now.paymentState == PaymentState::Awaiting);
    CHECK_FALSE(now.paid());
    CHECK(OrderStore::operations(shop.db(), o.id).front().state ==
          PaymentOperation::State::Declined);
}

TEST_CASE("capturing goods before they are ready to ship must be confirmed", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o = importOne(s, cardOrderJson("WEB-5", "tx-5", goodsLine("100.00")));
    QString field;
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, std::nullopt, false); }, &field) ==
          ErrorCode::Conflict);
    CHECK(field == QLatin1String("confirm_early"));
    CHECK(OrderStore::operations(shop.db(), o.id).empty());

    const Order captured = OrderPayments::capture(s, o.id, std::nullopt, true);
    CHECK(captured.paymentState == PaymentState::Received);
    const auto op = OrderStore::operations(shop.db(), o.id).front();
    CHECK_FALSE(op.earlyReason.isEmpty());
    CHECK(op.createdBy == s.user().displayName);
    CHECK(journaled(shop.db(), o, QStringLiteral("capture.early_confirmed")) == 1);
}

TEST_CASE("capturing a value-card order issues one card per unit", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o = importOne(s, cardOrderJson("WEB-6", "tx-6", valueCardLine("1000.00", 2)));
    const Order captured = OrderPayments::capture(s, o.id, std::nullopt, false);  // never early
    const auto cards = OrderStore::valueCards(shop.db(), o.id);
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].balance == dkk(50000));
    CHECK(ValueCards::require(shop.db(), cards[1].number).balance == dkk(50000));
    CHECK(captured.captured == dkk(100000));
}

TEST_CASE("cancelling the reservation takes nothing", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o = importOne(s, cardOrderJson("WEB-7", "tx-7", goodsLine("100.00")));
    const Order c = OrderPayments::cancel(s, o.id);
    CHECK(c.paymentState == PaymentState::Cancelled);
    CHECK(c.captured.isZero());
    CHECK(TestGateway::doneCaptures(shop.db(), QStringLiteral("tx-7")) == 0);
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, std::nullopt, true); }) ==
          ErrorCode::Conflict);
}

TEST_CASE("front desk captures but does not refund", "[orders]") {
    TestBusiness shop;
    const Session owner = shop.owner();
    const Session desk = shop.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const Order o = importOne(owner, cardOrderJson("WEB-8", "tx-8", valueCardLine("100.00")));
    OrderPayments::capture(desk, o.id, std::nullopt, false);
    CHECK(codeOf([&] { OrderPayments::refund(desk, o.id, dkk(100)); }) == ErrorCode::Forbidden);
}

TEST_CASE("changing the status to Effected never captures", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o = importOne(s, cardOrderJson("WEB-9", "tx-9", goodsLine("100.00")));
    const auto effected = OrderStore::builtInStatus(shop.db(), QStringLiteral("effected"));
    OrderService::setStatus(s, {o.id}, effected.id);
    const Order now = OrderStore::require(shop.db(), o.id);
    CHECK(now.status.id == effected.id);
    CHECK(now.paymentState == PaymentState::Awaiting);
    CHECK(OrderStore::operations(shop.db(), o.id).empty());
}

TEST_CASE("what is on the order's value cards is refunded only after they are voided", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Order o = importOne(s, cardOrderJson("WEB-70", "tx-70",
                                         valueCardLine("1000.00", 2) + u',' + goodsLine("100.00")));
    o = OrderPayments::capture(s, o.id, std::nullopt, true);
    CHECK(OrderPayments::refundableNow(shop.db(), o) == dkk(10000));  // only the goods
    QString field;
    CHECK(codeOf([&] { OrderPayments::refund(s, o.id, dkk(10001)); }, &field) ==
          ErrorCode::InvalidInput);
    CHECK(field == QLatin1String("amount"));

    // The holder spends 200.00 of one card at the till before the refund.
    const auto cards = OrderStore::valueCards(shop.db(), o.id);
    REQUIRE(cards.size() == 2);
    ValueCards::take(s, cards[0].number, dkk(20000), QStringLiteral("redeem"), 0, 0,
                     QStringLiteral("value_card"));
    o = OrderPayments::voidValueCards(s, o.id);
    for (const auto& card : OrderStore::valueCards(shop.db(), o.id))
        CHECK(card.balance.isZero());
    CHECK(OrderPayments::refundableNow(shop.db(), o) == dkk(90000));
    CHECK(codeOf([&] { OrderPayments::refund(s, o.id, dkk(90001)); }) == ErrorCode::InvalidInput);
    o = OrderPayments::refund(s, o.id, dkk(90000));
    CHECK(o.refunded == dkk(90000));
    CHECK(OrderPayments::refundableNow(shop.db(), o).isZero());
    CHECK(codeOf([&] { OrderPayments::voidValueCards(s, o.id); }) == ErrorCode::Conflict);
    const Session desk = shop.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK(codeOf([&] { OrderPayments::voidValueCards(desk, o.id); }) == ErrorCode::Forbidden);
}

TEST_CASE("an order with value cards is captured whole", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o = importOne(
        s, cardOrderJson("WEB-71", "tx-71", valueCardLine("300.00") + u',' + goodsLine("300.00")));
    QString field;
    CHECK(codeOf([&] { OrderPayments::capture(s, o.id, dkk(30000), true); }, &field) ==
          ErrorCode::InvalidInput);
    CHECK(field == QLatin1String("amount"));
    CHECK(OrderStore::operations(shop.db(), o.id).empty());
    CHECK(OrderPayments::capture(s, o.id, std::nullopt, true).captured == dkk(60000));
}

TEST_CASE("a pending refund of another amount is settled, then the new one is made", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Order o = fulfilled(s, importOne(s, cardOrderJson("WEB-72", "tx-72", goodsLine("300.00"))));
    OrderPayments::capture(s, o.id, std::nullopt, false);
    // The refund's answer is lost once: it stays pending.
    const GatewayOverride lossy(
        [](Database& db, const QString&) -> std::unique_ptr<PaymentGateway> {
            return std::make_unique<RefundAnswerLostOnce>(db);
        });
    CHECK_THROWS_AS(OrderPayments::refund(s, o.id, dkk(5000)), Error);
    o = OrderPayments::refund(s, o.id, dkk(7000));  // settles the 50.00, then refunds 70.00
    CHECK(o.refunded == dkk(12000));
    CHECK(OrderStore::operations(shop.db(), o.id).size() == 3);
    CHECK(TestGateway::refundedMinor(shop.db(), QStringLiteral("tx-72")) == 12000);
}

TEST_CASE("a call the gateway never answers is resolved by hand by a manager", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order o =
        fulfilled(s, importOne(s, cardOrderJson("WEB-73", "timeout-73", goodsLine("100.00"))));
    CHECK_THROWS_AS(OrderPayments::capture(s, o.id, std::nullopt, false), Error);
    REQUIRE(OrderStore::pending(shop.db(), o.id));

    const Session desk = shop.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK(codeOf([&] {
              OrderPayments::resolvePending(desk, o.id, true, {}, QStringLiteral("x"));
          }) == ErrorCode::Forbidden);
    QString field;
    CHECK(codeOf([&] { OrderPayments::resolvePending(s, o.id, true, {}, QStringLiteral(" ")); },
                 &field) == ErrorCode::InvalidInput);
    CHECK(field == QLatin1String("reason"));

    const Order done = OrderPayments::resolvePending(s, o.id, true, QStringLiteral("ch-77"),
                                                     QStringLiteral("checked in the portal"));
    CHECK(done.paymentState == PaymentState::Received);
    CHECK(done.captured == dkk(10000));
    CHECK(done.captureRef == QLatin1String("ch-77"));
    const auto op = OrderStore::operations(shop.db(), o.id).front();
    CHECK(op.state == PaymentOperation::State::Done);
    CHECK(op.message.contains(QLatin1String("checked in the portal")));
    CHECK_FALSE(OrderStore::pending(shop.db(), o.id));
    CHECK(codeOf([&] {
              OrderPayments::resolvePending(s, o.id, true, {}, QStringLiteral("again"));
          }) == ErrorCode::Conflict);
}
