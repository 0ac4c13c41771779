#include "shared/money/Money.h"

#include <gtest/gtest.h>

#include <limits>

using fitflow::money::CurrencyCode;
using fitflow::money::Money;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Money usd(std::int64_t cents)
{
    return Money(cents, *CurrencyCode::parse("USD"));
}

} // namespace

TEST(Money, AddsSubtractsAndMultipliesExactly)
{
    EXPECT_EQ(*Money::cad(1999).plus(Money::cad(1)), Money::cad(2000));
    EXPECT_EQ(*Money::cad(1000).minus(Money::cad(1999)), Money::cad(-999));
    EXPECT_EQ(*Money::cad(8500).times(2), Money::cad(17000));
    EXPECT_EQ(*Money::cad(250).negated(), Money::cad(-250));
}

TEST(Money, AdditionOverflowIsAnErrorNotAWrap)
{
    auto sum = Money::cad(kMax).plus(Money::cad(1));
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().code, "amount_overflow");
    auto difference = Money::cad(kMin).minus(Money::cad(1));
    ASSERT_FALSE(difference);
    EXPECT_EQ(difference.error().code, "amount_overflow");
}

TEST(Money, MultiplicationOverflowIsAnError)
{
    auto product = Money::cad(kMax / 2 + 1).times(2);
    ASSERT_FALSE(product);
    EXPECT_EQ(product.error().code, "amount_overflow");
    EXPECT_TRUE(Money::cad(kMax / 2).times(2));
}

TEST(Money, NegatingTheSmallestAmountIsAnError)
{
    auto negated = Money::cad(kMin).negated();
    ASSERT_FALSE(negated);
    EXPECT_EQ(negated.error().code, "amount_overflow");
}

TEST(Money, MixingCurrenciesIsAnError)
{
    auto sum = Money::cad(100).plus(usd(100));
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().code, "currency_mismatch");
    EXPECT_FALSE(Money::cad(100).minus(usd(1)));
    EXPECT_EQ(usd(5).plus(usd(6))->currency().view(), "USD");
}
