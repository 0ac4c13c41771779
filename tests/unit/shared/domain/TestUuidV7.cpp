#include "shared/domain/UuidV7.h"

#include <gtest/gtest.h>

namespace fitflow {
namespace {

// RFC 9562 appendix A.6 example: 2022-02-22T19:22:22Z = 0x017F22E279B0 ms.
const Instant kRfcExampleTime{std::chrono::milliseconds{0x017F22E279B0}};
constexpr UuidRandomBytes kRfcRandom{0x0C, 0xC3, 0x18, 0xC4, 0xDC, 0x0C, 0x0C, 0x07, 0x39, 0x8F};

TEST(UuidV7, matchesTheRfc9562Example)
{
    EXPECT_EQ(formatUuidV7(kRfcExampleTime, kRfcRandom), "017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
}

TEST(UuidV7, setsVersionAndVariantWhateverTheRandomBytes)
{
    constexpr UuidRandomBytes allOnes{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    constexpr UuidRandomBytes allZeros{};
    EXPECT_EQ(formatUuidV7(kRfcExampleTime, allOnes), "017f22e2-79b0-7fff-bfff-ffffffffffff");
    EXPECT_EQ(formatUuidV7(kRfcExampleTime, allZeros), "017f22e2-79b0-7000-8000-000000000000");
    EXPECT_TRUE(isUuidV7(formatUuidV7(kRfcExampleTime, allOnes)));
    EXPECT_TRUE(isUuidV7(formatUuidV7(kRfcExampleTime, allZeros)));
}

TEST(UuidV7, embedsTheTimeSoIdsSortByCreation)
{
    const std::string earlier = formatUuidV7(kRfcExampleTime, kRfcRandom);
    const std::string later = formatUuidV7(kRfcExampleTime + std::chrono::milliseconds{1}, {});
    EXPECT_LT(earlier, later);
    EXPECT_EQ(uuidV7Time(earlier), kRfcExampleTime);
}

TEST(UuidV7, validatorRejectsOtherVersionsVariantsAndShapes)
{
    EXPECT_FALSE(isUuidV7("017f22e2-79b0-4cc3-98c4-dc0c0c07398f")); // version 4
    EXPECT_FALSE(isUuidV7("017f22e2-79b0-7cc3-c8c4-dc0c0c07398f")); // variant 110 (Microsoft)
    EXPECT_FALSE(isUuidV7("017f22e2-79b0-7cc3-78c4-dc0c0c07398f")); // variant 0 (NCS)
    EXPECT_FALSE(isUuidV7("017F22E2-79B0-7CC3-98C4-DC0C0C07398F")); // not canonical
    EXPECT_FALSE(isUuidV7("017f22e279b07cc398c4dc0c0c07398f"));
    EXPECT_FALSE(uuidV7Time("017f22e2-79b0-4cc3-98c4-dc0c0c07398f").has_value());
}

TEST(UuidV7, clampsTimesOutsideThe48BitRange)
{
    const std::string beforeEpoch =
        formatUuidV7(Instant{std::chrono::milliseconds{-5}}, kRfcRandom);
    EXPECT_EQ(beforeEpoch.substr(0, 13), "00000000-0000");
    EXPECT_TRUE(isUuidV7(beforeEpoch));
}

} // namespace
} // namespace fitflow
