// Backoff for transient sync failures: exponential, capped, jittered, never below Retry-After.

#include "desktop/sync/RetryPolicy.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using fitflow::desktop::RetryPolicy;

TEST(RetryPolicy, GrowsExponentiallyUpToTheCap)
{
    const RetryPolicy top(100ms, 1000ms, [] { return 0.999999; });
    EXPECT_EQ(top.delay(0), 99ms);
    EXPECT_EQ(top.delay(1), 199ms);
    EXPECT_EQ(top.delay(2), 399ms);
    EXPECT_EQ(top.delay(10), 999ms);
    EXPECT_EQ(top.delay(1000), 999ms);
}

TEST(RetryPolicy, JitterSpreadsRetries)
{
    const RetryPolicy none(100ms, 1000ms, [] { return 0.0; });
    const RetryPolicy half(100ms, 1000ms, [] { return 0.5; });
    EXPECT_EQ(none.delay(3), 0ms);
    EXPECT_EQ(half.delay(3), 400ms);
}

TEST(RetryPolicy, NeverRetriesBeforeRetryAfter)
{
    const RetryPolicy policy(100ms, 1000ms, [] { return 0.5; });
    EXPECT_EQ(policy.delay(0, 3s), 3000ms);
    EXPECT_EQ(policy.delay(3, 0s), 400ms);
}

TEST(RetryPolicy, OnlyTransientErrorsAreRetried)
{
    EXPECT_TRUE(fitflow::desktop::isTransientSyncError("network_error"));
    EXPECT_TRUE(fitflow::desktop::isTransientSyncError("server_unavailable"));
    EXPECT_FALSE(fitflow::desktop::isTransientSyncError("device_revoked"));
    EXPECT_FALSE(fitflow::desktop::isTransientSyncError("mutation_gap"));
}
