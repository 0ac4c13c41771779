#pragma once
// An exact tax rate, stored as parts per million of the amount (13% = 130000, 9.975% = 99750),
// so every rate in use since 1991 is exact and rate arithmetic stays in integers.

#include "shared/core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace fitflow::money {

class Rate {
public:
    static constexpr std::int64_t kPartsPerMillion = 1'000'000;

    constexpr Rate() = default;

    // 0..100% only; anything else is `invalid_rate`.
    static Result<Rate> fromPartsPerMillion(std::int64_t partsPerMillion);
    // Parses a percentage with at most four decimals ("5", "13", "9.975"); no sign, exponent or
    // spaces. Errors: `invalid_rate`.
    static Result<Rate> fromPercentString(std::string_view percent);

    constexpr std::int64_t partsPerMillion() const { return m_partsPerMillion; }
    constexpr bool isZero() const { return m_partsPerMillion == 0; }

    // The percentage without trailing zeros: "5", "13", "9.975", "0.5".
    std::string percentString() const;

    friend bool operator==(const Rate&, const Rate&) = default;
    friend bool operator<(const Rate& a, const Rate& b)
    {
        return a.m_partsPerMillion < b.m_partsPerMillion;
    }

private:
    constexpr explicit Rate(std::int64_t partsPerMillion)
        : m_partsPerMillion(partsPerMillion)
    {
    }

    std::int64_t m_partsPerMillion = 0;
};

} // namespace fitflow::money
