#pragma once
// Integer arithmetic on cents that reports overflow as an error instead of wrapping, so a huge
// invoice fails loudly rather than printing a negative total.

#include "shared/core/Result.h"

#include <cstdint>

namespace fitflow::money {

inline Error overflowError(const char* operation)
{
    return makeError("amount_overflow", std::string("integer overflow in ") + operation);
}

inline Result<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return overflowError("addition");
    }
    return sum;
}

inline Result<std::int64_t> checkedSub(std::int64_t a, std::int64_t b)
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a, b, &difference)) {
        return overflowError("subtraction");
    }
    return difference;
}

inline Result<std::int64_t> checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product)) {
        return overflowError("multiplication");
    }
    return product;
}

} // namespace fitflow::money
