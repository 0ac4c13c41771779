#include "shared/scheduling/Availability.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::utcAt;

// Toronto studio: Mondays 09:00-12:00 and 13:00-17:00, Saturdays 08:00-10:00 (local).
Availability torontoWeek()
{
    Availability availability;
    availability.trainerId = "trainer-1";
    availability.locationId = "north";
    availability.timeZone = "America/Toronto";
    availability.weeklyRules = {
        {date::Monday, {9h, 12h}}, {date::Monday, {13h, 17h}}, {date::Saturday, {8h, 10h}}};
    return availability;
}

TEST(Availability, WeeklyRulesGiveLocalWindowsInUtc)
{
    // 2026-01-12 is a Monday, EST (UTC-5).
    const auto windows = availableWindows(torontoWeek(), 2026_y / 1 / 12).value();
    EXPECT_EQ(windows, (std::vector<TimeInterval>{
                           {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 17h)},
                           {utcAt(2026_y / 1 / 12, 18h), utcAt(2026_y / 1 / 12, 22h)}}));
    EXPECT_TRUE(availableWindows(torontoWeek(), 2026_y / 1 / 13).value().empty()); // Tuesday
}

TEST(Availability, WindowsFollowDaylightSavingTime)
{
    // Monday 2026-03-09 is EDT (UTC-4): 09:00 local is 13:00Z.
    const auto windows = availableWindows(torontoWeek(), 2026_y / 3 / 9).value();
    ASSERT_FALSE(windows.empty());
    EXPECT_EQ(windows[0].start, utcAt(2026_y / 3 / 9, 13h));
}

TEST(Availability, IsAvailableNeedsTheWholeIntervalInsideAWindow)
{
    const auto availability = torontoWeek();
    EXPECT_TRUE(
        isAvailable(availability, {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)})
            .value());
    EXPECT_TRUE(
        isAvailable(availability, {utcAt(2026_y / 1 / 12, 16h), utcAt(2026_y / 1 / 12, 17h)})
            .value());
    // 11:30-12:30 local crosses the lunch gap.
    EXPECT_FALSE(isAvailable(availability, {utcAt(2026_y / 1 / 12, 16h + 30min),
                                            utcAt(2026_y / 1 / 12, 17h + 30min)})
                     .value());
    EXPECT_FALSE(
        isAvailable(availability, {utcAt(2026_y / 1 / 13, 14h), utcAt(2026_y / 1 / 13, 15h)})
            .value());
}

TEST(Availability, UnavailableExceptionRemovesTimeAndExtraAddsIt)
{
    auto availability = torontoWeek();
    availability.exceptions.push_back(
        {2026_y / 1 / 12, ExceptionKind::Unavailable, LocalSpan{10h, 11h}});
    availability.exceptions.push_back(
        {2026_y / 1 / 13, ExceptionKind::ExtraAvailable, LocalSpan{18h, 20h}});
    availability.exceptions.push_back({2026_y / 1 / 17, ExceptionKind::Unavailable, std::nullopt});

    EXPECT_FALSE(
        isAvailable(availability, {utcAt(2026_y / 1 / 12, 15h), utcAt(2026_y / 1 / 12, 16h)})
            .value());
    EXPECT_TRUE(
        isAvailable(availability, {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)})
            .value());
    EXPECT_TRUE(isAvailable(availability, {utcAt(2026_y / 1 / 13, 23h), utcAt(2026_y / 1 / 14, 1h)})
                    .value());
    EXPECT_TRUE(availableWindows(availability, 2026_y / 1 / 17).value().empty());  // day off
    EXPECT_FALSE(availableWindows(availability, 2026_y / 1 / 24).value().empty()); // next Saturday
}

TEST(Availability, FreeIntervalsSubtractBusyTimeAndCutIntoSlots)
{
    const std::vector<TimeInterval> busy{
        {utcAt(2026_y / 1 / 12, 15h), utcAt(2026_y / 1 / 12, 16h)}};
    const auto free = freeIntervals(torontoWeek(), 2026_y / 1 / 12, busy).value();
    EXPECT_EQ(free, (std::vector<TimeInterval>{
                        {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)},
                        {utcAt(2026_y / 1 / 12, 16h), utcAt(2026_y / 1 / 12, 17h)},
                        {utcAt(2026_y / 1 / 12, 18h), utcAt(2026_y / 1 / 12, 22h)}}));
    const auto slots = slotsWithin(free, 60min, 30min);
    // 1 + 1 + 7 (18:00, 18:30, ... 21:00) one-hour slots.
    EXPECT_EQ(slots.size(), 9u);
    EXPECT_EQ(slots.back().start, utcAt(2026_y / 1 / 12, 21h));
}

TEST(Availability, BadRulesAreRefusedWithAPath)
{
    auto availability = torontoWeek();
    availability.weeklyRules[1].span = {17h, 13h};
    const auto result =
        isAvailable(availability, {utcAt(2026_y / 1 / 12, 14h), utcAt(2026_y / 1 / 12, 15h)});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "invalid_span");
    EXPECT_EQ(result.error().path, "weekly_rules[1].span");

    availability = torontoWeek();
    availability.exceptions.push_back({2026_y / 2 / 30, ExceptionKind::Unavailable, std::nullopt});
    EXPECT_EQ(validateAvailability(availability).error().path, "exceptions[0].date");

    availability = torontoWeek();
    availability.timeZone = "Toronto";
    EXPECT_EQ(validateAvailability(availability).error().code, "unknown_time_zone");
}

} // namespace
} // namespace fitflow::scheduling
