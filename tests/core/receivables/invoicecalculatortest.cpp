#include "core/invoicing/invoicecalculator.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>
#include <random>

using namespace skranke;
using skranke::test::dkk;
using skranke::test::line;

TEST_CASE("a line's amount and net are rounded once each", "[invoicing]") {
    const InvoiceLine l = InvoiceCalculator::line(line("Hytte", 3000, 89500));
    CHECK(l.gross.minor() == 268500);
    CHECK(l.net.minor() == 214800);
    const InvoiceLine half = InvoiceCalculator::line(line("Kano", 1500, 15000, "25", "10"));
    CHECK(half.gross.minor() == 20250);  // 1.5 × 150.00 × 0.9
    CHECK(half.net.minor() == 16200);
}

TEST_CASE("EN 16931: VAT per rate on the sum of line net amounts", "[invoicing]") {
    Invoice inv;
    // Ten lines of 0.99 incl. 25 %: each net 0.79 (0.792); Σ net 7.90, VAT 1.98 (not 10 × 0.20).
    std::vector<InvoiceLineInput> lines(10, line("Sodavand", 1000, 99));
    InvoiceCalculator::computeTotals(inv, lines);
    REQUIRE(inv.vat.size() == 1);
    CHECK(inv.vat[0].base.minor() == 790);
    CHECK(inv.vat[0].vat.minor() == 198);
    CHECK(inv.total.minor() == 988);  // Σ net + VAT; the lines incl. VAT sum to 9.90
}

TEST_CASE("mixed rates and discounts give one VAT line per rate", "[invoicing]") {
    Invoice inv;
    InvoiceCalculator::computeTotals(
        inv, {line("Overnatning", 2000, 112000, "12"), line("Middag", 2000, 45000, "25", "10"),
              line("Gavekort", 1000, 50000, "0")});
    REQUIRE(inv.vat.size() == 3);
    CHECK(inv.vat[0].rate == Rate::percent(QStringLiteral("25")));
    CHECK(inv.vat[0].base.minor() == 64800);  // 810.00 / 1.25
    CHECK(inv.vat[0].vat.minor() == 16200);
    CHECK(inv.vat[1].base.minor() == 200000);  // 2240.00 / 1.12
    CHECK(inv.vat[1].vat.minor() == 24000);
    CHECK(inv.vat[2].vat.minor() == 0);
    CHECK(inv.total.minor() == 64800 + 16200 + 200000 + 24000 + 50000);
}

TEST_CASE("many-line invoices: totals equal Σ per-rate net plus VAT and stay near the gross",
          "[invoicing]") {
    std::mt19937_64 rng(42);
    const char* rates[] = {"25", "12", "6", "0"};
    for (int round = 0; round < 200; ++round) {
        std::vector<InvoiceLineInput> lines;
        std::int64_t grossSum = 0;
        const int n = 1 + int(rng() % 60);
        for (int i = 0; i < n; ++i) {
            auto l = line("x", std::int64_t(1 + rng() % 5000), std::int64_t(rng() % 200000),
                          rates[rng() % 4], (rng() % 3 == 0) ? "15" : "0");
            grossSum += InvoiceCalculator::line(l).gross.minor();
            lines.push_back(l);
        }
        Invoice inv;
        InvoiceCalculator::computeTotals(inv, lines);
        std::int64_t net = 0, vat = 0;
        for (const auto& v : inv.vat) {
            net += v.base.minor();
            vat += v.vat.minor();
            // VAT is exactly the rounded product of the base.
            CHECK(v.vat == v.base.times(v.rate, Rounding::HalfAwayFromZero, "t"));
        }
        CHECK(inv.total.minor() == net + vat);
        // Each line's net is within ½ øre of exact, so the total is within n øre of the gross.
        CHECK(std::abs(inv.total.minor() - grossSum) <= n);
    }
}
