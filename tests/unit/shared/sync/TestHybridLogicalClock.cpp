#include "shared/sync/HybridLogicalClock.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;

const std::string kLocal = "01932c07-2a4b-7c3d-8e5f-0000000000a1";
const std::string kRemote = "01932c07-2a4b-7c3d-8e5f-0000000000b2";
const Instant kT0{milliseconds{1'764'079'200'000}};

TEST(HybridLogicalClock, followsPhysicalTimeWhenItAdvances)
{
    HybridLogicalClock clock(kLocal);
    const Hlc first = clock.now(kT0);
    EXPECT_EQ(first.physical, kT0);
    EXPECT_EQ(first.counter, 0);
    EXPECT_EQ(first.deviceId, kLocal);
    const Hlc second = clock.now(kT0 + milliseconds{5});
    EXPECT_EQ(second.physical, kT0 + milliseconds{5});
    EXPECT_EQ(second.counter, 0);
}

TEST(HybridLogicalClock, countsWhenPhysicalTimeStandsStillOrGoesBack)
{
    HybridLogicalClock clock(kLocal);
    const Hlc a = clock.now(kT0);
    const Hlc b = clock.now(kT0);
    const Hlc c = clock.now(kT0 - minutes{10}); // the wall clock was set back
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_EQ(c.physical, kT0);
    EXPECT_EQ(c.counter, 2);
}

TEST(HybridLogicalClock, counterOverflowBorrowsTheNextMillisecond)
{
    HybridLogicalClock clock(kLocal, Hlc{kT0, 65535, kLocal});
    const Hlc next = clock.now(kT0);
    EXPECT_EQ(next.physical, kT0 + milliseconds{1});
    EXPECT_EQ(next.counter, 0);
    EXPECT_LT(Hlc({kT0, 65535, kLocal}), next);
}

TEST(HybridLogicalClock, receiveMakesLaterLocalStampsOrderAfterTheRemoteOne)
{
    HybridLogicalClock clock(kLocal);
    clock.now(kT0);
    const Hlc remote{kT0 + minutes{2}, 7, kRemote};
    const ReceivedStamp received = clock.receive(remote, kT0 + milliseconds{1});
    EXPECT_FALSE(received.clamped);
    EXPECT_EQ(received.stamp, remote);
    EXPECT_EQ(clock.last().physical, remote.physical);
    EXPECT_EQ(clock.last().counter, 8);
    EXPECT_LT(remote, clock.now(kT0 + milliseconds{2}));
}

TEST(HybridLogicalClock, receiveOfAnOlderStampStillAdvancesTheCounter)
{
    HybridLogicalClock clock(kLocal);
    const Hlc local = clock.now(kT0);
    clock.receive(Hlc{kT0 - minutes{1}, 3, kRemote}, kT0);
    EXPECT_EQ(clock.last().physical, kT0);
    EXPECT_EQ(clock.last().counter, local.counter + 1);
}

TEST(HybridLogicalClock, receiveWithEqualPhysicalTakesTheLargerCounter)
{
    HybridLogicalClock clock(kLocal, Hlc{kT0, 4, kLocal});
    clock.receive(Hlc{kT0, 9, kRemote}, kT0 - milliseconds{3});
    EXPECT_EQ(clock.last().counter, 10);
}

TEST(HybridLogicalClock, remoteStampsFarInTheFutureAreClampedAndFlagged)
{
    HybridLogicalClock clock(kLocal);
    const Hlc runaway{kT0 + std::chrono::hours{24}, 0, kRemote};
    const ReceivedStamp received = clock.receive(runaway, kT0);
    EXPECT_TRUE(received.clamped);
    EXPECT_EQ(received.stamp.physical, kT0 + kMaxClockSkew);
    EXPECT_EQ(received.stamp.deviceId, kRemote);
    // The local clock is dragged at most to the limit, not a day ahead.
    EXPECT_EQ(clock.last().physical, kT0 + kMaxClockSkew);
}

TEST(HybridLogicalClock, stampsJustInsideTheSkewLimitAreNotClamped)
{
    HybridLogicalClock clock(kLocal);
    const Hlc ahead{kT0 + kMaxClockSkew, 0, kRemote};
    EXPECT_FALSE(clock.receive(ahead, kT0).clamped);
    const Hlc beyond{kT0 + kMaxClockSkew + milliseconds{1}, 0, kRemote};
    EXPECT_TRUE(clock.receive(beyond, kT0).clamped);
}

} // namespace
} // namespace fitflow::sync
