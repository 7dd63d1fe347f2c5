#pragma once

#include <QDate>
#include <random>

namespace skranke {

class Session;

// Two weeks at the demo's two tills: a shift a day on each, opened with a
// float, café and shop sales paid in cash, by card or split, now and then a
// return, cash taken to the bank, and a Z report that closes the day.
class DemoTill final {
public:
    static void build(const Session& owner, const QDate& today, std::mt19937_64& rng);
};

}  // namespace skranke
