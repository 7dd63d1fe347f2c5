#include "core/orders/netsgateway.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/uuid.h"
#include "tests/support/httpstub.h"
#include "tests/support/tempdir.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <map>
#include <mutex>

using namespace skranke;
using namespace skranke::test;

namespace {

using Kind = GatewayRequest::Kind;
using Outcome = GatewayResult::Outcome;
using Response = HttpStub::Response;

const QString secret = QStringLiteral("test-secret-key");

// Nets Easy as far as the adapter uses it, with its idempotency: a key it
// has seen gets the first answer again and nothing is done twice. `next`
// scripts trouble for the next request.
class FakeNets final {
public:
    enum class Next { Normal, ApplyThenDrop, Stall, ServerError, NoId };

    Response handle(const HttpStub::Request& r) {
        std::lock_guard lock(m_mutex);
        const Next next = std::exchange(m_next, Next::Normal);
        if (next == Next::Stall)
            return {0, {}, {}, Response::Action::Stall};
        if (next == Next::ServerError)
            return json(500, R"({"message":"Internal error"})");
        if (r.headers.value("authorization") != secret.toUtf8())
            return json(401, R"({"message":"Invalid authorization header"})");
        const QByteArray key = r.headers.value("idempotency-key");
        if (auto it = m_byKey.find(key); it != m_byKey.end())
            return it->second;

        Response response = apply(r);
        if (next == Next::NoId)
            response = json(201, "{}");
        m_byKey[key] = response;
        if (next == Next::ApplyThenDrop)
            response.action = Response::Action::DropAfterReading;
        return response;
    }

    void setNext(Next next) {
        std::lock_guard lock(m_mutex);
        m_next = next;
    }
    int charges() const {
        std::lock_guard lock(m_mutex);
        return m_charges;
    }

private:
    static Response json(int status, const QByteArray& body) {
        return {status, body, {{"Content-Type", "application/json"}}};
    }

    Response apply(const HttpStub::Request& r) {
        static const QRegularExpression charges(QStringLiteral("^/v1/payments/([^/]+)/charges$"));
        static const QRegularExpression cancels(QStringLiteral("^/v1/payments/([^/]+)/cancels$"));
        static const QRegularExpression refunds(QStringLiteral("^/v1/charges/([^/]+)/refunds$"));
        const QString path = QString::fromUtf8(r.path);
        const QJsonValue amount = QJsonDocument::fromJson(r.body).object().value(u"amount");
        if (!amount.isDouble() || amount.toInteger() <= 0)
            return json(400, R"({"errors":{"amount":["The amount must be greater than 0"]}})");
        if (const auto m = charges.match(path); m.hasMatch()) {
            if (m.captured(1).startsWith(QLatin1String("declined")))
                return json(402, R"({"message":"Card declined by issuer","code":"1001"})");
            return json(201, R"({"chargeId":"ch-)" + QByteArray::number(++m_charges) + "\"}");
        }
        if (cancels.match(path).hasMatch())
            return {204, {}, {}};
        if (refunds.match(path).hasMatch())
            return json(201, R"({"refundId":"rf-)" + QByteArray::number(++m_refunds) + "\"}");
        return {404, {}, {}};
    }

    mutable std::mutex m_mutex;
    Next m_next = Next::Normal;
    std::map<QByteArray, Response> m_byKey;
    int m_charges = 0;
    int m_refunds = 0;
};

GatewayRequest request(Kind kind, const QString& txId, std::int64_t minor, const QString& key,
                       const QString& captureRef = {}) {
    GatewayRequest r;
    r.kind = kind;
    r.transactionId = txId;
    r.captureRef = captureRef;
    r.amount = Money(minor, Currency::fromCode(QStringLiteral("DKK")));
    r.idempotencyKey = key;
    return r;
}

GatewayRequest capture(std::int64_t minor, const char* key, const char* txId = "pay-1") {
    return request(Kind::Capture, QString::fromUtf8(txId), minor, QString::fromUtf8(key));
}

struct Fixture {
    FakeNets nets;
    HttpStub stub{[this](const HttpStub::Request& r) { return nets.handle(r); }};

    NetsGateway gateway(int timeoutMs = 5000) {
        return NetsGateway({stub.baseUrl() + QLatin1Char('/'), secret, timeoutMs});
    }
};

}  // namespace

TEST_CASE("NetsGateway sends Nets' request shapes", "[orders][gateway]") {
    Fixture f;
    NetsGateway gateway = f.gateway();
    CHECK(gateway.name() == QStringLiteral("nets"));

    const GatewayResult charged = gateway.call(capture(12345, "key-1"));
    CHECK(charged.outcome == Outcome::Done);
    CHECK(charged.reference == QStringLiteral("ch-1"));
    CHECK(charged.message.isEmpty());
    const GatewayResult refunded =
        gateway.call(request(Kind::Refund, QStringLiteral("pay-1"), 2345, QStringLiteral("key-2"),
                             QStringLiteral("ch-1")));
    CHECK(refunded.outcome == Outcome::Done);
    CHECK(refunded.reference == QStringLiteral("rf-1"));
    const GatewayResult cancelled = gateway.call(
        request(Kind::Cancel, QStringLiteral("pay/2 ø"), 500, QStringLiteral("key-3")));
    CHECK(cancelled.outcome == Outcome::Done);
    CHECK(cancelled.reference == QStringLiteral("cancel"));

    const std::vector<HttpStub::Request> sent = f.stub.requests();
    REQUIRE(sent.size() == 3);
    const HttpStub::Request& r = sent[0];
    CHECK(r.method == "POST");
    CHECK(r.path == "/v1/payments/pay-1/charges");
    CHECK(r.headers.value("authorization") == secret.toUtf8());
    CHECK(r.headers.value("content-type") == "application/json");
    CHECK(r.headers.value("idempotency-key") == "key-1");
    CHECK(r.headers.value("x-request-id") == charged.requestId.toUtf8());
    CHECK(Uuid::fromText(charged.requestId).size() == 16);
    CHECK(r.body == R"({"amount":12345})");
    CHECK(sent[1].path == "/v1/charges/ch-1/refunds");
    CHECK(sent[1].body == R"({"amount":2345})");
    CHECK(sent[1].headers.value("idempotency-key") == "key-2");
    CHECK(sent[2].path == "/v1/payments/pay%2F2%20%C3%B8/cancels");
    CHECK(charged.requestId != refunded.requestId);
}

TEST_CASE("NetsGateway sends amounts as exact integers", "[orders][gateway]") {
    Fixture f;
    // 2^53 + 1: a double would have lost the last unit.
    f.gateway().call(capture(9007199254740993LL, "key-1"));
    REQUIRE(f.stub.requests().size() == 1);
    CHECK(f.stub.requests()[0].body == R"({"amount":9007199254740993})");
}

TEST_CASE("NetsGateway keeps Nets' own request id", "[orders][gateway]") {
    HttpStub stub([](const HttpStub::Request&) {
        return Response{201, R"({"chargeId":"ch-9"})", {{"X-Request-Id", "nets-req-77"}}};
    });
    NetsGateway gateway({stub.baseUrl(), secret, 5000});
    const GatewayResult result = gateway.call(capture(100, "key-1"));
    CHECK(result.outcome == Outcome::Done);
    CHECK(result.requestId == QStringLiteral("nets-req-77"));
}

TEST_CASE("NetsGateway reports Nets' refusals as declined", "[orders][gateway]") {
    Fixture f;
    SECTION("402 with a message") {
        const GatewayResult r = f.gateway().call(capture(100, "key-1", "declined-1"));
        CHECK(r.outcome == Outcome::Declined);
        CHECK(r.message == QStringLiteral("Card declined by issuer"));
        CHECK(r.reference.isEmpty());
    }
    SECTION("400 with errors per field") {
        const GatewayResult r = f.gateway().call(capture(0, "key-1"));
        CHECK(r.outcome == Outcome::Declined);
        CHECK(r.message == QStringLiteral("amount: The amount must be greater than 0"));
    }
    SECTION("401 for a wrong key is a setup mistake: tried again, not declined") {
        const GatewayResult r = NetsGateway({f.stub.baseUrl(), QStringLiteral("wrong"), 5000})
                                    .call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Timeout);
        CHECK(r.message.contains(QStringLiteral("Invalid authorization header")));
        CHECK(r.message.contains(QStringLiteral("Settings")));
    }
    SECTION("403 without a body, likewise") {
        HttpStub bare([](const HttpStub::Request&) { return Response{403, {}, {}}; });
        const GatewayResult r =
            NetsGateway({bare.baseUrl(), secret, 5000}).call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Timeout);
        CHECK(r.message.contains(QStringLiteral("HTTP 403")));
    }
    SECTION("404 for an unknown payment is a refusal") {
        HttpStub bare([](const HttpStub::Request&) { return Response{404, {}, {}}; });
        const GatewayResult r =
            NetsGateway({bare.baseUrl(), secret, 5000}).call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Declined);
        CHECK(r.message == QStringLiteral("HTTP 404"));
    }
    CHECK(f.nets.charges() == 0);
}

TEST_CASE("NetsGateway treats an unclear answer as a timeout", "[orders][gateway]") {
    Fixture f;
    NetsGateway gateway = f.gateway();
    SECTION("500") {
        f.nets.setNext(FakeNets::Next::ServerError);
        const GatewayResult r = gateway.call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Timeout);
        CHECK(r.message.contains(QStringLiteral("500")));
        CHECK(gateway.call(capture(100, "key-1")).outcome == Outcome::Done);
    }
    SECTION("a success without the charge id") {
        f.nets.setNext(FakeNets::Next::NoId);
        const GatewayResult r = gateway.call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Timeout);
        CHECK(r.message.contains(QStringLiteral("chargeId")));
    }
    SECTION("409: the key is still being worked on") {
        HttpStub busy([](const HttpStub::Request&) { return Response{409, {}, {}}; });
        const GatewayResult r =
            NetsGateway({busy.baseUrl(), secret, 5000}).call(capture(100, "key-1"));
        CHECK(r.outcome == Outcome::Timeout);
    }
    CHECK(f.nets.charges() <= 1);
}

TEST_CASE("NetsGateway retries a dropped charge without charging twice", "[orders][gateway]") {
    Fixture f;
    NetsGateway gateway = f.gateway();
    f.nets.setNext(FakeNets::Next::ApplyThenDrop);
    const GatewayResult dropped = gateway.call(capture(4200, "key-1"));
    CHECK(dropped.outcome == Outcome::Timeout);
    CHECK_FALSE(dropped.message.isEmpty());
    CHECK(f.nets.charges() == 1);

    const GatewayResult retry = gateway.call(capture(4200, "key-1"));
    CHECK(retry.outcome == Outcome::Done);
    CHECK(retry.reference == QStringLiteral("ch-1"));
    CHECK(f.nets.charges() == 1);
    const std::vector<HttpStub::Request> sent = f.stub.requests();
    REQUIRE(sent.size() == 2);
    CHECK(sent[1].headers.value("idempotency-key") == "key-1");
    // Each try is its own HTTP request.
    CHECK(sent[0].headers.value("x-request-id") != sent[1].headers.value("x-request-id"));
}

TEST_CASE("NetsGateway gives up on a stalled answer", "[orders][gateway]") {
    Fixture f;
    f.nets.setNext(FakeNets::Next::Stall);
    QElapsedTimer timer;
    timer.start();
    const GatewayResult r = f.gateway(300).call(capture(100, "key-1"));
    CHECK(r.outcome == Outcome::Timeout);
    CHECK(r.message.contains(QStringLiteral("300 ms")));
    CHECK(timer.elapsed() < 5000);
}

TEST_CASE("NetsGateway treats a closed port as a timeout", "[orders][gateway]") {
    NetsGateway gateway(
        {QStringLiteral("http://127.0.0.1:%1").arg(HttpStub::closedPort()), secret, 2000});
    const GatewayResult r = gateway.call(capture(100, "key-1"));
    CHECK(r.outcome == Outcome::Timeout);
    CHECK(r.message.contains(QStringLiteral("connect")));
}

TEST_CASE("NetsGateway reads its settings and names what is missing", "[orders][gateway]") {
    TempDir dir;
    auto db = Database::open(dir.path("nets.sqlite"), Database::OpenMode::Create);
    const auto failingField = [&]() -> QString {
        try {
            NetsGateway::configFromSettings(*db);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
            return e.field();
        }
        return {};
    };
    const auto set = [&](const char* key, const char* value) {
        Settings::set(*db, QString::fromUtf8(key), QString::fromUtf8(value));
    };

    CHECK(failingField() == QStringLiteral("orders.nets.url"));
    set("orders.nets.secret_key", "sk-1");
    CHECK(failingField() == QStringLiteral("orders.nets.url"));
    set("orders.nets.url", "ftp://nets.example");
    CHECK(failingField() == QStringLiteral("orders.nets.url"));
    set("orders.nets.url", " https://test.api.dibspayment.eu/ ");
    set("orders.nets.secret_key", "  ");
    CHECK(failingField() == QStringLiteral("orders.nets.secret_key"));
    set("orders.nets.secret_key", "sk-1");

    const NetsGateway::Config config = NetsGateway::configFromSettings(*db);
    CHECK(config.baseUrl == QStringLiteral("https://test.api.dibspayment.eu"));
    CHECK(config.secretKey == QStringLiteral("sk-1"));
    CHECK(config.timeoutMs == 15000);

    set("orders.nets.timeout_ms", "2500");
    CHECK(NetsGateway::configFromSettings(*db).timeoutMs == 2500);
    set("orders.nets.timeout_ms", "soon");
    CHECK(failingField() == QStringLiteral("orders.nets.timeout_ms"));
    set("orders.nets.timeout_ms", "0");
    CHECK(failingField() == QStringLiteral("orders.nets.timeout_ms"));
}

TEST_CASE("NetsGateway names what a partial charge is for, as Nets requires", "[orders][gateway]") {
    Fixture f;
    GatewayRequest part = capture(45000, "key-1");
    part.partial = true;
    f.gateway().call(part);
    REQUIRE(f.stub.requests().size() == 1);
    const QJsonObject body = QJsonDocument::fromJson(f.stub.requests()[0].body).object();
    CHECK(body.value(QStringLiteral("amount")).toInteger() == 45000);
    const QJsonArray items = body.value(QStringLiteral("orderItems")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(items[0].toObject().value(QStringLiteral("grossTotalAmount")).toInteger() == 45000);
    CHECK(items[0].toObject().value(QStringLiteral("quantity")).toInteger() == 1);
}
