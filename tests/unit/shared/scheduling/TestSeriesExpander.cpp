#include "shared/scheduling/SeriesExpander.h"

#include "SchedulingTestTime.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::localAt;
using testing::utcAt;

SessionSeries weeklySeries(const char* zone, LocalDateTime firstStart, const char* rrule)
{
    SessionSeries series;
    series.id = "series-1";
    series.orgId = "org-1";
    series.trainerId = "trainer-1";
    series.locationId = "loc-1";
    series.timeZone = zone;
    series.firstStart = firstStart;
    series.duration = 60min;
    series.rule = parseRecurrenceRule(rrule).value();
    return series;
}

std::vector<Instant> startsOf(const std::vector<Occurrence>& occurrences)
{
    std::vector<Instant> starts;
    for (const Occurrence& occurrence : occurrences) {
        starts.push_back(occurrence.time.start);
    }
    return starts;
}

std::vector<Occurrence> expandOrFail(const SessionSeries& series, Instant from, Instant to)
{
    auto result = expandSeries(series, {from, to});
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? *result : std::vector<Occurrence>{};
}

TEST(SeriesExpander, TorontoSpringForwardKeepsSevenAmLocal)
{
    // Sundays 07:00 across 2026-03-08: EST (UTC-5) before, EDT (UTC-4) from that day.
    const auto series = weeklySeries("America/Toronto", localAt(2026_y / 3 / 1, 7h),
                                     "FREQ=WEEKLY;BYDAY=SU;COUNT=3");
    const auto got = expandOrFail(series, utcAt(2026_y / 2 / 1, 0h), utcAt(2026_y / 4 / 1, 0h));
    EXPECT_EQ(startsOf(got), (std::vector{utcAt(2026_y / 3 / 1, 12h), utcAt(2026_y / 3 / 8, 11h),
                                          utcAt(2026_y / 3 / 15, 11h)}));
    EXPECT_EQ(got[1].time.end - got[1].time.start, 60min);
}

TEST(SeriesExpander, TorontoFallBackKeepsSevenAmLocal)
{
    const auto series = weeklySeries("America/Toronto", localAt(2026_y / 10 / 25, 7h),
                                     "FREQ=WEEKLY;BYDAY=SU;COUNT=3");
    const auto got = expandOrFail(series, utcAt(2026_y / 10 / 1, 0h), utcAt(2026_y / 12 / 1, 0h));
    EXPECT_EQ(startsOf(got), (std::vector{utcAt(2026_y / 10 / 25, 11h), utcAt(2026_y / 11 / 1, 12h),
                                          utcAt(2026_y / 11 / 8, 12h)}));
}

TEST(SeriesExpander, VancouverSpringForwardThenNoFallBackIn2026)
{
    // BC moved to permanent UTC-7 on 2026-03-08: PST (UTC-8) before, UTC-7 ever after.
    const auto series =
        weeklySeries("America/Vancouver", localAt(2026_y / 3 / 1, 7h), "FREQ=WEEKLY;BYDAY=SU");
    const auto spring = expandOrFail(series, utcAt(2026_y / 3 / 1, 0h), utcAt(2026_y / 3 / 16, 0h));
    EXPECT_EQ(startsOf(spring), (std::vector{utcAt(2026_y / 3 / 1, 15h), utcAt(2026_y / 3 / 8, 14h),
                                             utcAt(2026_y / 3 / 15, 14h)}));
    const auto fall = expandOrFail(series, utcAt(2026_y / 10 / 25, 0h), utcAt(2026_y / 11 / 9, 0h));
    EXPECT_EQ(startsOf(fall),
              (std::vector{utcAt(2026_y / 10 / 25, 14h), utcAt(2026_y / 11 / 1, 14h),
                           utcAt(2026_y / 11 / 8, 14h)}));
}

TEST(SeriesExpander, ThreeTimesAWeekAcrossTheTorontoChangeWeek)
{
    const auto series =
        weeklySeries("America/Toronto", localAt(2026_y / 3 / 2, 7h), "FREQ=WEEKLY;BYDAY=MO,WE,FR");
    const auto got = expandOrFail(series, utcAt(2026_y / 3 / 2, 0h), utcAt(2026_y / 3 / 14, 0h));
    EXPECT_EQ(startsOf(got),
              (std::vector{utcAt(2026_y / 3 / 2, 12h), utcAt(2026_y / 3 / 4, 12h),
                           utcAt(2026_y / 3 / 6, 12h), utcAt(2026_y / 3 / 9, 11h),
                           utcAt(2026_y / 3 / 11, 11h), utcAt(2026_y / 3 / 13, 11h)}));
}

TEST(SeriesExpander, NonexistentAndAmbiguousLocalTimesFollowTheDocumentedRule)
{
    auto gap =
        weeklySeries("America/Toronto", localAt(2026_y / 3 / 7, 150min), "FREQ=DAILY;COUNT=3");
    EXPECT_EQ(startsOf(expandOrFail(gap, utcAt(2026_y / 3 / 1, 0h), utcAt(2026_y / 3 / 31, 0h))),
              (std::vector{utcAt(2026_y / 3 / 7, 7h + 30min), utcAt(2026_y / 3 / 8, 7h + 30min),
                           utcAt(2026_y / 3 / 9, 6h + 30min)}));

    auto overlap =
        weeklySeries("America/Toronto", localAt(2026_y / 10 / 31, 90min), "FREQ=DAILY;COUNT=3");
    EXPECT_EQ(
        startsOf(expandOrFail(overlap, utcAt(2026_y / 10 / 1, 0h), utcAt(2026_y / 12 / 1, 0h))),
        (std::vector{utcAt(2026_y / 10 / 31, 5h + 30min), utcAt(2026_y / 11 / 1, 5h + 30min),
                     utcAt(2026_y / 11 / 2, 6h + 30min)}));
}

TEST(SeriesExpander, CountCountsFromTheFirstOccurrenceNotTheWindow)
{
    const auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 5, 9h),
                                     "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5");
    // Occurrences: Jan 5, 8, 12, 15, 19. A window starting Jan 13 sees only the last two.
    const auto got = expandOrFail(series, utcAt(2026_y / 1 / 13, 0h), utcAt(2026_y / 12 / 31, 0h));
    EXPECT_EQ(startsOf(got),
              (std::vector{utcAt(2026_y / 1 / 15, 14h), utcAt(2026_y / 1 / 19, 14h)}));
}

TEST(SeriesExpander, UntilIsInclusive)
{
    auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 5, 9h),
                               "FREQ=DAILY;UNTIL=20260107T140000Z");
    EXPECT_EQ(expandOrFail(series, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)).size(),
              3u);
    series.rule.until = utcAt(2026_y / 1 / 7, 14h) - 1s;
    EXPECT_EQ(expandOrFail(series, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)).size(),
              2u);
}

TEST(SeriesExpander, IntervalSkipsWholeWeeksAndDays)
{
    const auto biweekly = weeklySeries("America/Toronto", localAt(2026_y / 1 / 6, 18h),
                                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA;COUNT=5");
    EXPECT_EQ(
        startsOf(expandOrFail(biweekly, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 3 / 1, 0h))),
        (std::vector{utcAt(2026_y / 1 / 6, 23h), utcAt(2026_y / 1 / 10, 23h),
                     utcAt(2026_y / 1 / 20, 23h), utcAt(2026_y / 1 / 24, 23h),
                     utcAt(2026_y / 2 / 3, 23h)}));

    const auto everyThirdDay = weeklySeries("America/Toronto", localAt(2026_y / 1 / 1, 6h),
                                            "FREQ=DAILY;INTERVAL=3;COUNT=4");
    EXPECT_EQ(
        startsOf(expandOrFail(everyThirdDay, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 3 / 1, 0h))),
        (std::vector{utcAt(2026_y / 1 / 1, 11h), utcAt(2026_y / 1 / 4, 11h),
                     utcAt(2026_y / 1 / 7, 11h), utcAt(2026_y / 1 / 10, 11h)}));
}

TEST(SeriesExpander, DailyWithByDayFiltersWeekdays)
{
    // 2026-01-02 is a Friday: weekdays only -> Fri, Mon, Tue.
    const auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 2, 12h),
                                     "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3");
    EXPECT_EQ(startsOf(expandOrFail(series, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h))),
              (std::vector{utcAt(2026_y / 1 / 2, 17h), utcAt(2026_y / 1 / 5, 17h),
                           utcAt(2026_y / 1 / 6, 17h)}));
}

TEST(SeriesExpander, WeeklyWithoutByDayUsesTheFirstStartsWeekday)
{
    const auto series =
        weeklySeries("America/Toronto", localAt(2026_y / 1 / 7, 8h), "FREQ=WEEKLY;COUNT=2");
    EXPECT_EQ(startsOf(expandOrFail(series, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h))),
              (std::vector{utcAt(2026_y / 1 / 7, 13h), utcAt(2026_y / 1 / 14, 13h)}));
}

TEST(SeriesExpander, CancelledOccurrencesVanishAndMovedOnesComeAtTheirNewTime)
{
    auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 5, 9h),
                               "FREQ=WEEKLY;BYDAY=MO;COUNT=4");
    series.cancelled.insert(localAt(2026_y / 1 / 12, 9h));
    // The Jan 19 session moves to Wednesday Jan 21 at 10:00 local (15:00Z).
    series.moved[localAt(2026_y / 1 / 19, 9h)] = {utcAt(2026_y / 1 / 21, 15h),
                                                  utcAt(2026_y / 1 / 21, 16h)};
    const auto got = expandOrFail(series, utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h));
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].time.start, utcAt(2026_y / 1 / 5, 14h));
    EXPECT_EQ(got[1].time.start, utcAt(2026_y / 1 / 21, 15h));
    EXPECT_TRUE(got[1].moved);
    EXPECT_EQ(got[1].originalStart, localAt(2026_y / 1 / 19, 9h));
    EXPECT_EQ(got[2].time.start, utcAt(2026_y / 1 / 26, 14h));
}

TEST(SeriesExpander, AnOccurrenceMovedIntoTheWindowIsFound)
{
    auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 5, 9h),
                               "FREQ=WEEKLY;BYDAY=MO;COUNT=2");
    series.moved[localAt(2026_y / 1 / 12, 9h)] = {utcAt(2026_y / 3 / 2, 15h),
                                                  utcAt(2026_y / 3 / 2, 16h)};
    const auto got = expandOrFail(series, utcAt(2026_y / 3 / 1, 0h), utcAt(2026_y / 3 / 3, 0h));
    ASSERT_EQ(got.size(), 1u);
    EXPECT_TRUE(got[0].moved);
}

TEST(SeriesExpander, WindowSelectsOverlappingOccurrencesOnly)
{
    const auto series = weeklySeries("America/Toronto", localAt(2024_y / 1 / 1, 7h), "FREQ=DAILY");
    // Unbounded daily series from 2024; a window on one day 2030-06-10 06:30..07:30Z-local.
    const auto got =
        expandOrFail(series, utcAt(2030_y / 6 / 10, 11h + 30min), utcAt(2030_y / 6 / 11, 11h));
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].time.start, utcAt(2030_y / 6 / 10, 11h));
}

TEST(SeriesExpander, InvalidSeriesIsRefused)
{
    auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 6, 7h), // a Tuesday
                               "FREQ=WEEKLY;BYDAY=MO");
    EXPECT_EQ(
        expandSeries(series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)}).error().code,
        "series_start_not_in_rule");
    series.firstStart = localAt(2026_y / 1 / 5, 7h);
    series.timeZone = "Mars/Olympus";
    EXPECT_EQ(
        expandSeries(series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)}).error().code,
        "unknown_time_zone");
    series.timeZone = "America/Toronto";
    series.duration = 0min;
    EXPECT_EQ(
        expandSeries(series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)}).error().code,
        "invalid_duration");
    series.duration = 60min;
    EXPECT_EQ(
        expandSeries(series, {utcAt(2026_y / 2 / 1, 0h), utcAt(2026_y / 1 / 1, 0h)}).error().code,
        "invalid_interval");
}

TEST(SeriesExpander, AWindowWithTooManyOccurrencesIsRefused)
{
    const auto series = weeklySeries("America/Toronto", localAt(2026_y / 1 / 1, 7h), "FREQ=DAILY");
    const auto sixtyYears =
        expandSeries(series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2090_y / 1 / 1, 0h)});
    ASSERT_FALSE(sixtyYears.ok());
    EXPECT_EQ(sixtyYears.error().code, "too_many_occurrences");
    // Sixty years are fine one year at a time.
    EXPECT_EQ(expandOrFail(series, utcAt(2079_y / 1 / 1, 12h), utcAt(2080_y / 1 / 1, 12h)).size(),
              365u);
}

TEST(SeriesExpander, SeriesOutsideTheSupportedYearsAreRefused)
{
    auto series = weeklySeries("America/Toronto", localAt(1969_y / 12 / 31, 7h), "FREQ=DAILY");
    EXPECT_EQ(validateSeries(series).error().path, "first_start");
    series.firstStart = localAt(2201_y / 1 / 1, 7h);
    EXPECT_EQ(validateSeries(series).error().code, "out_of_range");

    series.firstStart = localAt(2026_y / 1 / 5, 7h);
    series.rule = parseRecurrenceRule("FREQ=WEEKLY;INTERVAL=366;COUNT=5000").value();
    EXPECT_EQ(validateSeries(series).error().path, "rule.COUNT");
    series.rule = parseRecurrenceRule("FREQ=WEEKLY;UNTIL=21500101T000000Z").value();
    EXPECT_EQ(validateSeries(series).error().path, "rule.UNTIL");
    series.rule = parseRecurrenceRule("FREQ=DAILY;COUNT=5000").value();
    EXPECT_TRUE(validateSeries(series).ok());
}

} // namespace
} // namespace fitflow::scheduling
