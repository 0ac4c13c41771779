#include "shared/scheduling/RecurrenceRule.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;

struct BadRule {
    const char* text;
    const char* code;
    const char* path;
};

TEST(RecurrenceRule, ParsesEverySupportedPart)
{
    const auto rule = parseRecurrenceRule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,MO,WE;COUNT=12");
    ASSERT_TRUE(rule.ok()) << rule.error().message;
    EXPECT_EQ(rule->frequency, Frequency::Weekly);
    EXPECT_EQ(rule->interval, 2);
    EXPECT_EQ(rule->byDay, (std::vector{date::Monday, date::Wednesday, date::Friday}));
    EXPECT_EQ(rule->count, 12);
    EXPECT_FALSE(rule->until.has_value());
}

TEST(RecurrenceRule, ParsesUtcUntil)
{
    const auto rule = parseRecurrenceRule("FREQ=DAILY;UNTIL=20261231T235959Z");
    ASSERT_TRUE(rule.ok());
    EXPECT_EQ(rule->frequency, Frequency::Daily);
    EXPECT_EQ(rule->until,
              std::chrono::sys_seconds{date::sys_days{2026_y / 12 / 31}.time_since_epoch()} + 23h +
                  59min + 59s);
}

TEST(RecurrenceRule, FormatsCanonicallyAndRoundTrips)
{
    for (const char* text : {"FREQ=DAILY", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10",
                             "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,SU;UNTIL=20270101T050000Z",
                             "FREQ=DAILY;INTERVAL=2;BYDAY=SA"}) {
        SCOPED_TRACE(text);
        const auto rule = parseRecurrenceRule(text);
        ASSERT_TRUE(rule.ok()) << rule.error().message;
        EXPECT_EQ(formatRecurrenceRule(*rule), text);
        EXPECT_EQ(parseRecurrenceRule(formatRecurrenceRule(*rule)).value(), *rule);
    }
    // INTERVAL=1 is the default and is not written; BYDAY is written Monday first.
    EXPECT_EQ(
        formatRecurrenceRule(parseRecurrenceRule("BYDAY=SU,MO;INTERVAL=1;FREQ=WEEKLY").value()),
        "FREQ=WEEKLY;BYDAY=MO,SU");
}

TEST(RecurrenceRule, RejectsWhatItDoesNotSupportNamingThePart)
{
    const BadRule cases[] = {
        {"FREQ=MONTHLY", "rrule_invalid_value", "FREQ"},
        {"FREQ=WEEKLY;BYMONTH=3", "rrule_unknown_part", "BYMONTH"},
        {"FREQ=WEEKLY;WKST=SU", "rrule_unknown_part", "WKST"},
        {"FREQ=WEEKLY;INTERVAL=0", "rrule_invalid_value", "INTERVAL"},
        {"FREQ=WEEKLY;INTERVAL=-1", "rrule_invalid_value", "INTERVAL"},
        {"FREQ=WEEKLY;INTERVAL=2x", "rrule_invalid_value", "INTERVAL"},
        {"FREQ=WEEKLY;COUNT=0", "rrule_invalid_value", "COUNT"},
        {"FREQ=WEEKLY;COUNT=5001", "rrule_invalid_value", "COUNT"},
        {"FREQ=WEEKLY;BYDAY=1MO", "rrule_invalid_value", "BYDAY"},
        {"FREQ=WEEKLY;BYDAY=MO,MO", "rrule_invalid_value", "BYDAY"},
        {"FREQ=WEEKLY;BYDAY=", "rrule_invalid_value", "BYDAY"},
        {"FREQ=WEEKLY;UNTIL=20261231", "rrule_invalid_value", "UNTIL"},
        {"FREQ=WEEKLY;UNTIL=20261231T235959", "rrule_invalid_value", "UNTIL"},
        {"FREQ=WEEKLY;UNTIL=20260231T000000Z", "rrule_invalid_value", "UNTIL"},
        {"FREQ=WEEKLY;COUNT=3;UNTIL=20261231T235959Z", "rrule_count_and_until", "UNTIL"},
        {"FREQ=WEEKLY;FREQ=DAILY", "rrule_duplicate_part", "FREQ"},
        {"COUNT=3", "rrule_missing_freq", "FREQ"},
        {"", "rrule_missing_freq", "FREQ"},
        {"FREQ=WEEKLY;", "rrule_syntax", ""},
        {"FREQ=WEEKLY;COUNT", "rrule_syntax", "COUNT"},
        {"freq=weekly", "rrule_unknown_part", "freq"},
    };
    for (const BadRule& bad : cases) {
        SCOPED_TRACE(bad.text);
        const auto rule = parseRecurrenceRule(bad.text);
        ASSERT_FALSE(rule.ok());
        EXPECT_EQ(rule.error().code, bad.code);
        EXPECT_EQ(rule.error().path, bad.path);
    }
}

TEST(RecurrenceRule, ValidateCatchesRulesBuiltInCode)
{
    RecurrenceRule rule;
    rule.byDay = {date::Friday, date::Monday}; // not Monday-first
    EXPECT_EQ(validateRecurrenceRule(rule).error().path, "BYDAY");
    rule.byDay = {date::Monday};
    rule.count = 2;
    rule.until = std::chrono::sys_seconds{};
    EXPECT_EQ(validateRecurrenceRule(rule).error().code, "rrule_count_and_until");
}

} // namespace
} // namespace fitflow::scheduling
