#pragma once
// An ISO 4217 alphabetic currency code ("CAD"): three upper-case ASCII letters, stored inline so
// Money stays a small value type.

#include "shared/core/Result.h"

#include <array>
#include <string_view>

namespace fitflow::money {

class CurrencyCode {
public:
    // Canadian dollars, the default currency of every FitFlow amount.
    constexpr CurrencyCode()
        : m_letters{'C', 'A', 'D'}
    {
    }

    // Accepts exactly three letters A–Z; anything else is `invalid_currency`.
    static Result<CurrencyCode> parse(std::string_view text);

    std::string_view view() const { return {m_letters.data(), m_letters.size()}; }

    friend bool operator==(const CurrencyCode&, const CurrencyCode&) = default;

private:
    std::array<char, 3> m_letters;
};

} // namespace fitflow::money
