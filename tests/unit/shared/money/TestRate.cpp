#include "shared/money/Rate.h"

#include <gtest/gtest.h>

using fitflow::money::Rate;

TEST(Rate, ParsesPercentagesExactly)
{
    EXPECT_EQ(Rate::fromPercentString("5")->partsPerMillion(), 50'000);
    EXPECT_EQ(Rate::fromPercentString("13")->partsPerMillion(), 130'000);
    EXPECT_EQ(Rate::fromPercentString("9.975")->partsPerMillion(), 99'750);
    EXPECT_EQ(Rate::fromPercentString("7.5")->partsPerMillion(), 75'000);
    EXPECT_EQ(Rate::fromPercentString("0.0001")->partsPerMillion(), 1);
    EXPECT_EQ(Rate::fromPercentString("100")->partsPerMillion(), 1'000'000);
    EXPECT_EQ(Rate::fromPercentString("0")->partsPerMillion(), 0);
}

TEST(Rate, FormatsWithoutTrailingZeros)
{
    EXPECT_EQ(Rate::fromPercentString("5")->percentString(), "5");
    EXPECT_EQ(Rate::fromPercentString("13")->percentString(), "13");
    EXPECT_EQ(Rate::fromPercentString("9.975")->percentString(), "9.975");
    EXPECT_EQ(Rate::fromPercentString("9.9750")->percentString(), "9.975");
    EXPECT_EQ(Rate::fromPercentString("8.50")->percentString(), "8.5");
    EXPECT_EQ(Rate::fromPercentString("0.05")->percentString(), "0.05");
    EXPECT_EQ(Rate::fromPercentString("10")->percentString(), "10");
    EXPECT_EQ(Rate::fromPartsPerMillion(1)->percentString(), "0.0001");
}

TEST(Rate, RejectsMalformedPercentages)
{
    for (const char* bad : {"", ".", "5.", ".5", "-5", "+5", "5%", "9.99751", "1e2", " 5", "5 ",
                            "1000", "100.0001", "12a", "1.2.3"}) {
        auto rate = Rate::fromPercentString(bad);
        ASSERT_FALSE(rate) << bad;
        EXPECT_EQ(rate.error().code, "invalid_rate") << bad;
    }
}

TEST(Rate, RejectsPartsPerMillionOutsideZeroToOneHundredPercent)
{
    EXPECT_FALSE(Rate::fromPartsPerMillion(-1));
    EXPECT_FALSE(Rate::fromPartsPerMillion(1'000'001));
    EXPECT_TRUE(Rate::fromPartsPerMillion(0));
}

TEST(Rate, OrdersByValue)
{
    EXPECT_LT(*Rate::fromPercentString("9.5"), *Rate::fromPercentString("9.975"));
    EXPECT_EQ(*Rate::fromPercentString("14"), *Rate::fromPartsPerMillion(140'000));
}
