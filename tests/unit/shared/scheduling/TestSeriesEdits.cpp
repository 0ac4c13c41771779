#include "shared/scheduling/SeriesEdits.h"

#include "SchedulingTestTime.h"
#include "shared/scheduling/SeriesExpander.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::localAt;
using testing::utcAt;

// Mondays and Thursdays 09:00 Toronto from 2026-01-05 (EST, UTC-5).
SessionSeries mondayThursday(const char* rrule)
{
    SessionSeries series;
    series.id = "series-1";
    series.timeZone = "America/Toronto";
    series.firstStart = localAt(2026_y / 1 / 5, 9h);
    series.duration = 45min;
    series.rule = parseRecurrenceRule(rrule).value();
    return series;
}

std::vector<Occurrence> january(const SessionSeries& series)
{
    return expandSeries(series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 2 / 1, 0h)}).value();
}

TEST(SeriesEdits, CancelOnlyAcceptsRealOccurrences)
{
    const auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4");
    const auto wrongTime = cancelOccurrence(series, localAt(2026_y / 1 / 8, 10h));
    ASSERT_FALSE(wrongTime.ok());
    EXPECT_EQ(wrongTime.error().code, "not_an_occurrence");
    EXPECT_EQ(cancelOccurrence(series, localAt(2026_y / 1 / 19, 9h)).error().code,
              "not_an_occurrence"); // past COUNT

    const auto cancelled = cancelOccurrence(series, localAt(2026_y / 1 / 8, 9h));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(january(*cancelled).size(), 3u);
}

TEST(SeriesEdits, MoveThisOneReplacesAnEarlierMove)
{
    const auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4");
    const LocalDateTime thursday = localAt(2026_y / 1 / 8, 9h);
    auto moved =
        moveOccurrence(series, thursday, {utcAt(2026_y / 1 / 9, 15h), utcAt(2026_y / 1 / 9, 16h)});
    ASSERT_TRUE(moved.ok());
    moved = moveOccurrence(*moved, thursday,
                           {utcAt(2026_y / 1 / 10, 15h), utcAt(2026_y / 1 / 10, 16h)});
    ASSERT_TRUE(moved.ok());
    const auto got = january(*moved);
    ASSERT_EQ(got.size(), 4u);
    EXPECT_EQ(got[1].time.start, utcAt(2026_y / 1 / 10, 15h));

    EXPECT_EQ(
        moveOccurrence(series, thursday, {utcAt(2026_y / 1 / 9, 16h), utcAt(2026_y / 1 / 9, 15h)})
            .error()
            .code,
        "invalid_interval");
    const auto cancelled = cancelOccurrence(series, thursday).value();
    EXPECT_EQ(moveOccurrence(cancelled, thursday,
                             {utcAt(2026_y / 1 / 9, 15h), utcAt(2026_y / 1 / 9, 16h)})
                  .error()
                  .code,
              "occurrence_cancelled");
}

TEST(SeriesEdits, SplitWithCountSharesTheCountAndTheExceptions)
{
    auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6");
    series = cancelOccurrence(series, localAt(2026_y / 1 / 8, 9h)).value();
    series = cancelOccurrence(series, localAt(2026_y / 1 / 19, 9h)).value();

    const auto split = splitSeries(series, localAt(2026_y / 1 / 15, 9h), "series-2");
    ASSERT_TRUE(split.ok()) << split.error().message;
    ASSERT_TRUE(split->head.has_value());
    EXPECT_EQ(split->head->rule.count, 3);
    EXPECT_EQ(split->tail.rule.count, 3);
    EXPECT_EQ(split->tail.id, "series-2");
    EXPECT_EQ(split->tail.firstStart, localAt(2026_y / 1 / 15, 9h));
    EXPECT_EQ(split->head->cancelled, (std::set{localAt(2026_y / 1 / 8, 9h)}));
    EXPECT_EQ(split->tail.cancelled, (std::set{localAt(2026_y / 1 / 19, 9h)}));

    // Together the halves produce exactly the occurrences of the original.
    auto combined = january(*split->head);
    const auto tail = january(split->tail);
    combined.insert(combined.end(), tail.begin(), tail.end());
    const auto original = january(series);
    ASSERT_EQ(combined.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        EXPECT_EQ(combined[i].time, original[i].time);
    }
}

TEST(SeriesEdits, SplitWithoutCountEndsTheHeadJustBeforeTheSplit)
{
    const auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH");
    const auto split = splitSeries(series, localAt(2026_y / 1 / 15, 9h), "series-2").value();
    ASSERT_TRUE(split.head.has_value());
    EXPECT_EQ(split.head->rule.until, utcAt(2026_y / 1 / 15, 14h) - 1s);
    EXPECT_EQ(january(*split.head).size(), 3u); // Jan 5, 8, 12
    EXPECT_FALSE(split.tail.rule.until.has_value());
}

TEST(SeriesEdits, SplitAtTheFirstOccurrenceHasNoHead)
{
    const auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4");
    const auto split = splitSeries(series, series.firstStart, "series-2").value();
    EXPECT_FALSE(split.head.has_value());
    EXPECT_EQ(split.tail.rule.count, 4);
    EXPECT_EQ(splitSeries(series, series.firstStart, "series-1").error().code, "invalid_id");
    EXPECT_EQ(splitSeries(series, localAt(2026_y / 1 / 6, 9h), "series-2").error().code,
              "not_an_occurrence");
}

TEST(SeriesEdits, ThisAndFollowingMovesOnlyTheTail)
{
    const auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6");
    const auto split = splitSeries(series, localAt(2026_y / 1 / 15, 9h), "series-2").value();
    const auto tail = retimeSeries(split.tail, 10h + 30min, 60min);
    ASSERT_TRUE(tail.ok());
    const auto got = january(*tail);
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].time.start, utcAt(2026_y / 1 / 15, 15h + 30min));
    EXPECT_EQ(got[0].time.end, utcAt(2026_y / 1 / 15, 16h + 30min));
    EXPECT_EQ(january(*split.head)[0].time.start, utcAt(2026_y / 1 / 5, 14h));
}

TEST(SeriesEdits, RetimeAllKeepsExceptionsOnTheirDatesAndTheLastUntilDate)
{
    auto series = mondayThursday("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260115T140000Z");
    series = cancelOccurrence(series, localAt(2026_y / 1 / 8, 9h)).value();
    const auto later = retimeSeries(series, 11h, 45min);
    ASSERT_TRUE(later.ok()) << later.error().message;
    EXPECT_EQ(later->cancelled, (std::set{localAt(2026_y / 1 / 8, 11h)}));
    // Jan 5, 12 and 15 remain (8 cancelled); 15th at 11:00 still falls before the new UNTIL.
    const auto got = january(*later);
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got.back().time.start, utcAt(2026_y / 1 / 15, 16h));
    EXPECT_EQ(retimeSeries(series, 24h, 45min).error().code, "invalid_time_of_day");
    EXPECT_EQ(retimeSeries(series, 8h, 0min).error().code, "invalid_duration");
}

} // namespace
} // namespace fitflow::scheduling
