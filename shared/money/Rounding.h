#pragma once
// Exact "multiply then divide, round half up to the cent" (ETA s.165.2: a fraction of half a cent
// or more counts as a cent). The intermediate product is 128-bit, so tax on any int64 amount at
// any rate is exact; only a quotient that does not fit int64 is an error.

#include "shared/core/Result.h"
#include "shared/money/Rate.h"

#include <cstdint>

namespace fitflow::money {

// round(value × numerator / denominator), halves rounded away from zero so that a credit note's
// negative amounts mirror the invoice's exactly. `denominator` must be positive.
// Errors: `amount_overflow`, `invalid_argument` (denominator ≤ 0).
Result<std::int64_t> mulDivRoundHalfUp(std::int64_t value, std::int64_t numerator,
                                       std::int64_t denominator);

// The tax at `rate` on `amountCents`, rounded half up to the cent.
Result<std::int64_t> applyRate(std::int64_t amountCents, Rate rate);

} // namespace fitflow::money
