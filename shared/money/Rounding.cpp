#include "shared/money/Rounding.h"

#include <limits>

namespace fitflow::money {

namespace {

__extension__ using Int128 = __int128;

} // namespace

Result<std::int64_t> mulDivRoundHalfUp(std::int64_t value, std::int64_t numerator,
                                       std::int64_t denominator)
{
    if (denominator <= 0) {
        return makeError("invalid_argument", "rounding divides by a positive denominator");
    }
    // |value| < 2^63 and |numerator| < 2^63, so the product fits in 127 bits with its sign.
    const Int128 product = static_cast<Int128>(value) * numerator;
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    Int128 rounded = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) {
        ++rounded;
    }
    if (rounded > std::numeric_limits<std::int64_t>::max()) {
        return makeError("amount_overflow", "rounded quotient does not fit in 64 bits");
    }
    const auto result = static_cast<std::int64_t>(rounded);
    return negative ? -result : result;
}

Result<std::int64_t> applyRate(std::int64_t amountCents, Rate rate)
{
    return mulDivRoundHalfUp(amountCents, rate.partsPerMillion(), Rate::kPartsPerMillion);
}

} // namespace fitflow::money
