#include "shared/money/CurrencyCode.h"

#include <gtest/gtest.h>

using fitflow::money::CurrencyCode;

TEST(CurrencyCode, DefaultsToCanadianDollars)
{
    EXPECT_EQ(CurrencyCode{}.view(), "CAD");
}

TEST(CurrencyCode, ParsesThreeUpperCaseLetters)
{
    auto usd = CurrencyCode::parse("USD");
    ASSERT_TRUE(usd);
    EXPECT_EQ(usd->view(), "USD");
    EXPECT_NE(*usd, CurrencyCode{});
}

TEST(CurrencyCode, RejectsOtherShapes)
{
    for (const char* bad : {"", "CA", "CADX", "cad", "C4D", "CA "}) {
        auto parsed = CurrencyCode::parse(bad);
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().code, "invalid_currency") << bad;
    }
}
