#include "server/service/auth/LoginThrottle.h"

#include <gtest/gtest.h>

#include <vector>

namespace fitflow::auth {
namespace {

using std::chrono::seconds;
using std::chrono::sys_seconds;

const sys_seconds kNow{seconds(1'800'000'000)};

// `count` failures, one a second, the last one exactly at `last`.
std::vector<sys_seconds> failuresEndingAt(int count, sys_seconds last)
{
    std::vector<sys_seconds> failures;
    for (int i = count - 1; i >= 0; --i) {
        failures.push_back(last - seconds(i));
    }
    return failures;
}

const ThrottleLimits kLimits{seconds(900), 3, seconds(1), seconds(60), 10, seconds(900)};

TEST(LoginThrottle, DelayGrowsZeroZeroZeroThenDoubles)
{
    const std::vector<long long> expected{0, 0, 0, 1, 2, 4, 8, 16, 32};
    for (int count = 0; count < static_cast<int>(expected.size()); ++count) {
        const auto decision =
            LoginThrottle::evaluateOne(kLimits, failuresEndingAt(count, kNow), kNow);
        EXPECT_EQ(decision.delay.count(), expected[static_cast<std::size_t>(count)]) << count;
        EXPECT_FALSE(decision.lockedUntil) << count;
    }
}

TEST(LoginThrottle, DelayIsCappedAndCountsFromTheLastFailure)
{
    const ThrottleLimits noLockout{seconds(900), 3, seconds(1), seconds(60), 1000, seconds(900)};
    EXPECT_EQ(LoginThrottle::evaluateOne(noLockout, failuresEndingAt(30, kNow), kNow).delay,
              seconds(60));
    // Four failures ask for 2 s after the last one; 1 s later, 1 s remains; 2 s later, none.
    const auto failures = failuresEndingAt(4, kNow);
    EXPECT_EQ(LoginThrottle::evaluateOne(kLimits, failures, kNow + seconds(1)).delay, seconds(1));
    EXPECT_TRUE(LoginThrottle::evaluateOne(kLimits, failures, kNow + seconds(2)).allowedNow());
}

TEST(LoginThrottle, LocksOutAtTheThresholdUntilTheDurationPasses)
{
    const auto failures = failuresEndingAt(10, kNow);
    const auto locked = LoginThrottle::evaluateOne(kLimits, failures, kNow);
    ASSERT_TRUE(locked.lockedUntil);
    EXPECT_EQ(*locked.lockedUntil, kNow + seconds(900));
    EXPECT_EQ(locked.delay, seconds(900));
    EXPECT_FALSE(locked.allowedNow());
    // Nine failures: throttled but not locked.
    EXPECT_FALSE(LoginThrottle::evaluateOne(kLimits, failuresEndingAt(9, kNow), kNow).lockedUntil);
}

TEST(LoginThrottle, ZeroLockoutThresholdNeverLocks)
{
    const ThrottleLimits noLockout{seconds(900), 3, seconds(1), seconds(60), 0, seconds(900)};
    const auto decision = LoginThrottle::evaluateOne(noLockout, failuresEndingAt(100, kNow), kNow);
    EXPECT_FALSE(decision.lockedUntil);
    EXPECT_EQ(decision.delay, seconds(60));
}

TEST(LoginThrottle, FailuresWhileLockedDoNotExtendTheLockout)
{
    auto failures = failuresEndingAt(10, kNow);
    failures.push_back(kNow + seconds(300));
    const auto decision = LoginThrottle::evaluateOne(kLimits, failures, kNow + seconds(300));
    ASSERT_TRUE(decision.lockedUntil);
    EXPECT_EQ(*decision.lockedUntil, kNow + seconds(900));
}

TEST(LoginThrottle, FailuresOutsideTheWindowAreForgotten)
{
    const auto old = failuresEndingAt(9, kNow - seconds(900));
    EXPECT_TRUE(LoginThrottle::evaluateOne(kLimits, old, kNow).allowedNow());
    const auto locked = failuresEndingAt(10, kNow - seconds(100));
    EXPECT_TRUE(LoginThrottle::evaluateOne(kLimits, locked, kNow - seconds(50)).lockedUntil);
    // Once the window has slid past the failures, the account is free again.
    EXPECT_TRUE(LoginThrottle::evaluateOne(kLimits, locked, kNow + seconds(900)).allowedNow());
}

TEST(LoginThrottle, AFailureStampedJustAfterNowStillCounts)
{
    // The failure times come from the database's clock, rounded to the second: the latest one
    // can read as a second "after" this server's now. It must still count toward the lockout.
    const auto decision =
        LoginThrottle::evaluateOne(kLimits, failuresEndingAt(10, kNow + seconds(1)), kNow);
    ASSERT_TRUE(decision.lockedUntil);
    EXPECT_GT(decision.delay, seconds(60));
}

TEST(LoginThrottle, TheStricterOfAccountAndIpWins)
{
    const LoginThrottle throttle;
    const auto quiet = std::vector<sys_seconds>{};
    const auto accountUnderAttack = failuresEndingAt(10, kNow);
    const auto fromAccount = throttle.evaluate(accountUnderAttack, quiet, kNow);
    ASSERT_TRUE(fromAccount.lockedUntil);

    // An IP spraying many accounts: 50 failures lock the IP even if each account saw one.
    const auto ipUnderAttack = failuresEndingAt(50, kNow);
    const auto fromIp = throttle.evaluate(failuresEndingAt(1, kNow), ipUnderAttack, kNow);
    ASSERT_TRUE(fromIp.lockedUntil);
    // The IP's allowance is larger: 20 failures from one IP only slow it down.
    const auto slowed = throttle.evaluate(quiet, failuresEndingAt(20, kNow), kNow);
    EXPECT_FALSE(slowed.lockedUntil);
    EXPECT_GT(slowed.delay, seconds(0));
    EXPECT_TRUE(throttle.evaluate(quiet, quiet, kNow).allowedNow());
}

} // namespace
} // namespace fitflow::auth
