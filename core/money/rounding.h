#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>

namespace skranke {

using Rational = boost::multiprecision::cpp_rational;

enum class Rounding {
    HalfAwayFromZero,  // 0.5 → 1, -0.5 → -1: the commercial rule
    TowardZero,        // truncation, for amounts that must never be exceeded
    Never,             // the result must already be whole: else an error
};

// The one place where an exact amount in minor units becomes an integer.
// `point` names the step ("vat", "interest", "partial-capture") so a Never
// failure says where rounding would have been needed.
std::int64_t roundToMinor(const Rational& minorUnits, Rounding mode, const char* point);

}  // namespace skranke
