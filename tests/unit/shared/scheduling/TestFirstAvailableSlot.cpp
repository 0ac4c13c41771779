#include "shared/scheduling/FirstAvailableSlot.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::utcAt;

// Toronto (EST, UTC-5 in January): Mondays 09:00-12:00 at "north"; Tuesdays 13:00-17:00 at
// "east". 2026-01-12 is a Monday.
Availability north()
{
    return {"trainer-1", "north", "America/Toronto", {{date::Monday, {9h, 12h}}}, {}};
}

Availability east()
{
    return {"trainer-1", "east", "America/Toronto", {{date::Tuesday, {13h, 17h}}}, {}};
}

Session booked(std::string id, std::string location, Instant start, Instant end,
               SessionStatus status = SessionStatus::Scheduled)
{
    Session session;
    session.id = std::move(id);
    session.orgId = "other-studio";
    session.trainerId = "trainer-1";
    session.locationId = std::move(location);
    session.time = {start, end};
    session.status = status;
    return session;
}

SlotSearch from(Instant instant)
{
    SlotSearch search;
    search.from = instant;
    search.length = 60min;
    return search;
}

TEST(FirstAvailableSlot, StartsAtTheNextAvailabilityWindow)
{
    // Sunday evening: the first slot is Monday 09:00 local (14:00Z) at north.
    const auto slot = firstAvailableSlot({north(), east()}, {}, from(utcAt(2026_y / 1 / 11, 23h)));
    ASSERT_TRUE(slot.ok());
    ASSERT_TRUE(slot->has_value());
    EXPECT_EQ(**slot,
              (AvailableSlot{"north", {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)}}));
}

TEST(FirstAvailableSlot, StartsNowRoundedUpWithinAnOpenWindow)
{
    // Monday 10:07 local: 10:15 is the next quarter hour, and 10:15-11:15 fits before 12:00.
    const auto slot =
        firstAvailableSlot({east(), north()}, {}, from(utcAt(2026_y / 1 / 12, 15h + 7min))).value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->locationId, "north");
    EXPECT_EQ(slot->time.start, utcAt(2026_y / 1 / 12, 15h + 15min));
}

TEST(FirstAvailableSlot, TheSessionMustFitBeforeTheWindowEnds)
{
    // Monday 11:30 local: no hour left at north; Tuesday 13:00 at east.
    const auto slot =
        firstAvailableSlot({north(), east()}, {}, from(utcAt(2026_y / 1 / 12, 16h + 30min)))
            .value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(*slot,
              (AvailableSlot{"east", {utcAt(2026_y / 1 / 13, 18h), utcAt(2026_y / 1 / 13, 19h)}}));
}

TEST(FirstAvailableSlot, SkipsBookedSessionsAndKeepsTheTravelBuffer)
{
    // 09:00-10:00 is booked at north; 10:00-10:30 at another studio ("west") needs 15 minutes
    // of travel after it, so the first clear hour at north starts at 10:45.
    const std::vector<Session> sessions{
        booked("s1", "north", utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)),
        booked("s2", "west", utcAt(2026_y / 1 / 12, 15h), utcAt(2026_y / 1 / 12, 15h + 30min))};
    const auto slot =
        firstAvailableSlot({north()}, sessions, from(utcAt(2026_y / 1 / 12, 13h))).value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->time.start, utcAt(2026_y / 1 / 12, 15h + 45min));
    EXPECT_EQ(slot->time.end, utcAt(2026_y / 1 / 12, 16h + 45min));
}

TEST(FirstAvailableSlot, CancelledSessionsLeaveTheirTimeFree)
{
    const std::vector<Session> sessions{booked("s1", "north", utcAt(2026_y / 1 / 12, 14h),
                                               utcAt(2026_y / 1 / 12, 15h),
                                               SessionStatus::Cancelled)};
    const auto slot =
        firstAvailableSlot({north()}, sessions, from(utcAt(2026_y / 1 / 12, 13h))).value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->time.start, utcAt(2026_y / 1 / 12, 14h));
}

TEST(FirstAvailableSlot, AFullWindowMovesToTheNextWeek)
{
    // Monday 09:00-12:00 fully booked, and no east availability: the Monday after.
    const std::vector<Session> sessions{
        booked("s1", "north", utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 17h))};
    const auto slot =
        firstAvailableSlot({north()}, sessions, from(utcAt(2026_y / 1 / 12, 13h))).value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->time.start, utcAt(2026_y / 1 / 19, 14h));
}

TEST(FirstAvailableSlot, NothingBeyondTheHorizonOrWithoutAvailability)
{
    SlotSearch search = from(utcAt(2026_y / 1 / 12, 18h)); // Monday after the window
    search.horizon = date::days{6};                        // ends before the next Monday
    EXPECT_FALSE(firstAvailableSlot({north()}, {}, search).value().has_value());
    EXPECT_FALSE(firstAvailableSlot({}, {}, search).value().has_value());
    search.horizon = date::days{14};
    EXPECT_TRUE(firstAvailableSlot({north()}, {}, search).value().has_value());
}

TEST(FirstAvailableSlot, TimeOffIsNotAvailable)
{
    Availability availability = north();
    availability.exceptions = {{2026_y / 1 / 12, ExceptionKind::Unavailable, std::nullopt}};
    const auto slot =
        firstAvailableSlot({availability}, {}, from(utcAt(2026_y / 1 / 12, 13h))).value();
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->time.start, utcAt(2026_y / 1 / 19, 14h));
}

TEST(FirstAvailableSlot, RejectsBadInput)
{
    SlotSearch search = from(utcAt(2026_y / 1 / 12, 13h));
    search.length = 0min;
    EXPECT_EQ(firstAvailableSlot({north()}, {}, search).error().code, "invalid_length");
    Availability broken = north();
    broken.timeZone = "Mars/Olympus";
    const auto failed =
        firstAvailableSlot({north(), broken}, {}, from(utcAt(2026_y / 1 / 12, 13h)));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().path.rfind("availabilities[1]", 0), 0u) << failed.error().path;
}

} // namespace
} // namespace fitflow::scheduling
