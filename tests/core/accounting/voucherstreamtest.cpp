#include "core/accounting/voucherstream.h"

#include "core/store/database.h"
#include "tests/support/testbusiness.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace skranke;
using namespace skranke::test;

namespace {

MadeVoucher payment(std::int64_t eventMs, std::int64_t id) {
    MadeVoucher m;
    m.eventMs = eventMs;
    m.voucher.sourceKind = QString::fromLatin1(VoucherSource::Payment);
    m.voucher.sourceId = id;
    return m;
}

// Every voucher the stream hands out, as their source ids.
std::vector<std::int64_t> drain(VoucherStream& stream) {
    std::vector<std::int64_t> ids;
    while (KeyedVoucher* v = stream.peek()) {
        ids.push_back(v->voucher.sourceId);
        stream.pop();
    }
    return ids;
}

}  // namespace

TEST_CASE("a source read on its own thread hands over all its vouchers, in order",
          "[accounting][vouchers]") {
    TestBusiness b;
    ReadingThread reader(
        b.path(),
        [](Database&, VoucherSink& out) {
            for (std::int64_t i = 1; i <= 5000; ++i)
                out.add(payment(1000 + i / 3, i));  // three at each moment
        },
        nullptr);
    const std::vector<std::int64_t> ids = drain(reader);
    REQUIRE(ids.size() == 5000);
    CHECK(ids.front() == 1);
    CHECK(ids.back() == 5000);
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK_FALSE(reader.stopped());
}

TEST_CASE("a reading stopped by the cancel flag says that what it handed over is not all",
          "[accounting][vouchers]") {
    TestBusiness b;
    std::atomic<bool> cancel{false};
    ReadingThread reader(
        b.path(),
        [&cancel](Database&, VoucherSink& out) {
            for (std::int64_t i = 1; i <= 100000; ++i) {
                if (i == 3000)
                    cancel = true;  // the window closes
                out.add(payment(i, i));
            }
        },
        &cancel);
    const std::vector<std::int64_t> ids = drain(reader);
    CHECK(ids.size() < 100000);
    CHECK(reader.stopped());
}

TEST_CASE("what goes wrong while a source reads is told to the one taking its vouchers",
          "[accounting][vouchers]") {
    TestBusiness b;
    SECTION("the source's own error") {
        ReadingThread reader(
            b.path(),
            [](Database& db, VoucherSink& out) {
                out.add(payment(1, 1));
                db.prepare("SELECT no_such_column FROM voucher").step();
            },
            nullptr);
        CHECK_THROWS(drain(reader));
    }
    SECTION("a source that reads out of event order") {
        ReadingThread reader(
            b.path(),
            [](Database&, VoucherSink& out) {
                out.add(payment(2, 1));
                out.add(payment(1, 2));
            },
            nullptr);
        CHECK_THROWS_AS(drain(reader), std::logic_error);
    }
}

TEST_CASE("collected vouchers come out in event order: time, then kind, then source",
          "[accounting][vouchers]") {
    CollectedVouchers collected;
    MadeVoucher invoice = payment(5, 9);
    invoice.voucher.sourceKind = QString::fromLatin1(VoucherSource::Invoice);
    MadeVoucher writeOff = payment(5, 1);
    writeOff.voucher.sourceKind = QString::fromLatin1(VoucherSource::WriteOff);
    collected.add(payment(7, 2));
    collected.add(std::move(writeOff));
    collected.add(payment(5, 4));
    collected.add(payment(5, 3));
    collected.add(std::move(invoice));
    collected.sort();
    CHECK(drain(collected) == std::vector<std::int64_t>{9, 3, 4, 1, 2});
}
