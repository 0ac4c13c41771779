// SyncPlan with a fake clock: periodic rounds, trailing debounce after writes, reconnect,
// backoff with jitter and Retry-After, one round at a time, halting on errors that need the user.

#include "desktop/sync/SyncPlan.h"

#include <gtest/gtest.h>

namespace fitflow::desktop {
namespace {

using namespace std::chrono_literals;
using TimePoint = SyncPlan::TimePoint;

const TimePoint kStart{std::chrono::hours{1}};

// Jitter fixed at half the ceiling so delays are exact.
SyncPlanSettings testSettings()
{
    SyncPlanSettings chosen;
    chosen.interval = 60s;
    chosen.debounce = 2s;
    chosen.retry = RetryPolicy(1s, 300s, [] { return 0.5; });
    return chosen;
}

SyncRoundResult ok()
{
    return {true, {}, std::nullopt};
}

SyncRoundResult failure(std::string code, std::optional<std::chrono::seconds> retryAfter = {})
{
    return {false, std::move(code), retryAfter};
}

// A plan whose first round ran and succeeded at kStart.
SyncPlan afterFirstRound()
{
    SyncPlan plan(testSettings(), kStart);
    EXPECT_TRUE(plan.startIfDue(kStart));
    plan.finished(ok(), kStart);
    return plan;
}

TEST(SyncPlan, FirstRoundIsDueAtOnceThenEveryInterval)
{
    SyncPlan plan(testSettings(), kStart);
    EXPECT_EQ(plan.nextWake(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    EXPECT_EQ(plan.activity(), SyncActivity::Syncing);
    plan.finished(ok(), kStart + 3s);
    EXPECT_EQ(plan.activity(), SyncActivity::Idle);
    EXPECT_EQ(plan.nextWake(), kStart + 63s);
    EXPECT_FALSE(plan.startIfDue(kStart + 62s));
    EXPECT_TRUE(plan.startIfDue(kStart + 63s));
}

TEST(SyncPlan, NeverTwoRoundsAtOnce)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    EXPECT_FALSE(plan.startIfDue(kStart + 1h));
    EXPECT_EQ(plan.nextWake(), std::nullopt);
    plan.requestNow(kStart + 1s);
    EXPECT_FALSE(plan.startIfDue(kStart + 1s));
}

TEST(SyncPlan, BurstOfWritesSyncsOnceShortlyAfterTheLast)
{
    SyncPlan plan = afterFirstRound();
    plan.localWrite(kStart + 10s);
    EXPECT_EQ(plan.nextWake(), kStart + 12s);
    plan.localWrite(kStart + 11s);
    plan.localWrite(kStart + 11500ms);
    EXPECT_EQ(plan.nextWake(), kStart + 13500ms);
    EXPECT_FALSE(plan.startIfDue(kStart + 13s));
    ASSERT_TRUE(plan.startIfDue(kStart + 13500ms));
    plan.finished(ok(), kStart + 14s);
    EXPECT_EQ(plan.nextWake(), kStart + 74s);
}

TEST(SyncPlan, WriteNeverPostponesAnEarlierRound)
{
    SyncPlan plan = afterFirstRound(); // next periodic round at kStart + 60s
    plan.localWrite(kStart + 59s);
    EXPECT_EQ(plan.nextWake(), kStart + 60s);
}

TEST(SyncPlan, WriteDuringARoundRunsAnotherSoonAfter)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    plan.localWrite(kStart + 1s);
    plan.finished(ok(), kStart + 5s);
    EXPECT_EQ(plan.nextWake(), kStart + 7s);
}

TEST(SyncPlan, TransientFailuresBackOffExponentiallyWithJitter)
{
    SyncPlan plan(testSettings(), kStart);
    TimePoint now = kStart;
    // Ceiling 1 s, 2 s, 4 s, 8 s; jitter 0.5.
    for (const auto expected : {500ms, 1000ms, 2000ms, 4000ms}) {
        ASSERT_TRUE(plan.startIfDue(now));
        plan.finished(failure("server_unavailable"), now);
        ASSERT_TRUE(plan.nextWake());
        EXPECT_EQ(*plan.nextWake() - now, expected);
        now = *plan.nextWake();
    }
    EXPECT_EQ(plan.consecutiveFailures(), 4);
    EXPECT_EQ(plan.activity(), SyncActivity::Error);
    ASSERT_TRUE(plan.startIfDue(now));
    plan.finished(ok(), now);
    EXPECT_EQ(plan.consecutiveFailures(), 0);
    EXPECT_EQ(*plan.nextWake() - now, 60s);
}

TEST(SyncPlan, BackoffIsCappedAndHonoursRetryAfter)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    plan.finished(failure("server_unavailable", 30s), kStart);
    EXPECT_EQ(*plan.nextWake() - kStart, 30s); // jitter would say 0.5 s
    TimePoint now = *plan.nextWake();
    for (int i = 0; i < 15; ++i) {
        ASSERT_TRUE(plan.startIfDue(now));
        plan.finished(failure("network_error"), now);
        now = *plan.nextWake();
    }
    ASSERT_TRUE(plan.startIfDue(now));
    plan.finished(failure("network_error"), now);
    EXPECT_EQ(*plan.nextWake() - now, 150s); // half of the 300 s cap
    EXPECT_EQ(plan.activity(), SyncActivity::Offline);
}

TEST(SyncPlan, WritesDoNotShortenABackoff)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    plan.finished(failure("rate_limited", 20s), kStart);
    plan.localWrite(kStart + 1s);
    EXPECT_EQ(plan.nextWake(), kStart + 20s);
}

TEST(SyncPlan, OfflineWaitsAndReconnectSyncsAtOnceWithoutBackoff)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    plan.finished(failure("network_error"), kStart);
    plan.connectivityChanged(false, kStart + 1s);
    EXPECT_EQ(plan.activity(), SyncActivity::Offline);
    EXPECT_EQ(plan.nextWake(), std::nullopt);
    EXPECT_FALSE(plan.startIfDue(kStart + 1h));
    plan.connectivityChanged(true, kStart + 2h);
    EXPECT_EQ(plan.nextWake(), kStart + 2h);
    EXPECT_EQ(plan.consecutiveFailures(), 0);
    EXPECT_TRUE(plan.startIfDue(kStart + 2h));
}

TEST(SyncPlan, ReportingOnlineAgainWhileOnlineChangesNothing)
{
    SyncPlan plan = afterFirstRound();
    plan.connectivityChanged(true, kStart + 5s);
    EXPECT_EQ(plan.nextWake(), kStart + 60s);
}

TEST(SyncPlan, RevokedDeviceOrLoginRequiredHaltsUntilTheUserAsks)
{
    for (const char* code : {"device_revoked", "login_required"}) {
        SyncPlan plan(testSettings(), kStart);
        ASSERT_TRUE(plan.startIfDue(kStart));
        plan.finished(failure(code), kStart);
        EXPECT_TRUE(plan.halted()) << code;
        EXPECT_EQ(plan.nextWake(), std::nullopt) << code;
        plan.localWrite(kStart + 1s);
        plan.connectivityChanged(false, kStart + 2s);
        plan.connectivityChanged(true, kStart + 3s);
        EXPECT_FALSE(plan.startIfDue(kStart + 1h)) << code;
        EXPECT_EQ(plan.lastErrorCode(), code);
        plan.requestNow(kStart + 2h);
        EXPECT_TRUE(plan.startIfDue(kStart + 2h)) << code;
    }
}

TEST(SyncPlan, OtherFailuresRetryNoFasterThanTheInterval)
{
    SyncPlan plan(testSettings(), kStart);
    ASSERT_TRUE(plan.startIfDue(kStart));
    plan.finished(failure("server_error"), kStart);
    EXPECT_EQ(plan.nextWake(), kStart + 60s);
    EXPECT_EQ(plan.activity(), SyncActivity::Error);
}

} // namespace
} // namespace fitflow::desktop
