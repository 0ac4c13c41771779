#pragma once
// An amount of money: integer cents plus currency. Arithmetic is checked (overflow and mixed
// currencies are errors) and never touches floating point.

#include "shared/core/Result.h"
#include "shared/money/CurrencyCode.h"

#include <cstdint>

namespace fitflow::money {

class Money {
public:
    constexpr Money() = default;
    constexpr explicit Money(std::int64_t cents, CurrencyCode currency = {})
        : m_cents(cents)
        , m_currency(currency)
    {
    }

    static constexpr Money cad(std::int64_t cents) { return Money(cents); }

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr CurrencyCode currency() const { return m_currency; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // Errors: `currency_mismatch`, `amount_overflow`.
    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;
    Result<Money> times(std::int64_t factor) const;
    Result<Money> negated() const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    std::int64_t m_cents = 0;
    CurrencyCode m_currency;
};

} // namespace fitflow::money
