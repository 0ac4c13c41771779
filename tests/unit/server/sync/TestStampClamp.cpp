#include "server/service/sync/StampClamp.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

constexpr const char* kDevice = "01a214d7-890d-7000-8000-00000000000a";
const Instant kNow{std::chrono::milliseconds{1'800'000'000'000}};

TEST(StampClamp, StampsUpToFiveMinutesAheadAreKept)
{
    const Hlc near{kNow + std::chrono::minutes(5), 3, kDevice};
    EXPECT_EQ(clampStamp(near, kNow), near);
}

TEST(StampClamp, AYearAheadBecomesNowPlusFiveMinutesKeepingCounterAndDevice)
{
    RecordMutation mutation;
    mutation.stamp = Hlc{kNow + std::chrono::hours(24 * 365), 9, kDevice};
    EXPECT_TRUE(clampRecordMutation(mutation, kNow));
    EXPECT_EQ(mutation.stamp, (Hlc{kNow + std::chrono::minutes(5), 9, kDevice}));
    EXPECT_FALSE(clampRecordMutation(mutation, kNow));
}

} // namespace
} // namespace fitflow::sync
