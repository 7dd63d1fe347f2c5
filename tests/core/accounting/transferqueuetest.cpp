#include "core/accounting/resttarget.h"
#include "core/accounting/testtarget.h"
#include "core/accounting/transferqueue.h"
#include "core/accounting/voucherstore.h"
#include "core/journal/journal.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "tests/support/httpstub.h"
#include "tests/support/testbusiness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>

using namespace skranke;
using namespace skranke::test;

namespace {

using Response = HttpStub::Response;

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

// Records what reaches it, in order; answers "F-<number>" unless a failure
// is scripted for a voucher's next send.
class RecordingTarget final : public TransferTarget {
public:
    std::vector<std::int64_t> sent;
    std::vector<QString> keys;
    std::map<std::int64_t, TransferResult> failNext;
    std::function<void(const Voucher&)> during;

    QString name() const override { return QStringLiteral("fake"); }
    TransferResult send(const Voucher& v, const QString& key) override {
        sent.push_back(v.number);
        keys.push_back(key);
        if (during)
            during(v);
        if (const auto it = failNext.find(v.number); it != failNext.end()) {
            const TransferResult r = it->second;
            failNext.erase(it);
            return r;
        }
        return TransferResult::ok(QStringLiteral("F-%1").arg(v.number));
    }
};

struct Books {
    TestBusiness b;

    Books() {
        b.db().exec(
            "INSERT OR IGNORE INTO account(number, name, kind) VALUES "
            "('1010', 'Sales', 'revenue'), ('5600', 'Debtors', 'asset')");
    }
    Database& db() { return b.db(); }

    // Vouchers numbered 1, 2, 3 … in the order added.
    std::int64_t add(VoucherState state = VoucherState::Queued, std::int64_t minor = 10000) {
        Voucher v;
        v.date = QDate(2026, 3, 2);
        v.currency = QStringLiteral("DKK");
        v.sourceKind = QString::fromLatin1(VoucherSource::Invoice);
        v.sourceId = ++m_source;
        v.sourceRef = QStringLiteral("Invoice %1").arg(1000 + m_source);
        v.category = VoucherCategory::Sale;
        v.text = QStringLiteral("Sale");
        v.createdMs = b.clock().nowMs();
        v.state = state;
        if (state == VoucherState::Queued)
            v.queuedMs = b.clock().nowMs();
        v.lines = {
            {QStringLiteral("receivable"), {}, QStringLiteral("5600"), dkk(minor), {}, {}, {}},
            {QStringLiteral("revenue"), {}, QStringLiteral("1010"), dkk(-minor), {}, {}, {}}};
        Transaction tx(db());
        VoucherStore::insert(db(), v);
        tx.commit();
        return v.number;
    }
    void addQueued(int n) {
        Transaction tx(db());  // one commit, not n
        for (int i = 0; i < n; ++i)
            add();
        tx.commit();
    }
    Voucher voucher(std::int64_t number) { return *VoucherStore::byNumber(db(), number); }
    void requeue(std::int64_t number) {
        Transaction tx(db());
        VoucherStore::markQueued(db(), voucher(number).id, b.clock().nowMs());
        tx.commit();
    }
    TransferRun run(TransferTarget& target) { return TransferQueue::run(db(), b.clock(), target); }
    int journaled(const char* action) {
        auto st = db().prepare("SELECT count(*) FROM journal WHERE action = ?1");
        st.bind(1, action);
        st.step();
        return int(st.int64(0));
    }
    QString leaseOwner() {
        auto st = db().prepare("SELECT owner FROM accounting_worker WHERE id = 1");
        st.step();
        return st.text(0);
    }

private:
    int m_source = 0;
};

using Numbers = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("The queue sends queued vouchers in number order", "[transfer]") {
    Books books;
    for (int i = 0; i < 6; ++i)
        books.add(i == 2 ? VoucherState::Pending : VoucherState::Queued);
    RecordingTarget target;

    const TransferRun run = books.run(target);
    CHECK(run.transferred == 5);
    CHECK(run.failed == 0);
    CHECK_FALSE(run.stopped);
    CHECK_FALSE(run.busy);
    CHECK(target.sent == Numbers{1, 2, 4, 5, 6});
    for (const std::int64_t n : {1, 2, 4, 5, 6}) {
        const Voucher v = books.voucher(n);
        CHECK(v.state == VoucherState::Transferred);
        CHECK(v.target == QStringLiteral("fake"));
        CHECK(v.targetRef == QStringLiteral("F-%1").arg(n));
        CHECK(v.transferredMs == books.b.clock().nowMs());
        CHECK(v.attempts == 1);
    }
    CHECK(target.keys[0] == books.voucher(1).uidText());
    CHECK(books.voucher(3).state == VoucherState::Pending);
    CHECK(books.voucher(3).attempts == 0);
    CHECK(books.leaseOwner().isEmpty());

    // Nothing is left: a second run sends nothing.
    CHECK(books.run(target).transferred == 0);
    CHECK(target.sent.size() == 5);
}

TEST_CASE("The queue stops after maxVouchers", "[transfer]") {
    Books books;
    books.addQueued(4);
    RecordingTarget target;
    CHECK(TransferQueue::run(books.db(), books.b.clock(), target, 3).transferred == 3);
    CHECK(books.voucher(4).state == VoucherState::Queued);
    CHECK(books.run(target).transferred == 1);
    CHECK(target.sent == Numbers{1, 2, 3, 4});
}

TEST_CASE("A stopped run ends after the voucher being sent; the rest wait for the next run",
          "[transfer]") {
    Books books;
    books.addQueued(5);
    RecordingTarget target;
    std::atomic<bool> stop{false};
    // The window closes while voucher 2 is with the accounting program.
    target.during = [&stop](const Voucher& v) {
        if (v.number == 2)
            stop = true;
    };
    const TransferRun run =
        TransferQueue::run(books.db(), books.b.clock(), target, TransferQueue::AllQueued, &stop);
    CHECK(run.transferred == 2);
    CHECK_FALSE(run.stopped);  // not the target's doing: nothing to restart
    CHECK(books.voucher(2).state == VoucherState::Transferred);
    CHECK(books.voucher(2).targetRef == QStringLiteral("F-2"));
    CHECK(books.voucher(3).state == VoucherState::Queued);
    CHECK(books.voucher(3).attempts == 0);
    CHECK(books.leaseOwner().isEmpty());
    CHECK(books.run(target).transferred == 3);
    CHECK(target.sent == Numbers{1, 2, 3, 4, 5});
}

TEST_CASE("A rejected voucher fails and the others still go", "[transfer]") {
    Books books;
    books.addQueued(5);
    RecordingTarget target;
    target.failNext[2] =
        TransferResult::failed(FailKind::Rejected, QStringLiteral("account 5600 is closed"));

    const TransferRun run = books.run(target);
    CHECK(target.sent == Numbers{1, 2, 3, 4, 5});
    CHECK(run.transferred == 4);
    CHECK(run.failed == 1);
    CHECK_FALSE(run.stopped);
    const Voucher v2 = books.voucher(2);
    CHECK(v2.state == VoucherState::Failed);
    CHECK(v2.failKind == FailKind::Rejected);
    CHECK(v2.failReason == QStringLiteral("account 5600 is closed"));
    CHECK(v2.targetRef.isEmpty());

    // A voucher-level failure holds nothing back.
    books.add();
    CHECK(books.run(target).transferred == 1);
    CHECK(target.sent.back() == 6);
}

TEST_CASE("A target-level failure stops the queue and later vouchers wait for it", "[transfer]") {
    const FailKind kind = GENERATE(FailKind::Unreachable, FailKind::Quota);
    Books books;
    books.addQueued(5);
    RecordingTarget target;
    target.failNext[2] = TransferResult::failed(kind, QStringLiteral("connection refused"));

    const TransferRun first = books.run(target);
    CHECK(target.sent == Numbers{1, 2});
    CHECK(first.transferred == 1);
    CHECK(first.failed == 1);
    CHECK(first.stopped);
    CHECK(first.stopReason.contains(QStringLiteral("connection refused")));
    CHECK(books.voucher(2).state == VoucherState::Failed);
    CHECK(books.voucher(2).failKind == kind);
    for (const std::int64_t n : {3, 4, 5})
        CHECK(books.voucher(n).state == VoucherState::Queued);

    // The target is back, but 3 does not overtake 2.
    const TransferRun second = books.run(target);
    CHECK(target.sent == Numbers{1, 2});
    CHECK(second.stopped);
    CHECK(second.transferred == 0);
    CHECK(second.stopReason.contains(QStringLiteral("Voucher 2")));
    CHECK(books.leaseOwner().isEmpty());

    books.requeue(2);
    const TransferRun third = books.run(target);
    CHECK(target.sent == Numbers{1, 2, 2, 3, 4, 5});
    CHECK(third.transferred == 4);
    CHECK_FALSE(third.stopped);
    CHECK(books.voucher(2).targetRef == QStringLiteral("F-2"));
    CHECK(books.voucher(2).attempts == 2);
    CHECK(target.keys[1] == target.keys[2]);  // the retry carries the same key
}

TEST_CASE("Every attempt and its answer are journaled by the system", "[transfer]") {
    Books books;
    books.addQueued(3);
    RecordingTarget target;
    target.failNext[2] = TransferResult::failed(FailKind::Unreachable, QStringLiteral("down"));
    books.run(target);
    books.requeue(2);
    books.run(target);

    CHECK(books.journaled("transfer.attempt") == 4);
    CHECK(books.journaled("transfer.done") == 3);
    CHECK(books.journaled("transfer.failed") == 1);
    const Voucher v2 = books.voucher(2);
    std::vector<JournalEntry> entries = Journal::forEntity(books.db(), v2.uid);
    std::erase_if(entries, [](const JournalEntry& e) {
        return !e.action.startsWith(QLatin1String("transfer."));
    });
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].action == QStringLiteral("transfer.attempt"));
    CHECK(entries[1].action == QStringLiteral("transfer.failed"));
    CHECK(entries[2].action == QStringLiteral("transfer.attempt"));
    CHECK(entries[3].action == QStringLiteral("transfer.done"));
    CHECK(entries[0].entity == QStringLiteral("voucher"));
    CHECK(entries[0].userUid.isEmpty());
    CHECK(entries[0].userLogin == QStringLiteral("system"));
    const QJsonObject retry = QJsonDocument::fromJson(entries[2].payload.toUtf8()).object();
    CHECK(retry.value(u"number").toInteger() == 2);
    CHECK(retry.value(u"target").toString() == QStringLiteral("fake"));
    CHECK(retry.value(u"attempt").toInteger() == 2);
    CHECK(entries[1].payload.contains(QStringLiteral("down")));
    CHECK(entries[3].payload.contains(QStringLiteral("F-2")));
    CHECK(Journal::verify(books.db()).ok());
}

TEST_CASE("A held lease makes a second worker busy", "[transfer]") {
    Books books;
    books.addQueued(3);
    RecordingTarget target;

    SECTION("held by another process") {
        books.db()
            .prepare("UPDATE accounting_worker SET owner = 'other', until_ms = ?1 WHERE id = 1")
            .bind(1, books.b.clock().nowMs() + 30'000)
            .run();
        const TransferRun run = books.run(target);
        CHECK(run.busy);
        CHECK_FALSE(run.stopReason.isEmpty());
        CHECK(target.sent.empty());
        CHECK(books.leaseOwner() == QStringLiteral("other"));
        CHECK(books.voucher(1).state == VoucherState::Queued);

        // A lease that ran out is taken over.
        books.b.clock().advanceMs(31'000);
        CHECK(books.run(target).transferred == 3);
    }
    SECTION("held by a run in progress") {
        RecordingTarget inner;
        std::optional<TransferRun> nested;
        target.during = [&](const Voucher&) {
            if (!nested)
                nested = books.run(inner);
        };
        CHECK(books.run(target).transferred == 3);
        REQUIRE(nested);
        CHECK(nested->busy);
        CHECK(inner.sent.empty());
    }
    CHECK(books.leaseOwner().isEmpty());
}

TEST_CASE("The lease is given back when the run fails", "[transfer]") {
    Books books;
    books.addQueued(2);
    RecordingTarget target;
    // Something else marks the voucher transferred while it is out: writing
    // the answer then hits the "transferred is final" trigger and throws.
    target.during = [&](const Voucher& v) {
        Transaction tx(books.db());
        VoucherStore::markTransferred(books.db(), v.id, 1, QStringLiteral("x"),
                                      QStringLiteral("y"));
        tx.commit();
    };
    CHECK_THROWS(books.run(target));
    CHECK(books.leaseOwner().isEmpty());
    target.during = nullptr;
    const TransferRun again = books.run(target);
    CHECK_FALSE(again.busy);
    CHECK(again.transferred == 1);
}

TEST_CASE("A crash after the attempt is journaled books the voucher once", "[transfer]") {
    Books books;
    books.addQueued(2);
    TestTarget target(books.db(), books.b.clock());
    // The previous run counted the attempt and the program booked the
    // voucher, but the answer was never written: it is still queued.
    const Voucher v1 = books.voucher(1);
    {
        Transaction tx(books.db());
        VoucherStore::countAttempt(books.db(), v1.id);
        tx.commit();
    }
    CHECK(target.send(v1, v1.uidText()).reference == QStringLiteral("TEST-1"));
    CHECK(books.voucher(1).state == VoucherState::Queued);

    const TransferRun run = books.run(target);
    CHECK(run.transferred == 2);
    CHECK(TestTarget::entryCount(books.db()) == 2);
    CHECK(books.voucher(1).targetRef == QStringLiteral("TEST-1"));
    CHECK(books.voucher(1).target == QStringLiteral("test"));
    CHECK(books.voucher(1).attempts == 2);
    CHECK(books.voucher(2).targetRef == QStringLiteral("TEST-2"));
}

namespace {

// An accounting program's voucher API with its idempotency: a key it has
// seen is answered 409 with the first id and booked nothing.
class FakeProgram final {
public:
    Response handle(const HttpStub::Request& r) {
        std::lock_guard lock(m_mutex);
        if (r.headers.value("authorization") != "Bearer k")
            return {401, {}, {}};
        const QByteArray key = r.headers.value("idempotency-key");
        if (const auto it = m_ids.find(key); it != m_ids.end())
            return {409, R"({"id":")" + it->second + "\"}", {}};
        const QByteArray id = "AC-" + QByteArray::number(m_booked.size() + 1);
        m_ids[key] = id;
        m_booked.push_back(QJsonDocument::fromJson(r.body).object().value(u"number").toInteger());
        Response answer{201, R"({"id":")" + id + "\"}", {}};
        if (std::exchange(m_dropNext, false))
            answer.action = Response::Action::DropAfterReading;
        return answer;
    }
    void dropNext() {
        std::lock_guard lock(m_mutex);
        m_dropNext = true;
    }
    std::vector<qint64> booked() const {
        std::lock_guard lock(m_mutex);
        return m_booked;
    }

private:
    mutable std::mutex m_mutex;
    std::map<QByteArray, QByteArray> m_ids;
    std::vector<qint64> m_booked;
    bool m_dropNext = false;
};

}  // namespace

TEST_CASE("A lost answer from the REST program books the voucher once", "[transfer][resttarget]") {
    Books books;
    books.addQueued(2);
    FakeProgram program;
    HttpStub stub([&program](const HttpStub::Request& r) { return program.handle(r); });
    RestTarget target({stub.baseUrl(), QStringLiteral("k"), 5});

    program.dropNext();
    const TransferRun first = books.run(target);
    CHECK(first.stopped);
    CHECK(books.voucher(1).state == VoucherState::Failed);
    CHECK(books.voucher(1).failKind == FailKind::Unreachable);
    CHECK(books.voucher(2).state == VoucherState::Queued);
    CHECK(program.booked() == std::vector<qint64>{1});

    books.requeue(1);
    const TransferRun second = books.run(target);
    CHECK(second.transferred == 2);
    CHECK(books.voucher(1).targetRef == QStringLiteral("AC-1"));
    CHECK(books.voucher(2).targetRef == QStringLiteral("AC-2"));
    CHECK(program.booked() == std::vector<qint64>{1, 2});
    const std::vector<HttpStub::Request> requests = stub.requests();
    REQUIRE(requests.size() == 3);
    CHECK(requests[0].headers.value("idempotency-key") ==
          requests[1].headers.value("idempotency-key"));
}

TEST_CASE("A wrong API key fails one voucher and the rest wait for the right key",
          "[transfer][resttarget]") {
    Books books;
    books.addQueued(3);
    FakeProgram program;
    HttpStub stub([&program](const HttpStub::Request& r) { return program.handle(r); });

    RestTarget wrongKey({stub.baseUrl(), QStringLiteral("typo"), 5});
    const TransferRun refused = books.run(wrongKey);
    CHECK(refused.stopped);
    CHECK(refused.failed == 1);
    CHECK(refused.stopReason.contains(QStringLiteral("refused the API key")));
    CHECK(books.voucher(1).state == VoucherState::Failed);
    CHECK(books.voucher(2).state == VoucherState::Queued);
    CHECK(books.voucher(3).state == VoucherState::Queued);
    CHECK(stub.requests().size() == 1);

    books.requeue(1);
    RestTarget rightKey({stub.baseUrl(), QStringLiteral("k"), 5});
    CHECK(books.run(rightKey).transferred == 3);
    CHECK(program.booked() == std::vector<qint64>{1, 2, 3});
}

// Not a timed test: run by hand with "[.transfer-bench]" to see the rate of
// the whole worker (two commits and two journal entries per voucher, one HTTP
// request) against a loopback stub, and of its two halves alone.
// SKRANKE_TRANSFER_BENCH_N sets the count (default 2000).
TEST_CASE("Transfer rate against a loopback voucher API", "[.transfer-bench]") {
    const int n = qEnvironmentVariableIntValue("SKRANKE_TRANSFER_BENCH_N") > 0
                      ? qEnvironmentVariableIntValue("SKRANKE_TRANSFER_BENCH_N")
                      : 2000;
    const auto report = [n](const char* what, const QElapsedTimer& timer) {
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::cout << "{\"what\": \"" << what << "\", \"vouchers\": " << n
                  << ", \"seconds\": " << seconds << ", \"per_second\": " << int(n / seconds)
                  << "}\n";
    };
    FakeProgram program;
    HttpStub stub([&program](const HttpStub::Request& r) { return program.handle(r); });
    RestTarget target({stub.baseUrl(), QStringLiteral("k"), 5});
    QElapsedTimer timer;
    {
        Books books;
        books.addQueued(n);
        timer.start();
        const TransferRun run = books.run(target);
        report("queue + rest", timer);
        CHECK(run.transferred == n);
    }
    {
        Books books;
        books.addQueued(n);
        RecordingTarget recording;
        timer.start();
        CHECK(books.run(recording).transferred == n);
        report("queue only", timer);
        const Voucher v = books.voucher(1);
        timer.start();
        for (int i = 0; i < n; ++i)
            target.send(v, QStringLiteral("bench-%1").arg(i));
        report("rest only", timer);
    }
}
