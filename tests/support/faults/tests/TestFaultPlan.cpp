#include "tests/support/faults/FaultPlan.h"

#include <gtest/gtest.h>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;

TEST(FaultPlan, OnlyResponseFaultsWatchResponsesAndOnlyForwardingPlansReachTheTarget)
{
    EXPECT_FALSE(FaultPlan::passThrough().watchesResponses());
    EXPECT_TRUE(FaultPlan::passThrough().needsUpstream());
    EXPECT_TRUE(FaultPlan::dropResponseAfterRequest().watchesResponses());
    EXPECT_TRUE(FaultPlan::resetAfterBytes(10).watchesResponses());
    EXPECT_TRUE(FaultPlan::stallResponse(1s).watchesResponses());
    EXPECT_FALSE(FaultPlan::resetImmediately().needsUpstream());
    EXPECT_FALSE(FaultPlan::blackhole().needsUpstream());
    EXPECT_FALSE(FaultPlan::blackhole().watchesResponses());
}

TEST(FaultPlan, NamedConstructorsKeepTheirParameters)
{
    const FaultPlan reset = FaultPlan::resetAfterBytes(123, 2);
    EXPECT_EQ(reset.kind, FaultKind::ResetAfterResponseBytes);
    EXPECT_EQ(reset.bytes, 123u);
    EXPECT_EQ(reset.exchange, 2);
    const FaultPlan stall = FaultPlan::stallResponse(1500ms, 1);
    EXPECT_EQ(stall.stall, 1500ms);
    EXPECT_EQ(describeFaultPlan(stall), "stall the response 1500 ms on exchange 1");
    EXPECT_EQ(describeFaultPlan(FaultPlan::dropResponseAfterRequest()),
              "drop the response on exchange 0");
}

} // namespace
} // namespace fitflow::test
