#include "core/store/error.h"
#include "core/time/clockfactory.h"

#include <catch2/catch.hpp>

using namespace skranke;

TEST_CASE("SKRANKE_NOW fixes the clock", "[time]") {
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
    };
    CHECK(ClockFactory::parseInstant(QStringLiteral("2026-01-31T09:30"), QStringLiteral("t")) ==
          utc(2026, 1, 31, 9, 30));
    CHECK(ClockFactory::parseInstant(QStringLiteral("2026-01-31T09:30+01:00"),
                                     QStringLiteral("t")) == utc(2026, 1, 31, 8, 30));
    CHECK_THROWS_AS(
        ClockFactory::parseInstant(QStringLiteral("2026-02-30T09:30"), QStringLiteral("t")), Error);
    CHECK_THROWS_AS(ClockFactory::parseInstant(QStringLiteral("tomorrow"), QStringLiteral("t")),
                    Error);

    qputenv("SKRANKE_NOW", "2026-11-23T10:00");
    CHECK(ClockFactory::fromEnvironment()->nowMs() == utc(2026, 11, 23, 10, 0));
    qunsetenv("SKRANKE_NOW");
    CHECK(ClockFactory::fromEnvironment()->nowMs() > utc(2026, 1, 1, 0, 0));
}

TEST_CASE("a fixed clock only moves when told", "[time]") {
    FixedClock c(1000);
    CHECK(c.nowMs() == 1000);
    c.advanceMs(500);
    CHECK(c.nowMs() == 1500);
}
