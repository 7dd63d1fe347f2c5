#include "core/accounting/accountingsettings.h"
#include "core/accounting/resttarget.h"
#include "core/accounting/testtarget.h"
#include "core/store/error.h"
#include "core/store/uuid.h"
#include "tests/support/httpstub.h"
#include "tests/support/testbusiness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

using Response = HttpStub::Response;

const QString apiKey = QStringLiteral("sk-live-123");

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

Voucher voucher(std::int64_t number, std::int64_t minor) {
    Voucher v;
    v.uid = Uuid::v7(1772442000000 + number);
    v.number = number;
    v.date = QDate(2026, 3, 2);
    v.currency = QStringLiteral("DKK");
    v.sourceRef = QStringLiteral("Invoice 1042");
    v.text = QStringLiteral("Sale to \"Hansen\" – ærø");
    v.amount = dkk(minor);
    v.lines = {{QStringLiteral("receivable"),
                {},
                QStringLiteral("5600"),
                dkk(minor),
                {},
                {},
                QStringLiteral("Debtor")},
               {QStringLiteral("revenue"), QStringLiteral("25"), QStringLiteral("1010"),
                dkk(-minor), QStringLiteral("25"), QStringLiteral("U25"), QStringLiteral("Sales")}};
    return v;
}

Response json(int status, const QByteArray& body, QMap<QByteArray, QByteArray> headers = {}) {
    headers.insert("Content-Type", "application/json");
    return {status, body, headers};
}

RestTarget target(const HttpStub& stub, int timeoutS = 5) {
    return RestTarget({stub.baseUrl() + QStringLiteral("/api/v1/"), apiKey, timeoutS});
}

TransferResult sendOnce(const Response& answer, int timeoutS = 5) {
    HttpStub stub([answer](const HttpStub::Request&) { return answer; });
    return target(stub, timeoutS).send(voucher(17, 10000), QStringLiteral("k1"));
}

}  // namespace

TEST_CASE("RestTarget posts the voucher with its key and exact amounts", "[resttarget]") {
    HttpStub stub([](const HttpStub::Request&) { return json(201, R"({"id":"AC-77"})"); });
    RestTarget rest = target(stub);
    CHECK(rest.name() == QStringLiteral("rest"));
    const Voucher v = voucher(17, 10000);
    const TransferResult r = rest.send(v, v.uidText());
    CHECK(r.transferred);
    CHECK(r.reference == QStringLiteral("AC-77"));

    const std::vector<HttpStub::Request> sent = stub.requests();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].method == "POST");
    CHECK(sent[0].path == "/api/v1/vouchers");
    CHECK(sent[0].headers.value("authorization") == "Bearer sk-live-123");
    CHECK(sent[0].headers.value("idempotency-key") == v.uidText().toUtf8());
    CHECK(v.uidText().size() == 32);
    CHECK(sent[0].headers.value("content-type") == "application/json");
    CHECK(QJsonDocument::fromJson(sent[0].body).object() ==
          QJsonDocument::fromJson(
              R"({"number":17,"date":"2026-03-02","currency":"DKK",
                    "text":"Sale to \"Hansen\" – ærø","reference":"Invoice 1042",
                    "lines":[{"account":"5600","amount":"100.00","vat_code":"","text":"Debtor"},
                             {"account":"1010","amount":"-100.00","vat_code":"U25",
                              "text":"Sales"}]})")
              .object());
}

TEST_CASE("RestTarget sends amounts as exact decimal strings", "[resttarget]") {
    HttpStub stub([](const HttpStub::Request&) { return json(201, R"({"id":"1"})"); });
    // 2^53 + 1 minor units: a double would have lost the last øre.
    target(stub).send(voucher(1, 9007199254740993LL), QStringLiteral("k"));
    REQUIRE(stub.requests().size() == 1);
    const QByteArray body = stub.requests()[0].body;
    CHECK(body.contains(R"("amount":"90071992547409.93")"));
    CHECK(body.contains(R"("amount":"-90071992547409.93")"));
}

TEST_CASE("RestTarget reads what the accounting program answered", "[resttarget]") {
    SECTION("200 with a numeric id") {
        const TransferResult r = sendOnce(json(200, R"({"id":4711})"));
        CHECK(r.transferred);
        CHECK(r.reference == QStringLiteral("4711"));
    }
    SECTION("409: the key was seen, the first id counts") {
        const TransferResult r =
            sendOnce(json(409, R"({"id":"AC-1","message":"duplicate idempotency key"})"));
        CHECK(r.transferred);
        CHECK(r.reference == QStringLiteral("AC-1"));
    }
    SECTION("429: quota, naming Retry-After") {
        const TransferResult r =
            sendOnce(json(429, R"({"message":"Too many requests"})", {{"Retry-After", "120"}}));
        CHECK_FALSE(r.transferred);
        CHECK(r.failKind == FailKind::Quota);
        CHECK(r.message.contains(QStringLiteral("Retry-After: 120")));
        CHECK(r.message.contains(QStringLiteral("Too many requests")));
    }
    SECTION("422: rejected with the program's message") {
        const TransferResult r =
            sendOnce(json(422, R"({"message":"Account 5600 does not exist"})"));
        CHECK(r.failKind == FailKind::Rejected);
        CHECK(r.message == QStringLiteral("Account 5600 does not exist"));
    }
    SECTION("400: rejected with the error text") {
        const TransferResult r = sendOnce(json(400, R"({"error":"date is in a closed period"})"));
        CHECK(r.failKind == FailKind::Rejected);
        CHECK(r.message == QStringLiteral("date is in a closed period"));
    }
    SECTION("401 and 403: the key was refused, which stops the queue") {
        for (const int status : {401, 403}) {
            const TransferResult r = sendOnce(json(status, R"({"message":"bad token"})"));
            CHECK(r.failKind == FailKind::Unreachable);
            CHECK(r.message.contains(QStringLiteral("refused the API key")));
        }
    }
    SECTION("500 and 503: unreachable") {
        for (const int status : {500, 503}) {
            const TransferResult r = sendOnce(json(status, R"({"message":"maintenance"})"));
            CHECK(r.failKind == FailKind::Unreachable);
            CHECK(r.message.contains(QStringLiteral("HTTP %1: maintenance").arg(status)));
        }
    }
    SECTION("408: unreachable") {
        CHECK(sendOnce(json(408, {})).failKind == FailKind::Unreachable);
    }
    SECTION("404: no voucher API at the address stops, it does not reject") {
        const TransferResult r = sendOnce({404, "Not Found", {}});
        CHECK(r.failKind == FailKind::Unreachable);
        CHECK(r.message.contains(QStringLiteral("/api/v1/vouchers")));
    }
    SECTION("a success without an id is asked again later") {
        const TransferResult r = sendOnce(json(201, "{}"));
        CHECK_FALSE(r.transferred);
        CHECK(r.failKind == FailKind::Unreachable);
    }
    SECTION("a dropped connection") {
        const TransferResult r = sendOnce({0, {}, {}, Response::Action::DropAfterReading});
        CHECK(r.failKind == FailKind::Unreachable);
        CHECK(r.message.contains(QStringLiteral("broke")));
    }
}

TEST_CASE("RestTarget gives up after its timeout", "[resttarget]") {
    QElapsedTimer timer;
    timer.start();
    const TransferResult r = sendOnce({0, {}, {}, Response::Action::Stall}, 1);
    CHECK(timer.elapsed() < 4000);
    CHECK(timer.elapsed() >= 900);
    CHECK(r.failKind == FailKind::Unreachable);
    CHECK(r.message.contains(QStringLiteral("within 1 second")));
}

TEST_CASE("RestTarget reports a closed port as unreachable", "[resttarget]") {
    RestTarget rest({QStringLiteral("http://127.0.0.1:%1").arg(HttpStub::closedPort()), apiKey, 2});
    const TransferResult r = rest.send(voucher(1, 100), QStringLiteral("k"));
    CHECK(r.failKind == FailKind::Unreachable);
    CHECK(r.message.contains(QStringLiteral("could not connect")));
}

TEST_CASE("RestTarget keeps working across many calls on one handle", "[resttarget]") {
    int n = 0;
    HttpStub stub([&n](const HttpStub::Request&) {
        ++n;  // the stub calls its handler one request at a time
        return n == 2 ? json(500, "{}")
                      : json(201, QByteArray(R"({"id":"AC-)") + QByteArray::number(n) + "\"}");
    });
    RestTarget rest = target(stub);
    CHECK(rest.send(voucher(1, 100), QStringLiteral("a")).reference == QStringLiteral("AC-1"));
    CHECK(rest.send(voucher(2, 100), QStringLiteral("b")).failKind == FailKind::Unreachable);
    CHECK(rest.send(voucher(3, 100), QStringLiteral("c")).reference == QStringLiteral("AC-3"));
    REQUIRE(stub.requests().size() == 3);
    CHECK(stub.requests()[2].headers.value("idempotency-key") == "c");
}

TEST_CASE("RestTarget refuses settings it cannot use", "[resttarget]") {
    const auto field = [](RestTarget::Config c) {
        try {
            RestTarget t(std::move(c));
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            return e.field();
        }
        return QString();
    };
    const QString url = QStringLiteral("https://api.example.com/v1");
    CHECK(field({QString(), apiKey, 20}) == QStringLiteral("rest_url"));
    CHECK(field({QStringLiteral("ftp://example.com"), apiKey, 20}) == QStringLiteral("rest_url"));
    CHECK(field({url, QStringLiteral("  "), 20}) == QStringLiteral("rest_key"));
    CHECK(field({url, QStringLiteral("a\nb"), 20}) == QStringLiteral("rest_key"));
    CHECK(field({url, apiKey, 0}) == QStringLiteral("rest_timeout"));
    CHECK(field({url, apiKey, 61}) == QStringLiteral("rest_timeout"));  // beyond the lease
    CHECK(field({url, apiKey, 20}).isEmpty());
}

TEST_CASE("TransferTargets makes the configured target", "[resttarget][transfer]") {
    TestBusiness b;
    AccountingSettings s;
    CHECK(TransferTargets::make(b.db(), s) == nullptr);
    s.target = QStringLiteral("test");
    CHECK(TransferTargets::make(b.db(), s)->name() == QStringLiteral("test"));
    s.target = QStringLiteral("rest");
    s.restUrl = QStringLiteral("https://api.example.com/v1");
    s.restKey = apiKey;
    CHECK(TransferTargets::make(b.db(), s)->name() == QStringLiteral("rest"));
    s.restKey.clear();
    CHECK_THROWS_AS(TransferTargets::make(b.db(), s), Error);
    s.target = QStringLiteral("sap");
    try {
        TransferTargets::make(b.db(), s);
        FAIL("an unknown target was made");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("target"));
    }
    CHECK(TransferTargets::names() == QStringList{QStringLiteral("test"), QStringLiteral("rest")});
}
