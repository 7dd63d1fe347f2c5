#include "core/orders/gateways.h"
#include "core/orders/testgateway.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/uuid.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace skranke;
using namespace skranke::test;

namespace {

using Kind = GatewayRequest::Kind;
using Outcome = GatewayResult::Outcome;

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

GatewayRequest request(Kind kind, const char* txId, std::int64_t minor, const char* key,
                       const QString& captureRef = {}) {
    GatewayRequest r;
    r.kind = kind;
    r.transactionId = QString::fromUtf8(txId);
    r.captureRef = captureRef;
    r.amount = dkk(minor);
    r.idempotencyKey = QString::fromUtf8(key);
    return r;
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db =
        Database::open(dir.path("gateway.sqlite"), Database::OpenMode::Create);
    TestGateway gateway{*db};

    GatewayResult capture(const char* txId, std::int64_t minor, const char* key) {
        return gateway.call(request(Kind::Capture, txId, minor, key));
    }
    GatewayResult refund(const char* txId, const QString& ref, std::int64_t minor,
                         const char* key) {
        return gateway.call(request(Kind::Refund, txId, minor, key, ref));
    }
    GatewayResult cancel(const char* txId, std::int64_t minor, const char* key) {
        return gateway.call(request(Kind::Cancel, txId, minor, key));
    }
};

// The field of the Error that f throws; fails the test when it throws none.
QString errorField(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        CHECK_FALSE(e.message().isEmpty());
        return e.field();
    }
    FAIL("no skranke::Error thrown");
    return {};
}

}  // namespace

TEST_CASE("TestGateway captures, refunds and cancels", "[orders][gateway]") {
    Fixture f;
    CHECK(f.gateway.name() == QStringLiteral("test"));

    const GatewayResult charged = f.capture("pay-1", 10000, "k1");
    CHECK(charged.outcome == Outcome::Done);
    CHECK(charged.reference == QStringLiteral("test-charge-1"));
    CHECK(Uuid::fromText(charged.requestId).size() == 16);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-1")) == 1);

    const GatewayResult refunded = f.refund("pay-1", charged.reference, 2500, "k2");
    CHECK(refunded.outcome == Outcome::Done);
    CHECK(refunded.reference == QStringLiteral("test-refund-2"));
    CHECK(TestGateway::refundedMinor(*f.db, QStringLiteral("pay-1")) == 2500);

    const GatewayResult cancelled = f.cancel("pay-2", 5000, "k3");
    CHECK(cancelled.outcome == Outcome::Done);
    CHECK(cancelled.reference == QStringLiteral("test-cancel-3"));
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-2")) == 0);
    CHECK(TestGateway::refundedMinor(*f.db, QStringLiteral("pay-2")) == 0);
}

TEST_CASE("TestGateway answers a repeated key with the first answer", "[orders][gateway]") {
    Fixture f;
    const GatewayResult first = f.capture("pay-1", 10000, "k1");
    const GatewayResult again = f.capture("pay-1", 10000, "k1");
    CHECK(again.outcome == Outcome::Done);
    CHECK(again.reference == first.reference);
    CHECK(again.requestId != first.requestId);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-1")) == 1);

    SECTION("a refusal is repeated too") {
        CHECK(f.capture("pay-1", 10000, "k2").outcome == Outcome::Declined);
        CHECK(f.capture("pay-1", 10000, "k2").outcome == Outcome::Declined);
    }
    SECTION("the key with another request is refused and changes nothing") {
        const GatewayResult other = f.capture("pay-1", 9999, "k1");
        CHECK(other.outcome == Outcome::Declined);
        CHECK(other.message.contains(QStringLiteral("idempotency key")));
        CHECK(f.capture("pay-1", 10000, "k1").reference == first.reference);
    }
}

TEST_CASE("TestGateway 'timeout' does it, hides the answer, and tells the retry",
          "[orders][gateway]") {
    Fixture f;
    const GatewayResult first = f.capture("timeout-1", 10000, "k1");
    CHECK(first.outcome == Outcome::Timeout);
    CHECK(first.reference.isEmpty());
    CHECK_FALSE(first.message.isEmpty());
    // The dangerous case: the gateway has taken the money already.
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("timeout-1")) == 1);

    const GatewayResult retry = f.capture("timeout-1", 10000, "k1");
    CHECK(retry.outcome == Outcome::Done);
    CHECK(retry.reference == QStringLiteral("test-charge-1"));
    CHECK(f.capture("timeout-1", 10000, "k1").reference == retry.reference);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("timeout-1")) == 1);

    // Every new key times out once, refunds as well.
    CHECK(f.refund("timeout-1", retry.reference, 4000, "k2").outcome == Outcome::Timeout);
    CHECK(TestGateway::refundedMinor(*f.db, QStringLiteral("timeout-1")) == 4000);
    CHECK(f.refund("timeout-1", retry.reference, 4000, "k2").outcome == Outcome::Done);
    CHECK(TestGateway::refundedMinor(*f.db, QStringLiteral("timeout-1")) == 4000);
}

TEST_CASE("TestGateway 'lost' drops the first call and does the retry once", "[orders][gateway]") {
    Fixture f;
    const GatewayResult first = f.capture("lost-1", 10000, "k1");
    CHECK(first.outcome == Outcome::Timeout);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("lost-1")) == 0);

    const GatewayResult retry = f.capture("lost-1", 10000, "k1");
    CHECK(retry.outcome == Outcome::Done);
    CHECK(retry.reference.startsWith(QStringLiteral("test-charge-")));
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("lost-1")) == 1);
    CHECK(f.capture("lost-1", 10000, "k1").reference == retry.reference);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("lost-1")) == 1);
}

TEST_CASE("TestGateway 'decline' refuses every call", "[orders][gateway]") {
    Fixture f;
    const GatewayResult first = f.capture("decline-1", 10000, "k1");
    CHECK(first.outcome == Outcome::Declined);
    CHECK(first.message == QStringLiteral("card declined"));
    CHECK(first.reference.isEmpty());
    CHECK(f.capture("decline-1", 10000, "k1").outcome == Outcome::Declined);
    CHECK(f.capture("decline-1", 10000, "k2").outcome == Outcome::Declined);
    CHECK(f.cancel("decline-1", 10000, "k3").outcome == Outcome::Declined);
    CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("decline-1")) == 0);
}

TEST_CASE("TestGateway refuses what a real gateway refuses", "[orders][gateway]") {
    Fixture f;
    SECTION("a second capture under another key") {
        REQUIRE(f.capture("pay-1", 10000, "k1").outcome == Outcome::Done);
        const GatewayResult second = f.capture("pay-1", 500, "k2");
        CHECK(second.outcome == Outcome::Declined);
        CHECK(second.message.contains(QStringLiteral("already captured")));
        CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-1")) == 1);
    }
    SECTION("a cancel after a capture") {
        REQUIRE(f.capture("pay-1", 10000, "k1").outcome == Outcome::Done);
        CHECK(f.cancel("pay-1", 0, "k2").outcome == Outcome::Declined);
    }
    SECTION("a capture or a cancel after a cancel") {
        REQUIRE(f.cancel("pay-1", 10000, "k1").outcome == Outcome::Done);
        CHECK(f.capture("pay-1", 10000, "k2").outcome == Outcome::Declined);
        CHECK(f.cancel("pay-1", 10000, "k3").outcome == Outcome::Declined);
        CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-1")) == 0);
    }
    SECTION("a refund with nothing captured, or of another charge") {
        CHECK(f.refund("pay-1", QStringLiteral("test-charge-1"), 100, "k1").outcome ==
              Outcome::Declined);
        REQUIRE(f.capture("pay-1", 10000, "k2").outcome == Outcome::Done);
        CHECK(f.refund("pay-1", QStringLiteral("ch-unknown"), 100, "k3").outcome ==
              Outcome::Declined);
        CHECK(TestGateway::refundedMinor(*f.db, QStringLiteral("pay-1")) == 0);
    }
    SECTION("a capture of nothing") {
        CHECK(f.capture("pay-1", 0, "k1").outcome == Outcome::Declined);
        CHECK(f.capture("pay-1", 100, "k2").outcome == Outcome::Done);
    }
    SECTION("a call without an idempotency key") {
        CHECK(f.capture("pay-1", 100, "").outcome == Outcome::Declined);
        CHECK(TestGateway::doneCaptures(*f.db, QStringLiteral("pay-1")) == 0);
    }
}

TEST_CASE("TestGateway refunds up to the captured amount, to the minor unit", "[orders][gateway]") {
    Fixture f;
    const QString ref = f.capture("pay-1", 10000, "c").reference;
    const QString pay1 = QStringLiteral("pay-1");
    SECTION("one minor unit too much is refused") {
        const GatewayResult tooMuch = f.refund("pay-1", ref, 10001, "r1");
        CHECK(tooMuch.outcome == Outcome::Declined);
        CHECK(tooMuch.message.contains(QStringLiteral("exceeds")));
        CHECK(TestGateway::refundedMinor(*f.db, pay1) == 0);
    }
    SECTION("exactly the captured amount is refunded") {
        CHECK(f.refund("pay-1", ref, 10000, "r1").outcome == Outcome::Done);
        CHECK(TestGateway::refundedMinor(*f.db, pay1) == 10000);
        CHECK(f.refund("pay-1", ref, 1, "r2").outcome == Outcome::Declined);
    }
    SECTION("partial refunds add up") {
        CHECK(f.refund("pay-1", ref, 2501, "r1").outcome == Outcome::Done);
        CHECK(f.refund("pay-1", ref, 7500, "r2").outcome == Outcome::Declined);
        CHECK(f.refund("pay-1", ref, 7499, "r3").outcome == Outcome::Done);
        CHECK(TestGateway::refundedMinor(*f.db, pay1) == 10000);
        CHECK(f.refund("pay-1", ref, 1, "r4").outcome == Outcome::Declined);
        // The retry of a done refund is answered, not counted again.
        CHECK(f.refund("pay-1", ref, 2501, "r1").outcome == Outcome::Done);
        CHECK(TestGateway::refundedMinor(*f.db, pay1) == 10000);
    }
}

TEST_CASE("Gateways makes the gateway an order names", "[orders][gateway]") {
    TempDir dir;
    auto db = Database::open(dir.path("gateways.sqlite"), Database::OpenMode::Create);
    CHECK(Gateways::names() == (QStringList{QStringLiteral("test"), QStringLiteral("nets")}));
    CHECK(Gateways::make(*db, QStringLiteral("test"))->name() == QStringLiteral("test"));
    CHECK(errorField([&] { Gateways::make(*db, QStringLiteral("paypal")); }) ==
          QStringLiteral("gateway"));
    CHECK(errorField([&] { Gateways::make(*db, QString()); }) == QStringLiteral("gateway"));
    CHECK(errorField([&] { Gateways::make(*db, QStringLiteral("nets")); }) ==
          QStringLiteral("orders.nets.url"));

    Settings::set(*db, QStringLiteral("orders.nets.url"), QStringLiteral("https://nets.invalid"));
    Settings::set(*db, QStringLiteral("orders.nets.secret_key"), QStringLiteral("secret"));
    CHECK(Gateways::make(*db, QStringLiteral("nets"))->name() == QStringLiteral("nets"));

    SECTION("an override is asked first, until cleared") {
        QString asked;
        Gateways::setOverride([&](Database& d, const QString& name) {
            asked = name;
            return std::make_unique<TestGateway>(d);
        });
        const auto gateway = Gateways::make(*db, QStringLiteral("nets"));
        Gateways::setOverride(nullptr);
        CHECK(asked == QStringLiteral("nets"));
        CHECK(gateway->name() == QStringLiteral("test"));
        CHECK(Gateways::make(*db, QStringLiteral("nets"))->name() == QStringLiteral("nets"));
    }
}
