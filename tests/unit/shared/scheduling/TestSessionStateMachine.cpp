#include "shared/scheduling/SessionStateMachine.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace fitflow::scheduling {
namespace {

constexpr std::array kAllStatuses{SessionStatus::Scheduled, SessionStatus::Completed,
                                  SessionStatus::Cancelled, SessionStatus::NoShow};
constexpr std::array kAllActions{SessionAction::Complete, SessionAction::Cancel,
                                 SessionAction::MarkNoShow, SessionAction::Reopen};

// The documented machine, written out as a table independent of the implementation.
bool expectedLegal(SessionStatus from, SessionStatus to)
{
    if (from == SessionStatus::Scheduled) {
        return to != SessionStatus::Scheduled;
    }
    return to == SessionStatus::Scheduled; // reopen from every final state
}

TEST(SessionStateMachine, EveryPairOfStatesFollowsTheTable)
{
    for (SessionStatus from : kAllStatuses) {
        for (SessionStatus to : kAllStatuses) {
            SCOPED_TRACE(std::string(statusName(from)) + " -> " + std::string(statusName(to)));
            const Status result = checkTransition(from, to);
            EXPECT_EQ(result.ok(), expectedLegal(from, to));
            if (!result.ok()) {
                EXPECT_EQ(result.error().code, "illegal_transition");
                EXPECT_NE(result.error().message.find(std::string(statusName(from)) + " -> " +
                                                      std::string(statusName(to))),
                          std::string::npos);
            }
        }
    }
}

TEST(SessionStateMachine, EveryActionFromEveryState)
{
    for (SessionStatus from : kAllStatuses) {
        for (SessionAction action : kAllActions) {
            SCOPED_TRACE(std::string(statusName(from)) + " " + std::string(actionName(action)));
            const auto result = applyAction(from, action);
            const bool legal = action == SessionAction::Reopen ? from != SessionStatus::Scheduled
                                                               : from == SessionStatus::Scheduled;
            ASSERT_EQ(result.ok(), legal);
            if (legal) {
                EXPECT_EQ(*result, targetStatus(action));
            } else {
                EXPECT_EQ(result.error().code, "illegal_transition");
            }
        }
    }
}

TEST(SessionStateMachine, ReopenLeadsBackToScheduled)
{
    EXPECT_EQ(*applyAction(SessionStatus::Completed, SessionAction::Reopen),
              SessionStatus::Scheduled);
    EXPECT_EQ(*applyAction(SessionStatus::Cancelled, SessionAction::Reopen),
              SessionStatus::Scheduled);
    EXPECT_EQ(*applyAction(SessionStatus::NoShow, SessionAction::Reopen), SessionStatus::Scheduled);
    EXPECT_EQ(*actionFor(SessionStatus::NoShow, SessionStatus::Scheduled), SessionAction::Reopen);
}

TEST(SessionStateMachine, FinalToFinalNeedsReopenFirst)
{
    const auto direct = applyAction(SessionStatus::Completed, SessionAction::MarkNoShow);
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(direct.error().message, "illegal session transition completed -> no_show");

    const auto reopened = applyAction(SessionStatus::Completed, SessionAction::Reopen);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(*applyAction(*reopened, SessionAction::MarkNoShow), SessionStatus::NoShow);
}

TEST(SessionStateMachine, CompleteAndNoShowNeedTheSessionToHaveStarted)
{
    using namespace std::chrono_literals;
    const std::chrono::sys_seconds start{std::chrono::sys_days{2031y / 6 / 11} + 13h};
    for (SessionStatus to : {SessionStatus::Completed, SessionStatus::NoShow}) {
        SCOPED_TRACE(std::string(statusName(to)));
        EXPECT_TRUE(needsStartedSession(to));
        const Status early = checkStarted(to, start, start - 1s);
        ASSERT_FALSE(early.ok());
        EXPECT_EQ(early.error().code, "session_not_started");
        EXPECT_EQ(early.error().path, "status");
        EXPECT_NE(early.error().message.find(std::string(statusName(to))), std::string::npos);
        EXPECT_FALSE(checkStarted(to, start, start - std::chrono::days(7)).ok());
        // From the first second: a no-show is marked ten minutes in, long before the end.
        EXPECT_TRUE(checkStarted(to, start, start).ok());
        EXPECT_TRUE(checkStarted(to, start, start + 10min).ok());
        EXPECT_TRUE(checkStarted(to, start, start + std::chrono::days(30)).ok());
    }
}

TEST(SessionStateMachine, CancelAndReopenAreAllowedBeforeTheStart)
{
    using namespace std::chrono_literals;
    const std::chrono::sys_seconds start{std::chrono::sys_days{2031y / 6 / 11} + 13h};
    for (SessionStatus to : {SessionStatus::Cancelled, SessionStatus::Scheduled}) {
        SCOPED_TRACE(std::string(statusName(to)));
        EXPECT_FALSE(needsStartedSession(to));
        EXPECT_TRUE(checkStarted(to, start, start - std::chrono::days(7)).ok());
    }
}

TEST(SessionStatus, NamesRoundTripAndUnknownNamesAreRejected)
{
    for (SessionStatus status : kAllStatuses) {
        EXPECT_EQ(parseStatus(statusName(status)), status);
    }
    for (SessionAction action : kAllActions) {
        EXPECT_EQ(parseAction(actionName(action)), action);
    }
    EXPECT_EQ(statusName(SessionStatus::NoShow), "no_show");
    EXPECT_FALSE(parseStatus("Scheduled").has_value());
    EXPECT_FALSE(parseStatus("").has_value());
    EXPECT_FALSE(parseAction("delete").has_value());
}

} // namespace
} // namespace fitflow::scheduling
