#include "shared/scheduling/SeriesOccurrencePlan.h"

#include "SchedulingTestTime.h"
#include "shared/scheduling/SeriesEdits.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::localAt;
using testing::utcAt;

// Mondays 09:00 Toronto (14:00 UTC in winter), 4 times from 2026-01-05.
SessionSeries fourMondays()
{
    SessionSeries series;
    series.id = "series-1";
    series.timeZone = "America/Toronto";
    series.firstStart = localAt(2026_y / 1 / 5, 9h);
    series.duration = 60min;
    series.rule = parseRecurrenceRule("FREQ=WEEKLY;COUNT=4").value();
    return series;
}

TimeInterval mondayAt(date::year_month_day day, std::chrono::minutes utcStart)
{
    return {utcAt(day, utcStart), utcAt(day, utcStart) + 1h};
}

std::vector<SeriesMember> sessionsOf(const SessionSeries& series)
{
    std::vector<SeriesMember> members;
    auto plan = planOccurrences(series, {}, utcAt(2026_y / 1 / 1, 0h)).value();
    for (std::size_t i = 0; i < plan.create.size(); ++i) {
        members.push_back({"s" + std::to_string(i + 1), plan.create[i], SessionStatus::Scheduled});
    }
    return members;
}

TEST(SeriesOccurrencePlan, ANewSeriesCreatesEveryOccurrence)
{
    const auto plan = planOccurrences(fourMondays(), {}, utcAt(2026_y / 1 / 1, 0h)).value();
    ASSERT_EQ(plan.create.size(), 4u);
    EXPECT_EQ(plan.create.front(), mondayAt(2026_y / 1 / 5, 14h));
    EXPECT_EQ(plan.create.back(), mondayAt(2026_y / 1 / 26, 14h));
    EXPECT_TRUE(plan.retime.empty());
    EXPECT_TRUE(plan.remove.empty());
}

TEST(SeriesOccurrencePlan, MatchingSessionsNeedNoWrite)
{
    const auto series = fourMondays();
    EXPECT_TRUE(planOccurrences(series, sessionsOf(series), utcAt(2026_y / 1 / 1, 0h))->empty());
}

TEST(SeriesOccurrencePlan, RetimeMovesFutureScheduledSessionsAndKeepsTheirIds)
{
    const auto series = fourMondays();
    auto members = sessionsOf(series);
    members[0].status = SessionStatus::Completed; // history, whatever the date
    const auto later = retimeSeries(series, 10h, 30min).value();
    // "Now" is between the 2nd and 3rd Monday: the 2nd stays although it is still scheduled.
    const auto plan = planOccurrences(later, members, utcAt(2026_y / 1 / 15, 0h)).value();
    ASSERT_EQ(plan.retime.size(), 2u);
    EXPECT_EQ(plan.retime[0].first, "s3");
    EXPECT_EQ(plan.retime[0].second.start, utcAt(2026_y / 1 / 19, 15h));
    EXPECT_EQ(plan.retime[0].second.length(), 30min);
    EXPECT_EQ(plan.retime[1].first, "s4");
    EXPECT_TRUE(plan.create.empty());
    EXPECT_TRUE(plan.remove.empty());
}

TEST(SeriesOccurrencePlan, AShorterRuleRemovesAndALongerOneCreates)
{
    const auto series = fourMondays();
    const auto members = sessionsOf(series);
    auto shorter = series;
    shorter.rule.count = 2;
    const auto fewer = planOccurrences(shorter, members, utcAt(2026_y / 1 / 1, 0h)).value();
    EXPECT_EQ(fewer.remove, (std::vector<std::string>{"s3", "s4"}));
    EXPECT_TRUE(fewer.create.empty());

    auto longer = series;
    longer.rule.count = 6;
    const auto more = planOccurrences(longer, members, utcAt(2026_y / 1 / 1, 0h)).value();
    ASSERT_EQ(more.create.size(), 2u);
    EXPECT_EQ(more.create[0], mondayAt(2026_y / 2 / 2, 14h));
    EXPECT_TRUE(more.remove.empty());
}

TEST(SeriesOccurrencePlan, NoOccurrenceIsBookedTwiceOverHistory)
{
    const auto series = fourMondays();
    auto members = sessionsOf(series);
    members[2].status = SessionStatus::Cancelled; // the 3rd Monday was cancelled by the client
    members.erase(members.begin() + 3);           // the 4th was deleted
    const auto plan = planOccurrences(series, members, utcAt(2026_y / 1 / 1, 0h)).value();
    ASSERT_EQ(plan.create.size(), 1u); // only the deleted 4th comes back
    EXPECT_EQ(plan.create[0], mondayAt(2026_y / 1 / 26, 14h));
}

TEST(SeriesOccurrencePlan, ExceptionDatesAreNotBooked)
{
    auto series = fourMondays();
    series.cancelled.insert(localAt(2026_y / 1 / 12, 9h));
    const auto plan = planOccurrences(series, {}, utcAt(2026_y / 1 / 1, 0h)).value();
    ASSERT_EQ(plan.create.size(), 3u);
    EXPECT_EQ(plan.create[1], mondayAt(2026_y / 1 / 19, 14h));
}

TEST(SeriesOccurrencePlan, UnboundedRulesStopAtTheHorizon)
{
    auto series = fourMondays();
    series.rule.count.reset();
    const auto plan = planOccurrences(series, {}, utcAt(2026_y / 1 / 1, 0h)).value();
    EXPECT_GE(plan.create.size(), 104u);
    EXPECT_LE(plan.create.back().start, utcAt(2026_y / 1 / 5, 14h) + kSeriesHorizon);
}

TEST(SeriesOccurrencePlan, TheHorizonStartsAtAFirstOccurrenceStillToCome)
{
    // Planned years ahead (a series booked for 2030 today): every occurrence is kept.
    const auto members = sessionsOf(fourMondays());
    auto later = fourMondays();
    later.firstStart = localAt(2030_y / 1 / 7, 9h);
    const auto plan = planOccurrences(later, members, utcAt(2026_y / 1 / 1, 0h)).value();
    ASSERT_EQ(plan.retime.size(), 4u);
    EXPECT_EQ(plan.retime.back().second.start, utcAt(2030_y / 1 / 28, 14h));
    EXPECT_TRUE(plan.remove.empty());
}

TEST(SeriesOccurrencePlan, RemovalKeepsHistory)
{
    auto members = sessionsOf(fourMondays());
    members[3].status = SessionStatus::NoShow;
    const auto plan = planRemoval(members, utcAt(2026_y / 1 / 10, 0h));
    EXPECT_EQ(plan.remove, (std::vector<std::string>{"s2", "s3"}));
}

TEST(SeriesEditsReschedule, MovingOneOccurrenceADayLaterMovesTheWeekdays)
{
    SessionSeries series = fourMondays();
    series.rule = parseRecurrenceRule("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4").value();
    series.cancelled.insert(localAt(2026_y / 1 / 8, 9h));
    const auto moved = rescheduleSeries(series, localAt(2026_y / 1 / 12, 9h),
                                        localAt(2026_y / 1 / 13, 7h + 30min), 45min);
    ASSERT_TRUE(moved.ok()) << moved.error().message;
    EXPECT_EQ(moved->firstStart, localAt(2026_y / 1 / 6, 7h + 30min));
    EXPECT_EQ(formatRecurrenceRule(moved->rule), "FREQ=WEEKLY;BYDAY=TU,FR;COUNT=4");
    EXPECT_EQ(moved->duration, 45min);
    EXPECT_TRUE(moved->cancelled.contains(localAt(2026_y / 1 / 9, 7h + 30min)));

    // Sunday -> Monday wraps around the week.
    SessionSeries sunday = fourMondays();
    sunday.firstStart = localAt(2026_y / 1 / 4, 9h);
    sunday.rule = parseRecurrenceRule("FREQ=WEEKLY;BYDAY=TH,SU;UNTIL=20260201T235959Z").value();
    const auto wrapped =
        rescheduleSeries(sunday, localAt(2026_y / 1 / 4, 9h), localAt(2026_y / 1 / 5, 9h), 60min);
    ASSERT_TRUE(wrapped.ok()) << wrapped.error().message;
    EXPECT_EQ(formatRecurrenceRule(wrapped->rule).substr(0, 23), "FREQ=WEEKLY;BYDAY=MO,FR");
}

} // namespace
} // namespace fitflow::scheduling
