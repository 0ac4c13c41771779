// The availability sync fields: canonical JSON lists that round-trip, and every malformed,
// overlapping or unsorted list refused with the entry's path.

#include "shared/scheduling/AvailabilityWire.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

WeeklyRule rule(date::weekday weekday, int fromHour, int toHour)
{
    return {weekday, {hours{fromHour}, hours{toHour}}};
}

AvailabilityException dayOff(int day)
{
    return {date::year{2026} / date::March / day, ExceptionKind::Unavailable, std::nullopt};
}

TEST(AvailabilityWire, WeeklyRulesAreSortedMondayFirstAndRoundTrip)
{
    const std::vector<WeeklyRule> rules{rule(date::Sunday, 9, 12), rule(date::Tuesday, 13, 17),
                                        rule(date::Tuesday, 7, 12), rule(date::Monday, 8, 9)};
    const nlohmann::json json = weeklyRulesToJson(rules);
    ASSERT_EQ(json.size(), 4U);
    EXPECT_EQ(json[0], nlohmann::json({{"weekday", "MO"}, {"start", "08:00"}, {"end", "09:00"}}));
    EXPECT_EQ(json[1]["start"], "07:00");
    EXPECT_EQ(json[2]["start"], "13:00");
    EXPECT_EQ(json[3]["weekday"], "SU");
    const auto back = weeklyRulesFromJson(json);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(weeklyRulesToJson(*back), json);
    EXPECT_EQ((*back)[3].weekday, date::Sunday);
}

TEST(AvailabilityWire, ExceptionsSortWholeDayFirstAndRoundTrip)
{
    std::vector<AvailabilityException> exceptions{{date::year{2026} / date::March / 18,
                                                   ExceptionKind::ExtraAvailable,
                                                   LocalSpan{hours{18}, hours{20}}},
                                                  dayOff(18),
                                                  dayOff(2)};
    const nlohmann::json json = availabilityExceptionsToJson(exceptions);
    ASSERT_EQ(json.size(), 3U);
    EXPECT_EQ(json[0], nlohmann::json({{"date", "2026-03-02"}, {"kind", "unavailable"}}));
    EXPECT_FALSE(json[1].contains("start"));
    EXPECT_EQ(json[2]["kind"], "extra_available");
    EXPECT_EQ(json[2]["end"], "20:00");
    const auto back = availabilityExceptionsFromJson(json);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(availabilityExceptionsToJson(*back), json);
}

TEST(AvailabilityWire, EmptyListsAreValid)
{
    EXPECT_TRUE(weeklyRulesFromJson(nlohmann::json::array()));
    EXPECT_TRUE(availabilityExceptionsFromJson(nlohmann::json::array()));
}

TEST(AvailabilityWire, RefusesEndBeforeStartWithTheEntryPath)
{
    const auto json = nlohmann::json::parse(R"([{"weekday":"MO","start":"12:00","end":"07:00"}])");
    const auto read = weeklyRulesFromJson(json);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, "invalid_span");
    EXPECT_EQ(read.error().path, "weekly_rules[0]");
}

TEST(AvailabilityWire, RefusesOverlapsOfOneWeekdayButNotTouchingSpans)
{
    const auto overlapping =
        weeklyRulesToJson({rule(date::Tuesday, 7, 12), rule(date::Tuesday, 11, 13)});
    const auto read = weeklyRulesFromJson(overlapping);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, "overlapping_spans");
    EXPECT_EQ(read.error().path, "weekly_rules[1]");
    EXPECT_TRUE(weeklyRulesFromJson(
        weeklyRulesToJson({rule(date::Tuesday, 7, 12), rule(date::Tuesday, 12, 13)})));
    EXPECT_TRUE(weeklyRulesFromJson(
        weeklyRulesToJson({rule(date::Tuesday, 7, 12), rule(date::Wednesday, 7, 12)})));
}

TEST(AvailabilityWire, RefusesTwoExceptionsOfOneDateAndKindThatOverlap)
{
    const auto twice = availabilityExceptionsToJson(
        {dayOff(3),
         {date::year{2026} / date::March / 3, ExceptionKind::Unavailable,
          LocalSpan{hours{9}, hours{10}}}});
    const auto read = availabilityExceptionsFromJson(twice);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, "overlapping_spans");
    // Time off and extra hours on one day may overlap: time off wins (availableWindows).
    EXPECT_TRUE(availabilityExceptionsFromJson(availabilityExceptionsToJson(
        {dayOff(3),
         {date::year{2026} / date::March / 3, ExceptionKind::ExtraAvailable,
          LocalSpan{hours{9}, hours{10}}}})));
}

TEST(AvailabilityWire, RefusesAnUnsortedList)
{
    const auto json = nlohmann::json::parse(R"([{"weekday":"TU","start":"07:00","end":"12:00"},
                                                {"weekday":"MO","start":"07:00","end":"12:00"}])");
    const auto read = weeklyRulesFromJson(json);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, "not_canonical");
}

TEST(AvailabilityWire, RefusesMalformedEntries)
{
    const std::vector<std::pair<const char*, const char*>> cases{
        {R"({"weekday":"MO"})", "wrong_type"},
        {R"([{"weekday":"XX","start":"07:00","end":"12:00"}])", "invalid_value"},
        {R"([{"weekday":"MO","start":"7","end":"12:00"}])", "invalid_value"},
        {R"([{"weekday":"MO","start":"07:00","end":"12:00","note":"x"}])", "unknown_field"},
        {R"([{"weekday":"MO","start":700,"end":"12:00"}])", "wrong_type"},
        {R"([{"weekday":"MO","start":"07:00"}])", "missing_field"},
        {R"(["MO 07:00-12:00"])", "wrong_type"},
    };
    for (const auto& [text, code] : cases) {
        const auto read = weeklyRulesFromJson(nlohmann::json::parse(text));
        ASSERT_FALSE(read) << text;
        EXPECT_EQ(read.error().code, code) << text;
    }
    const auto badDate = availabilityExceptionsFromJson(
        nlohmann::json::parse(R"([{"date":"2026-02-30","kind":"unavailable"}])"));
    ASSERT_FALSE(badDate);
    EXPECT_EQ(badDate.error().path, "exceptions[0].date");
    const auto halfSpan = availabilityExceptionsFromJson(
        nlohmann::json::parse(R"([{"date":"2026-03-02","kind":"unavailable","start":"09:00"}])"));
    ASSERT_FALSE(halfSpan);
    EXPECT_EQ(halfSpan.error().path, "exceptions[0].end");
    const auto badKind = availabilityExceptionsFromJson(
        nlohmann::json::parse(R"([{"date":"2026-03-02","kind":"holiday"}])"));
    ASSERT_FALSE(badKind);
    EXPECT_EQ(badKind.error().path, "exceptions[0].kind");
}

TEST(AvailabilityWire, entryIndexOfPathReadsTheListIndexOrZero)
{
    EXPECT_EQ(entryIndexOfPath("weekly_rules[12].end"), 12u);
    EXPECT_EQ(entryIndexOfPath("[3].start"), 3u);
    EXPECT_EQ(entryIndexOfPath("exceptions"), 0u);
    EXPECT_EQ(entryIndexOfPath("exceptions[x].date"), 0u);
    EXPECT_EQ(entryIndexOfPath("exceptions[4"), 0u);
    EXPECT_EQ(entryIndexOfPath("exceptions[99999999999999999999999]"), 0u);
}

} // namespace
} // namespace fitflow::scheduling
