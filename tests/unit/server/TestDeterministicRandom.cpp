#include "server/service/DeterministicRandom.h"

#include <gtest/gtest.h>

using fitflow::service::DeterministicRandom;

TEST(DeterministicRandom, MatchesSplitMix64ReferenceOutput)
{
    // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    DeterministicRandom random(0);
    EXPECT_EQ(random.next(), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(random.next(), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(random.next(), 0x06C45D188009454FULL);
}

TEST(DeterministicRandom, SameSeedSameSequence)
{
    DeterministicRandom a(42);
    DeterministicRandom b(42);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(a.below(1000), b.below(1000));
    }
}

TEST(DeterministicRandom, BelowStaysInRangeAndCoversIt)
{
    DeterministicRandom random(7);
    std::array<int, 6> seen{};
    for (int i = 0; i < 600; ++i) {
        const auto value = random.below(6);
        ASSERT_LT(value, 6U);
        ++seen[value];
    }
    for (const int count : seen) {
        EXPECT_GT(count, 50);
    }
}
