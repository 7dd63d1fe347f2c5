#include "core/dunning/dunninglaw.h"
#include "core/dunning/interestcalculator.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}
Rate pct(const char* p) {
    return Rate::percent(QLatin1String(p));
}

QString feeField(const Money& fee, const char* monthly = "0.5", const char* reference = "2") {
    try {
        DunningRules::checkParameters(DunningLaw::forCountry(QStringLiteral("DK")), fee,
                                      pct(monthly), pct(reference));
    } catch (const Error& e) {
        return e.field();
    }
    return {};
}

}  // namespace

TEST_CASE("Danish reminder fees are at most 100.00 kr", "[dunning]") {
    CHECK(feeField(dkk(10000)).isEmpty());
    CHECK(feeField(dkk(10001)) == QStringLiteral("fee"));
    CHECK(feeField(dkk(-1)) == QStringLiteral("fee"));
}

TEST_CASE("interest is at most the reference rate + 8 points a year", "[dunning]") {
    // Reference 2 %: the cap is 10 % a year, 0.8333… % a month.
    CHECK(feeField(dkk(10000), "0.8", "2").isEmpty());
    CHECK(feeField(dkk(10000), "0.84", "2") == QStringLiteral("interest_rate"));
    CHECK(feeField(dkk(10000), "-0.1", "2") == QStringLiteral("interest_rate"));
}

TEST_CASE("at most three fee-bearing reminders, at least 10 days apart", "[dunning]") {
    const DunningLaw dk = DunningLaw::forCountry(QStringLiteral("DK"));
    DunningRules::ClaimHistory h;
    const QDate jan10(2026, 1, 10);
    CHECK(DunningRules::refusal(dk, h, true, jan10).isEmpty());
    h.feeReminders = 1;
    h.lastReminder = jan10;
    CHECK_FALSE(DunningRules::refusal(dk, h, true, jan10.addDays(9)).isEmpty());
    CHECK(DunningRules::refusal(dk, h, true, jan10.addDays(10)).isEmpty());
    h.feeReminders = 3;
    CHECK(DunningRules::refusal(dk, h, true, jan10.addDays(40)).contains(QStringLiteral("3")));
    h.feeReminders = 0;
    h.lastReminder = {};
    CHECK(DunningRules::refusal(dk, h, false, jan10).contains(QStringLiteral("fees")));
}

TEST_CASE("compensation only from business debtors, once per claim", "[dunning]") {
    const DunningLaw dk = DunningLaw::forCountry(QStringLiteral("DK"));
    CHECK(dk.compensation.minor() == 31000);
    DunningRules::ClaimHistory h;
    CHECK(DunningRules::compensationDue(dk, h, true));
    CHECK_FALSE(DunningRules::compensationDue(dk, h, false));
    h.compensationCharged = true;
    CHECK_FALSE(DunningRules::compensationDue(dk, h, true));
    CHECK(DunningLaw::forCountry(QStringLiteral("NO")).maxReminderFee.currency().code() ==
          QStringLiteral("NOK"));
    CHECK(DunningLaw::forCountry(QStringLiteral("SE")).maxReminderFee.minor() == 6000);
}

TEST_CASE("interest per started month counts from the day after the due date", "[dunning]") {
    using I = InterestCalculator;
    CHECK(I::startedMonths(QDate(2026, 1, 31), QDate(2026, 1, 31)) == 0);
    CHECK(I::startedMonths(QDate(2026, 1, 31), QDate(2026, 2, 1)) == 1);
    CHECK(I::startedMonths(QDate(2026, 1, 31), QDate(2026, 2, 28)) == 1);
    CHECK(I::startedMonths(QDate(2026, 1, 31), QDate(2026, 3, 1)) == 2);
    CHECK(I::startedMonths(QDate(2026, 1, 15), QDate(2026, 2, 15)) == 1);
    CHECK(I::startedMonths(QDate(2026, 1, 15), QDate(2026, 2, 16)) == 2);
    // Late from 31 January 2028; "31 February" is the 29th in a leap year.
    CHECK(I::startedMonths(QDate(2028, 1, 30), QDate(2028, 2, 28)) == 1);
    CHECK(I::startedMonths(QDate(2028, 1, 30), QDate(2028, 2, 29)) == 2);
    CHECK(I::startedMonths(QDate(2027, 1, 30), QDate(2027, 2, 28)) == 2);
    // 1,000.00 at 0.8 % a month for 2 started months: 16.00
    CHECK(I::interest(dkk(100000), pct("0.8"), I::Mode::StartedMonth, QDate(2026, 1, 31),
                      QDate(2026, 3, 1))
              .minor() == 1600);
}

TEST_CASE("exact-day interest is actual/365, also in leap years", "[dunning]") {
    using I = InterestCalculator;
    // 1,000.00 at 1 % a month = 12 % a year; 30 days: 1000 × 0.12 × 30 / 365 = 9.863 → 9.86
    CHECK(I::interest(dkk(100000), pct("1"), I::Mode::ExactDays, QDate(2026, 1, 1),
                      QDate(2026, 1, 31))
              .minor() == 986);
    // 2028-02-01 → 2028-03-02 is 30 days across 29 February.
    CHECK(I::daysLate(QDate(2028, 2, 1), QDate(2028, 3, 2)) == 30);
    CHECK(
        I::interest(dkk(100000), pct("1"), I::Mode::ExactDays, QDate(2028, 2, 1), QDate(2028, 3, 2))
            .minor() == 986);
    // After a partial payment interest runs on what is open.
    CHECK(
        I::interest(dkk(40000), pct("1"), I::Mode::ExactDays, QDate(2026, 1, 1), QDate(2026, 1, 31))
            .minor() == 395);  // 3.945 → 3.95
    CHECK(I::interest(dkk(0), pct("1"), I::Mode::ExactDays, QDate(2026, 1, 1), QDate(2026, 1, 31))
              .isZero());
    CHECK(I::interest(dkk(100000), pct("1"), I::Mode::ExactDays, QDate(2026, 1, 31),
                      QDate(2026, 1, 1))
              .isZero());  // not yet due
}
