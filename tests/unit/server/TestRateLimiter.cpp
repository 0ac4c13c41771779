#include "server/http/RateLimiter.h"

#include <gtest/gtest.h>

namespace fitflow::http {
namespace {

// A clock the test moves by hand.
class ManualClock {
public:
    RateLimiter::Clock function()
    {
        return [this] { return m_now; };
    }
    void advance(std::chrono::milliseconds step) { m_now += step; }

private:
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(1)};
};

TEST(RateLimiter, AllowsTheBurstThenDeniesWithRetryAfter)
{
    ManualClock clock;
    RateLimiter limiter({/*ratePerSecond=*/2, /*burst=*/3, /*maxKeys=*/10}, clock.function());
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(limiter.take("10.0.0.1").allowed) << i;
    }
    const RateDecision denied = limiter.take("10.0.0.1");
    EXPECT_FALSE(denied.allowed);
    EXPECT_EQ(denied.retryAfter, std::chrono::seconds(1));
}

TEST(RateLimiter, RefillsAtTheConfiguredRate)
{
    ManualClock clock;
    RateLimiter limiter({2, 2, 10}, clock.function());
    EXPECT_TRUE(limiter.take("k").allowed);
    EXPECT_TRUE(limiter.take("k").allowed);
    EXPECT_FALSE(limiter.take("k").allowed);
    clock.advance(std::chrono::milliseconds(499));
    EXPECT_FALSE(limiter.take("k").allowed);
    clock.advance(std::chrono::milliseconds(1));
    EXPECT_TRUE(limiter.take("k").allowed);
    EXPECT_FALSE(limiter.take("k").allowed);
    clock.advance(std::chrono::hours(24 * 365)); // long idle: full again, never more than burst
    EXPECT_TRUE(limiter.take("k").allowed);
    EXPECT_TRUE(limiter.take("k").allowed);
    EXPECT_FALSE(limiter.take("k").allowed);
}

TEST(RateLimiter, RetryAfterCoversASlowRate)
{
    ManualClock clock;
    // One token per second, burst 1: 0.9 s after spending it, the client must wait 1 s.
    RateLimiter limiter({1, 1, 10}, clock.function());
    EXPECT_TRUE(limiter.take("k").allowed);
    clock.advance(std::chrono::milliseconds(100));
    const RateDecision denied = limiter.take("k");
    EXPECT_FALSE(denied.allowed);
    EXPECT_GE(denied.retryAfter, std::chrono::seconds(1));
}

TEST(RateLimiter, KeysAreIndependent)
{
    ManualClock clock;
    RateLimiter limiter({1, 1, 10}, clock.function());
    EXPECT_TRUE(limiter.take("a").allowed);
    EXPECT_FALSE(limiter.take("a").allowed);
    EXPECT_TRUE(limiter.take("b").allowed);
}

TEST(RateLimiter, MemoryIsBoundedByMaxKeys)
{
    ManualClock clock;
    RateLimiter limiter({1, 5, 100}, clock.function());
    for (int i = 0; i < 1000; ++i) {
        (void)limiter.take("ip-" + std::to_string(i));
    }
    EXPECT_LE(limiter.trackedKeys(), 100u);
}

TEST(RateLimiter, IdleFullBucketsAreEvictedBeforeBusyOnes)
{
    ManualClock clock;
    RateLimiter limiter({1, 2, 2}, clock.function());
    // "busy" spends its burst and stays throttled; "idle" refills after waiting.
    EXPECT_TRUE(limiter.take("busy").allowed);
    EXPECT_TRUE(limiter.take("busy").allowed);
    EXPECT_TRUE(limiter.take("idle").allowed);
    clock.advance(std::chrono::milliseconds(1500)); // idle is full again, busy has 1.5 tokens
    EXPECT_TRUE(limiter.take("busy").allowed);
    EXPECT_TRUE(limiter.take("new").allowed); // must evict "idle", not "busy"
    EXPECT_EQ(limiter.trackedKeys(), 2u);
    EXPECT_FALSE(limiter.take("busy").allowed); // busy kept its state: 0.5 tokens left
}

TEST(RateLimiter, ZeroRateDisablesLimiting)
{
    ManualClock clock;
    RateLimiter limiter({0, 1, 10}, clock.function());
    for (int i = 0; i < 100; ++i) {
        EXPECT_TRUE(limiter.take("k").allowed);
    }
    EXPECT_EQ(limiter.trackedKeys(), 0u);
}

} // namespace
} // namespace fitflow::http
