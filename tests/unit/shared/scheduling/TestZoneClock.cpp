#include "shared/scheduling/ZoneClock.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;

Instant utc(date::year_month_day day, std::chrono::minutes timeOfDay)
{
    return Instant{date::sys_days{day}.time_since_epoch()} + timeOfDay;
}

LocalDateTime local(date::year_month_day day, std::chrono::minutes timeOfDay)
{
    return date::local_days{day} + timeOfDay;
}

TEST(ZoneClock, UnknownZoneIsAnError)
{
    const auto clock = ZoneClock::forZone("America/Atlantis");
    ASSERT_FALSE(clock.ok());
    EXPECT_EQ(clock.error().code, "unknown_time_zone");
    EXPECT_EQ(ZoneClock::forZone("").error().code, "unknown_time_zone");
}

TEST(ZoneClock, NonexistentSpringTimeMovesForwardByTheGap)
{
    const auto toronto = ZoneClock::forZone("America/Toronto").value();
    // 02:30 does not exist on 2026-03-08; it reads as 03:30 EDT = 07:30Z.
    EXPECT_EQ(toronto.toInstant(local(2026_y / 3 / 8, 150min)), utc(2026_y / 3 / 8, 7h + 30min));
    EXPECT_EQ(toronto.toLocal(toronto.toInstant(local(2026_y / 3 / 8, 150min))),
              local(2026_y / 3 / 8, 3h + 30min));
}

TEST(ZoneClock, AmbiguousFallTimeIsTheFirstInstant)
{
    const auto toronto = ZoneClock::forZone("America/Toronto").value();
    // 01:30 happens twice on 2026-11-01: the EDT one (05:30Z) is chosen, not EST (06:30Z).
    EXPECT_EQ(toronto.toInstant(local(2026_y / 11 / 1, 90min)), utc(2026_y / 11 / 1, 5h + 30min));
}

TEST(ZoneClock, VancouverKeepsUtcMinusSevenAfterNovember2026)
{
    const auto vancouver = ZoneClock::forZone("America/Vancouver").value();
    EXPECT_EQ(vancouver.toInstant(local(2026_y / 10 / 25, 7h)), utc(2026_y / 10 / 25, 14h));
    EXPECT_EQ(vancouver.toInstant(local(2026_y / 11 / 8, 7h)), utc(2026_y / 11 / 8, 14h));
    EXPECT_EQ(vancouver.toInstant(local(2027_y / 1 / 10, 7h)), utc(2027_y / 1 / 10, 14h));
}

} // namespace
} // namespace fitflow::scheduling
