#include "server/app/ShutdownSignals.h"

#include <gtest/gtest.h>

#include <future>
#include <unistd.h>

using fitflow::app::ShutdownSignals;
using namespace std::chrono_literals;

TEST(ShutdownSignals, RunsTheCallbackOnceForSigterm)
{
    std::promise<int> received;
    ShutdownSignals signals;
    signals.onSignal([&received](int signal) { received.set_value(signal); });
    ASSERT_EQ(::kill(::getpid(), SIGTERM), 0);
    auto future = received.get_future();
    ASSERT_EQ(future.wait_for(5s), std::future_status::ready) << "callback did not run";
    EXPECT_EQ(future.get(), SIGTERM);
    signals.stopWaiting();
    EXPECT_TRUE(signals.received());
}

TEST(ShutdownSignals, SigintIsAShutdownSignalToo)
{
    std::promise<int> received;
    ShutdownSignals signals;
    signals.onSignal([&received](int signal) { received.set_value(signal); });
    ASSERT_EQ(::kill(::getpid(), SIGINT), 0);
    auto future = received.get_future();
    ASSERT_EQ(future.wait_for(5s), std::future_status::ready);
    EXPECT_EQ(future.get(), SIGINT);
}

TEST(ShutdownSignals, StopWaitingWithoutASignalNeverRunsTheCallback)
{
    bool called = false;
    ShutdownSignals signals;
    signals.onSignal([&called](int) { called = true; });
    const auto started = std::chrono::steady_clock::now();
    signals.stopWaiting();
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
    EXPECT_FALSE(called);
    EXPECT_FALSE(signals.received());
    signals.stopWaiting(); // idempotent
}
