#include "shared/money/Rounding.h"

#include <gtest/gtest.h>

#include <limits>

using fitflow::money::applyRate;
using fitflow::money::mulDivRoundHalfUp;
using fitflow::money::Rate;

namespace {

Rate percent(const char* text)
{
    return *Rate::fromPercentString(text);
}

} // namespace

TEST(Rounding, HalfACentRoundsUp)
{
    // 13% of $1.10 = 14.3 cents; 5% of $0.10 = 0.5 cent; 5% of $0.09 = 0.45 cent.
    EXPECT_EQ(*applyRate(110, percent("13")), 14);
    EXPECT_EQ(*applyRate(10, percent("5")), 1);
    EXPECT_EQ(*applyRate(9, percent("5")), 0);
    EXPECT_EQ(*applyRate(1999, percent("13")), 260);     // 259.87
    EXPECT_EQ(*applyRate(10000, percent("9.975")), 998); // 997.5
    EXPECT_EQ(*applyRate(1999, percent("9.975")), 199);  // 199.40
}

TEST(Rounding, NegativeAmountsMirrorPositiveOnes)
{
    EXPECT_EQ(*applyRate(-10000, percent("9.975")), -998);
    EXPECT_EQ(*applyRate(-10, percent("5")), -1);
    EXPECT_EQ(*mulDivRoundHalfUp(-7, 1, 2), -4);
    EXPECT_EQ(*mulDivRoundHalfUp(7, 1, 2), 4);
}

TEST(Rounding, ExactForTheLargestAmounts)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    // The 128-bit intermediate keeps this exact: max × 1e6 / 1e6 = max.
    EXPECT_EQ(*applyRate(kMax, percent("100")), kMax);
    EXPECT_EQ(*mulDivRoundHalfUp(kMax, kMax, kMax), kMax);
}

TEST(Rounding, QuotientOverflowIsAnError)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    auto result = mulDivRoundHalfUp(kMax, 2, 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "amount_overflow");
}

TEST(Rounding, DenominatorMustBePositive)
{
    auto result = mulDivRoundHalfUp(1, 1, 0);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "invalid_argument");
    EXPECT_FALSE(mulDivRoundHalfUp(1, 1, -5));
}
