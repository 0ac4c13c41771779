#include "shared/scheduling/SeriesWire.h"

#include "SchedulingTestTime.h"
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SeriesExpander.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using testing::localAt;
using testing::utcAt;

SeriesWireFields weeklyInToronto()
{
    SeriesWireFields fields;
    fields.id = "series-1";
    fields.orgId = "org-1";
    fields.trainerId = "trainer-1";
    fields.locationId = "location-1";
    fields.rrule = "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6";
    fields.firstStart = utcAt(2026_y / 1 / 5, 14h); // 09:00 EST
    fields.firstEnd = utcAt(2026_y / 1 / 5, 14h + 45min);
    return fields;
}

TEST(SeriesWire, ExceptionDatesRoundTripSorted)
{
    const auto parsed = parseExceptionDates("2026-01-08T14:00:00Z,2026-01-05T14:00:00Z");
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->size(), 2u);
    EXPECT_EQ(*parsed->begin(), utcAt(2026_y / 1 / 5, 14h));
    EXPECT_EQ(formatExceptionDates(*parsed), "2026-01-05T14:00:00Z,2026-01-08T14:00:00Z");
    EXPECT_TRUE(parseExceptionDates("").value().empty());
}

TEST(SeriesWire, BadExceptionDatesAreRefusedWithThePath)
{
    for (const char* bad : {"2026-01-05", "2026-01-05T14:00:00+01:00", "2026-01-05T14:00:00.5Z",
                            "2026-01-05T14:00:00Z,", ",2026-01-05T14:00:00Z",
                            "2026-01-05T14:00:00Z,2026-01-05T14:00:00Z"}) {
        const auto parsed = parseExceptionDates(bad);
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error().code, "invalid_value") << bad;
        EXPECT_EQ(parsed.error().path, "exdates") << bad;
    }
    std::string many;
    for (std::size_t i = 0; i <= kMaxExceptionDates; ++i) {
        many += (i == 0 ? "" : ",") +
                formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(
                    utcAt(2026_y / 1 / 1, 0h) + std::chrono::days{i}));
    }
    EXPECT_FALSE(parseExceptionDates(many).ok());
}

TEST(SeriesWire, SeriesIsReadInTheLocationsZone)
{
    auto fields = weeklyInToronto();
    fields.exceptionDates.insert(utcAt(2026_y / 1 / 8, 14h));
    const auto series = seriesFromWire(fields, "America/Toronto");
    ASSERT_TRUE(series.ok()) << series.error().message;
    EXPECT_EQ(series->firstStart, localAt(2026_y / 1 / 5, 9h));
    EXPECT_EQ(series->duration, 45min);
    EXPECT_TRUE(series->cancelled.contains(localAt(2026_y / 1 / 8, 9h)));
    const auto occurrences =
        expandSeries(*series, {utcAt(2026_y / 1 / 1, 0h), utcAt(2026_y / 3 / 1, 0h)}).value();
    EXPECT_EQ(occurrences.size(), 5u); // COUNT=6 minus the exception

    const SeriesWireFields back = seriesToWire(*series);
    EXPECT_EQ(back.rrule, fields.rrule);
    EXPECT_EQ(back.firstStart, fields.firstStart);
    EXPECT_EQ(back.firstEnd, fields.firstEnd);
    EXPECT_EQ(back.exceptionDates, fields.exceptionDates);
}

TEST(SeriesWire, InvalidFieldsAreRefused)
{
    auto fields = weeklyInToronto();
    fields.rrule = "FREQ=MONTHLY";
    EXPECT_EQ(seriesFromWire(fields, "America/Toronto").error().code, "rrule_invalid_value");

    fields = weeklyInToronto();
    fields.firstEnd = fields.firstStart;
    EXPECT_EQ(seriesFromWire(fields, "America/Toronto").error().code, "invalid_interval");

    EXPECT_EQ(seriesFromWire(weeklyInToronto(), "Mars/Olympus").error().code, "unknown_time_zone");

    fields = weeklyInToronto();
    fields.firstStart = utcAt(2026_y / 1 / 6, 14h); // a Tuesday: not on BYDAY
    fields.firstEnd = fields.firstStart + 1h;
    EXPECT_FALSE(seriesFromWire(fields, "America/Toronto").ok());
}

} // namespace
} // namespace fitflow::scheduling
