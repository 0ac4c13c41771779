#include "shared/sync/Hlc.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace fitflow::sync {
namespace {

const std::string kDeviceA = "01932c07-2a4b-7c3d-8e5f-00000000000a";
const std::string kDeviceB = "01932c07-2a4b-7c3d-8e5f-00000000000b";

Hlc stamp(std::int64_t milliseconds, std::uint16_t counter, const std::string& device)
{
    return Hlc{Instant{std::chrono::milliseconds{milliseconds}}, counter, device};
}

TEST(Hlc, ordersByPhysicalThenCounterThenDevice)
{
    EXPECT_LT(stamp(1000, 9, kDeviceB), stamp(1001, 0, kDeviceA));
    EXPECT_LT(stamp(1000, 1, kDeviceB), stamp(1000, 2, kDeviceA));
    EXPECT_LT(stamp(1000, 1, kDeviceA), stamp(1000, 1, kDeviceB));
    EXPECT_EQ(stamp(1000, 1, kDeviceA), stamp(1000, 1, kDeviceA));
}

TEST(Hlc, textFormIsFixedWidthAndRoundTrips)
{
    const Hlc original = stamp(1764079200123, 0x2a, kDeviceA);
    EXPECT_EQ(original.toString(), "019abb50677b-002a-" + kDeviceA);
    const auto parsed = Hlc::parse(original.toString());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, original);
}

TEST(Hlc, textOrderEqualsStampOrder)
{
    std::mt19937 random(7);
    std::uniform_int_distribution<std::int64_t> milliseconds(0, kMaxHlcMilliseconds);
    std::uniform_int_distribution<int> counter(0, 65535);
    std::vector<Hlc> stamps;
    for (int i = 0; i < 500; ++i) {
        // Cluster some stamps so counters and devices decide the order too.
        const std::int64_t ms = i % 3 == 0 ? 5000 : milliseconds(random);
        stamps.push_back(stamp(ms, static_cast<std::uint16_t>(i % 5 == 0 ? 1 : counter(random)),
                               i % 2 == 0 ? kDeviceA : kDeviceB));
    }
    for (std::size_t i = 0; i + 1 < stamps.size(); ++i) {
        const auto& a = stamps[i];
        const auto& b = stamps[i + 1];
        EXPECT_EQ(a < b, a.toString() < b.toString()) << a.toString() << " " << b.toString();
    }
}

TEST(Hlc, parseRejectsMalformedText)
{
    for (const std::string& text : std::vector<std::string>{
             "", "019abc3e5a7b-002a", "019abc3e5a7b-002a-not-a-uuid",
             "019ABC3E5A7B-002a-" + kDeviceA, "19abc3e5a7b-002a-" + kDeviceA,
             "019abc3e5a7b_002a-" + kDeviceA, "019abc3e5a7b-002g-" + kDeviceA}) {
        const auto parsed = Hlc::parse(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, "invalid_value");
    }
}

} // namespace
} // namespace fitflow::sync
