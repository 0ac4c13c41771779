#include "shared/ical/CalendarExporter.h"

#include "IcsTestLines.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace fitflow::ical {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::componentLines;
using testing::unfoldedLines;

scheduling::Instant utcAt(date::year_month_day day, std::chrono::minutes timeOfDay)
{
    return scheduling::Instant{date::sys_days{day}.time_since_epoch()} + timeOfDay;
}

bool contains(const std::vector<std::string>& lines, const std::string& line)
{
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Mon/Wed/Fri 07:00 Toronto from 2026-03-02, 30 times, one cancelled, one moved.
CalendarSeries torontoSeries()
{
    CalendarSeries entry;
    auto& series = entry.series;
    series.id = "0190a1b2-series";
    series.timeZone = "America/Toronto";
    series.firstStart = date::local_days{2026_y / 3 / 2} + 7h;
    series.duration = 60min;
    series.rule = scheduling::parseRecurrenceRule("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30").value();
    series.cancelled.insert(date::local_days{2026_y / 3 / 4} + 7h);
    series.moved[date::local_days{2026_y / 3 / 9} + 7h] = {utcAt(2026_y / 3 / 10, 12h),
                                                           utcAt(2026_y / 3 / 10, 13h)};
    entry.text = {"Personal training", "Northside Toronto, 12 King St W", {"Jane Doe"}, 2};
    return entry;
}

// A one-off, cancelled session in Vancouver after BC's last clock change.
CalendarSession vancouverSession()
{
    CalendarSession entry;
    entry.session.id = "0190a1b2-one";
    entry.session.timeZone = "America/Vancouver";
    entry.session.time = {utcAt(2026_y / 11 / 3, 17h), utcAt(2026_y / 11 / 3, 18h)};
    entry.session.status = scheduling::SessionStatus::Cancelled;
    entry.text = {"Assessment", "Harbour Studio", {"Marc-Andr\xC3\xA9 Leblanc", "Ann Lee"}, 0};
    return entry;
}

CalendarExportRequest request(bool privacyMode)
{
    CalendarExportRequest request;
    request.generatedAt = utcAt(2026_y / 2 / 1, 9h);
    request.privacyMode = privacyMode;
    request.series.push_back(torontoSeries());
    request.sessions.push_back(vancouverSession());
    return request;
}

std::string exportOrFail(const CalendarExportRequest& calendar)
{
    auto ics = exportCalendar(calendar);
    EXPECT_TRUE(ics.ok()) << (ics.ok() ? "" : ics.error().message);
    return ics.ok() ? *ics : std::string{};
}

TEST(CalendarExporter, CalendarHeaderAndCrlfLineEnds)
{
    const std::string ics = exportOrFail(request(false));
    const auto lines = unfoldedLines(ics);
    ASSERT_GE(lines.size(), 6u);
    EXPECT_EQ(lines[0], "BEGIN:VCALENDAR");
    EXPECT_EQ(lines[1], "VERSION:2.0");
    EXPECT_TRUE(lines[2].starts_with("PRODID:-//FitFlow//FitFlow "));
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
    // Every line break is CRLF, and no physical line exceeds 75 octets.
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') {
            ASSERT_GT(i, 0u);
            EXPECT_EQ(ics[i - 1], '\r');
        }
    }
    std::size_t start = 0;
    while (start < ics.size()) {
        const auto end = ics.find("\r\n", start);
        EXPECT_LE(end - start, 75u);
        start = end + 2;
    }
}

TEST(CalendarExporter, SeriesEventHasRruleExdateAndStableUid)
{
    const auto lines = unfoldedLines(exportOrFail(request(false)));
    const auto event = componentLines(lines, "VEVENT", 0);
    EXPECT_EQ(event, (std::vector<std::string>{
                         "UID:0190a1b2-series@fitflow",
                         "DTSTAMP:20260201T090000Z",
                         "DTSTART;TZID=America/Toronto:20260302T070000",
                         "DTEND;TZID=America/Toronto:20260302T080000",
                         "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30",
                         "EXDATE;TZID=America/Toronto:20260304T070000",
                         "SUMMARY:Personal training: Jane Doe",
                         "LOCATION:Northside Toronto\\, 12 King St W",
                         "STATUS:CONFIRMED",
                         "SEQUENCE:2",
                     }));
    // Exporting again gives the same text: UIDs and everything else are stable.
    EXPECT_EQ(exportOrFail(request(false)), exportOrFail(request(false)));
}

TEST(CalendarExporter, MovedOccurrenceIsARecurrenceIdOverride)
{
    const auto lines = unfoldedLines(exportOrFail(request(false)));
    const auto moved = componentLines(lines, "VEVENT", 1);
    EXPECT_TRUE(contains(moved, "UID:0190a1b2-series@fitflow"));
    EXPECT_TRUE(contains(moved, "RECURRENCE-ID;TZID=America/Toronto:20260309T070000"));
    // 12:00Z on 2026-03-10 is 08:00 EDT.
    EXPECT_TRUE(contains(moved, "DTSTART;TZID=America/Toronto:20260310T080000"));
    EXPECT_TRUE(contains(moved, "DTEND;TZID=America/Toronto:20260310T090000"));
    EXPECT_TRUE(contains(moved, "SEQUENCE:3"));
}

TEST(CalendarExporter, CancelledSessionKeepsItsLocalTimeAndStatus)
{
    const auto lines = unfoldedLines(exportOrFail(request(false)));
    const auto event = componentLines(lines, "VEVENT", 2);
    EXPECT_TRUE(contains(event, "UID:0190a1b2-one@fitflow"));
    // 17:00Z is 10:00 in Vancouver's permanent UTC-7.
    EXPECT_TRUE(contains(event, "DTSTART;TZID=America/Vancouver:20261103T100000"));
    EXPECT_TRUE(contains(event, "STATUS:CANCELLED"));
    EXPECT_TRUE(contains(event, "SUMMARY:Assessment: Marc-Andr\xC3\xA9 Leblanc\\, Ann Lee"));
}

TEST(CalendarExporter, OneVTimezonePerZoneUsedWithCorrectOffsets)
{
    const auto lines = unfoldedLines(exportOrFail(request(false)));
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 2);
    const auto toronto = componentLines(lines, "VTIMEZONE", 0);
    const auto vancouver = componentLines(lines, "VTIMEZONE", 1);
    EXPECT_EQ(toronto[0], "TZID:America/Toronto");
    EXPECT_EQ(vancouver[0], "TZID:America/Vancouver");
    EXPECT_TRUE(contains(toronto, "DTSTART:20260308T020000"));
    EXPECT_TRUE(contains(toronto, "TZOFFSETTO:-0400"));
    EXPECT_TRUE(contains(toronto, "RDATE:20261101T020000") ||
                contains(toronto, "DTSTART:20261101T020000"));
    EXPECT_TRUE(contains(vancouver, "DTSTART:20261101T020000"));
    EXPECT_TRUE(contains(vancouver, "TZNAME:MST"));
}

TEST(CalendarExporter, PrivacyModeShowsInitialsOnly)
{
    const std::string ics = exportOrFail(request(true));
    const auto lines = unfoldedLines(ics);
    EXPECT_TRUE(contains(componentLines(lines, "VEVENT", 0), "SUMMARY:Personal training: J.D."));
    EXPECT_TRUE(contains(componentLines(lines, "VEVENT", 2), "SUMMARY:Assessment: M.L.\\, A.L."));
    for (const char* name : {"Jane", "Doe", "Leblanc", "Marc", "Ann Lee"}) {
        EXPECT_EQ(ics.find(name), std::string::npos) << name;
    }
}

TEST(CalendarExporter, SessionsOfAnExportedSeriesAreNotDuplicated)
{
    auto calendar = request(false);
    CalendarSession occurrence = vancouverSession();
    occurrence.session.id = "0190a1b2-occurrence";
    occurrence.session.seriesId = "0190a1b2-series";
    calendar.sessions.push_back(occurrence);
    const auto lines = unfoldedLines(exportOrFail(calendar));
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT"), 3);
    EXPECT_FALSE(contains(lines, "UID:0190a1b2-occurrence@fitflow"));
}

TEST(CalendarExporter, LongTextIsFoldedAndEscaped)
{
    auto calendar = request(false);
    calendar.sessions[0].text.locationText =
        "Harbour Studio; Suite 400, 1055 West Georgia Street\nVancouver, BC V6E 3P3 (use the "
        "side door)";
    const std::string ics = exportOrFail(calendar);
    EXPECT_NE(ics.find("\r\n "), std::string::npos);
    EXPECT_TRUE(contains(unfoldedLines(ics),
                         "LOCATION:Harbour Studio\\; Suite 400\\, 1055 West Georgia "
                         "Street\\nVancouver\\, BC V6E 3P3 (use the side door)"));
}

TEST(CalendarExporter, BadEntriesAreRefusedWithTheirPath)
{
    auto calendar = request(false);
    calendar.sessions[0].session.timeZone = "Pacific/Nowhere";
    auto result = exportCalendar(calendar);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "unknown_time_zone");
    EXPECT_EQ(result.error().path, "sessions[0].time_zone");

    calendar = request(false);
    calendar.series[0].series.rule.interval = 0;
    result = exportCalendar(calendar);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().path, "series[0].rule.INTERVAL");

    calendar = request(false);
    calendar.sessions[0].session.id.clear();
    EXPECT_EQ(exportCalendar(calendar).error().code, "invalid_id");
}

} // namespace
} // namespace fitflow::ical
