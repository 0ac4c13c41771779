#include "shared/scheduling/SeriesConflictCheck.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::localAt;
using testing::utcAt;

// Harbour Studio (org-b) wants the trainer Mondays 09:00-10:00 Toronto time, 4 weeks from
// 2026-03-02; the series spans the DST change of 2026-03-08.
SessionSeries harbourMondays()
{
    SessionSeries series;
    series.id = "series-harbour";
    series.orgId = "org-b";
    series.trainerId = "trainer-1";
    series.locationId = "harbour";
    series.timeZone = "America/Toronto";
    series.firstStart = localAt(2026_y / 3 / 2, 9h);
    series.duration = 60min;
    series.rule = parseRecurrenceRule("FREQ=WEEKLY;BYDAY=MO;COUNT=4").value();
    return series;
}

Session northside(const char* id, Instant start, Instant end)
{
    Session session;
    session.id = id;
    session.orgId = "org-a";
    session.trainerId = "trainer-1";
    session.locationId = "north";
    session.timeZone = "America/Toronto";
    session.time = {start, end};
    return session;
}

const TimeInterval kMarch{utcAt(2026_y / 3 / 1, 0h), utcAt(2026_y / 4 / 1, 0h)};

TEST(SeriesConflictCheck, ReportsEachClashingOccurrenceAcrossOrganisations)
{
    // 08:00-09:00 EST on Mar 2 (13:00Z-14:00Z): back-to-back at another studio -> buffer.
    // 09:30-10:30 EDT on Mar 16 (13:30Z-14:30Z): overlap.
    // Mar 9 at 13:00Z-14:00Z UTC is 09:00 EDT: overlap, only because DST moved the series.
    const std::vector existing{
        northside("a", utcAt(2026_y / 3 / 2, 13h), utcAt(2026_y / 3 / 2, 14h)),
        northside("b", utcAt(2026_y / 3 / 9, 13h), utcAt(2026_y / 3 / 9, 14h)),
        northside("c", utcAt(2026_y / 3 / 16, 13h + 30min), utcAt(2026_y / 3 / 16, 14h + 30min)),
    };
    const auto clashes = findSeriesConflicts(existing, harbourMondays(), kMarch, {15min});
    ASSERT_TRUE(clashes.ok()) << clashes.error().message;
    ASSERT_EQ(clashes->size(), 3u);
    EXPECT_EQ((*clashes)[0].occurrence.originalStart, localAt(2026_y / 3 / 2, 9h));
    EXPECT_EQ((*clashes)[0].conflicts.at(0).kind, ConflictKind::TravelBuffer);
    EXPECT_EQ((*clashes)[1].conflicts.at(0).sessionId, "b");
    EXPECT_EQ((*clashes)[1].conflicts.at(0).kind, ConflictKind::Overlap);
    EXPECT_EQ((*clashes)[2].conflicts.at(0).amount, 30min);
}

TEST(SeriesConflictCheck, TheSeriesOwnSessionsAndCancelledOccurrencesDoNotClash)
{
    auto series = harbourMondays();
    Session own = northside("own", utcAt(2026_y / 3 / 23, 13h), utcAt(2026_y / 3 / 23, 14h));
    own.locationId = "harbour";
    own.seriesId = series.id;
    series.cancelled.insert(localAt(2026_y / 3 / 9, 9h));
    const std::vector existing{
        own, northside("b", utcAt(2026_y / 3 / 9, 13h), utcAt(2026_y / 3 / 9, 14h))};
    const auto clashes = findSeriesConflicts(existing, series, kMarch, {15min});
    ASSERT_TRUE(clashes.ok());
    EXPECT_TRUE(clashes->empty());
}

TEST(SeriesConflictCheck, InvalidInputIsRefused)
{
    auto series = harbourMondays();
    series.timeZone = "Nowhere";
    EXPECT_EQ(findSeriesConflicts({}, series, kMarch).error().code, "unknown_time_zone");
    EXPECT_EQ(findSeriesConflicts({}, harbourMondays(), kMarch, {-5min}).error().code,
              "invalid_buffer");
}

} // namespace
} // namespace fitflow::scheduling
