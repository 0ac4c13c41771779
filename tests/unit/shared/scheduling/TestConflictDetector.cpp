#include "shared/scheduling/ConflictDetector.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::utcAt;

// One trainer, two organisations: "Northside" (org-a, location north) and "Harbour Studio"
// (org-b, location harbour). All times are UTC on 2026-04-14.
Session session(const char* id, const char* org, const char* location, std::chrono::minutes start,
                std::chrono::minutes end)
{
    Session s;
    s.id = id;
    s.orgId = org;
    s.trainerId = "trainer-1";
    s.locationId = location;
    s.timeZone = "America/Toronto";
    s.time = {utcAt(2026_y / 4 / 14, start), utcAt(2026_y / 4 / 14, end)};
    return s;
}

const ConflictRules kFifteenMinutes{15min};

TEST(ConflictDetector, BackToBackAtDifferentLocationsOfDifferentOrgsViolatesTheBuffer)
{
    const std::vector existing{session("north-1", "org-a", "north", 13h, 14h)};
    const auto proposed = session("new", "org-b", "harbour", 14h, 15h);
    const auto conflicts = findConflicts(existing, proposed, kFifteenMinutes).value();
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::TravelBuffer);
    EXPECT_EQ(conflicts[0].sessionId, "north-1");
    EXPECT_EQ(conflicts[0].orgId, "org-a");
    EXPECT_EQ(conflicts[0].locationId, "north");
    EXPECT_EQ(conflicts[0].amount, 0min);
}

TEST(ConflictDetector, BackToBackAtTheSameLocationIsFine)
{
    const std::vector existing{session("north-1", "org-a", "north", 13h, 14h)};
    EXPECT_TRUE(findConflicts(existing, session("new", "org-a", "north", 14h, 15h), kFifteenMinutes)
                    .value()
                    .empty());
}

TEST(ConflictDetector, BufferIsMeasuredBeforeAndAfter)
{
    const std::vector existing{session("north-1", "org-a", "north", 13h, 14h),
                               session("north-2", "org-a", "north", 16h, 17h)};
    // 14:10..15:50 at harbour: 10 minutes after north-1, 10 minutes before north-2.
    const auto conflicts =
        findConflicts(existing, session("new", "org-b", "harbour", 14h + 10min, 15h + 50min),
                      kFifteenMinutes)
            .value();
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].amount, 10min);
    EXPECT_EQ(conflicts[1].sessionId, "north-2");
    EXPECT_EQ(conflicts[1].amount, 10min);

    // Exactly the buffer is enough.
    EXPECT_TRUE(findConflicts(existing,
                              session("new", "org-b", "harbour", 14h + 15min, 15h + 45min),
                              kFifteenMinutes)
                    .value()
                    .empty());
    // A zero buffer allows back-to-back anywhere.
    EXPECT_TRUE(
        findConflicts(existing, session("new", "org-b", "harbour", 14h, 16h), ConflictRules{0min})
            .value()
            .empty());
}

TEST(ConflictDetector, OverlapsAreReportedWithTheirLengthAcrossOrganisations)
{
    const std::vector existing{session("north-1", "org-a", "north", 13h, 14h),
                               session("harbour-1", "org-b", "harbour", 15h, 16h)};
    const auto conflicts =
        findConflicts(existing, session("new", "org-a", "north", 13h + 30min, 15h + 15min),
                      kFifteenMinutes)
            .value();
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::Overlap);
    EXPECT_EQ(conflicts[0].amount, 30min);
    EXPECT_EQ(conflicts[1].kind, ConflictKind::Overlap);
    EXPECT_EQ(conflicts[1].orgId, "org-b");
    EXPECT_EQ(conflicts[1].amount, 15min);
}

TEST(ConflictDetector, CancelledSessionsAndTheSessionItselfNeverConflict)
{
    auto cancelled = session("north-1", "org-a", "north", 13h, 14h);
    cancelled.status = SessionStatus::Cancelled;
    auto completed = session("north-2", "org-a", "north", 15h, 16h);
    completed.status = SessionStatus::Completed;
    const auto self = session("new", "org-b", "harbour", 13h, 14h);
    const std::vector existing{cancelled, completed, self};

    const auto conflicts =
        findConflicts(existing, session("new", "org-b", "harbour", 13h, 15h + 30min),
                      kFifteenMinutes)
            .value();
    ASSERT_EQ(conflicts.size(), 1u); // only the completed session, which really took place
    EXPECT_EQ(conflicts[0].sessionId, "north-2");
}

TEST(ConflictDetector, BadInputIsRefused)
{
    EXPECT_EQ(findConflicts({}, session("new", "org-a", "north", 14h, 13h)).error().code,
              "invalid_interval");
    EXPECT_EQ(findConflicts({}, session("new", "org-a", "north", 13h, 14h), ConflictRules{-1min})
                  .error()
                  .code,
              "invalid_buffer");
}

} // namespace
} // namespace fitflow::scheduling
