#include "shared/ical/VTimezoneBuilder.h"

#include "IcsTestLines.h"
#include "shared/ical/IcsDateTime.h"

#include <gtest/gtest.h>

namespace fitflow::ical {
namespace {

using testing::componentLines;
using testing::unfoldedLines;

std::vector<std::string> vtimezoneFor(const char* zone, int fromYear, int toYear)
{
    IcsWriter writer;
    writeVTimezone(writer, scheduling::ZoneClock::forZone(zone).value(), fromYear, toYear);
    return unfoldedLines(writer.text());
}

TEST(VTimezoneBuilder, TorontoHasItsDaylightAndStandardOnsets)
{
    const auto lines = vtimezoneFor("America/Toronto", 2026, 2027);
    ASSERT_EQ(lines.front(), "BEGIN:VTIMEZONE");
    EXPECT_EQ(lines[1], "TZID:America/Toronto");
    EXPECT_EQ(componentLines(lines, "STANDARD"),
              (std::vector<std::string>{"DTSTART:20251102T020000",
                                        "RDATE:20261101T020000,20271107T020000",
                                        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST"}));
    EXPECT_EQ(componentLines(lines, "DAYLIGHT"),
              (std::vector<std::string>{"DTSTART:20260308T020000", "RDATE:20270314T020000",
                                        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT"}));
}

TEST(VTimezoneBuilder, VancouverStopsChangingClocksIn2026)
{
    const auto lines = vtimezoneFor("America/Vancouver", 2026, 2028);
    EXPECT_EQ(componentLines(lines, "STANDARD", 0),
              (std::vector<std::string>{"DTSTART:20251102T020000", "TZOFFSETFROM:-0700",
                                        "TZOFFSETTO:-0800", "TZNAME:PST"}));
    EXPECT_EQ(componentLines(lines, "DAYLIGHT", 0),
              (std::vector<std::string>{"DTSTART:20260308T020000", "TZOFFSETFROM:-0800",
                                        "TZOFFSETTO:-0700", "TZNAME:PDT"}));
    // tzdata 2026f: on 2026-11-01 only the name changes (PDT -> MST); the offset stays -07.
    EXPECT_EQ(componentLines(lines, "STANDARD", 1),
              (std::vector<std::string>{"DTSTART:20261101T020000", "TZOFFSETFROM:-0700",
                                        "TZOFFSETTO:-0700", "TZNAME:MST"}));
    EXPECT_TRUE(componentLines(lines, "DAYLIGHT", 1).empty()); // no DST in 2027 or 2028
}

TEST(VTimezoneBuilder, ZoneWithoutChangesStillGetsOneObservance)
{
    const auto lines = vtimezoneFor("America/Regina", 2026, 2026);
    EXPECT_EQ(componentLines(lines, "STANDARD"),
              (std::vector<std::string>{"DTSTART:19600424T020000", "TZOFFSETFROM:-0700",
                                        "TZOFFSETTO:-0600", "TZNAME:CST"}));
    EXPECT_TRUE(componentLines(lines, "DAYLIGHT").empty());
}

TEST(VTimezoneBuilder, HalfHourOffsetsOfStJohns)
{
    const auto lines = vtimezoneFor("America/St_Johns", 2026, 2026);
    const auto daylight = componentLines(lines, "DAYLIGHT");
    ASSERT_EQ(daylight.size(), 4u); // one onset in 2026: no RDATE
    EXPECT_EQ(daylight[1], "TZOFFSETFROM:-0330");
    EXPECT_EQ(daylight[2], "TZOFFSETTO:-0230");
}

TEST(IcsDateTime, FormatsOffsetsAndTimes)
{
    using namespace std::chrono_literals;
    EXPECT_EQ(formatUtcOffset(-5h), "-0500");
    EXPECT_EQ(formatUtcOffset(-(3h + 30min)), "-0330");
    EXPECT_EQ(formatUtcOffset(0s), "+0000");
    EXPECT_EQ(formatUtcOffset(5h + 30min + 15s), "+053015");
    EXPECT_EQ(formatUtcDateTime(scheduling::Instant{1772971200s}), "20260308T120000Z");
}

} // namespace
} // namespace fitflow::ical
