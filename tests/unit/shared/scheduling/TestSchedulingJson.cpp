#include "shared/scheduling/SchedulingJson.h"

#include "SchedulingTestTime.h"
#include "shared/scheduling/WallClockText.h"

#include <gtest/gtest.h>

namespace fitflow::scheduling {
namespace {

using namespace date::literals;
using namespace std::chrono_literals;
using nlohmann::json;
using testing::localAt;
using testing::utcAt;

constexpr const char* kSessionId = "0190a1b2-0000-7000-8000-000000000001";
constexpr const char* kOrgId = "0190a1b2-0000-7000-8000-000000000002";
constexpr const char* kTrainerId = "0190a1b2-0000-7000-8000-000000000003";
constexpr const char* kLocationId = "0190a1b2-0000-7000-8000-000000000004";
constexpr const char* kSeriesId = "0190a1b2-0000-7000-8000-000000000005";

json sessionJson()
{
    return {{"id", kSessionId},
            {"org_id", kOrgId},
            {"trainer_id", kTrainerId},
            {"location_id", kLocationId},
            {"time_zone", "America/Toronto"},
            {"start", "2026-03-09T11:00:00Z"},
            {"end", "2026-03-09T12:00:00Z"},
            {"status", "no_show"}};
}

json seriesJson()
{
    return {{"id", kSeriesId},
            {"org_id", kOrgId},
            {"trainer_id", kTrainerId},
            {"location_id", kLocationId},
            {"time_zone", "America/Toronto"},
            {"first_start", "2026-03-02T07:00:00"},
            {"duration_minutes", 60},
            {"rrule", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30"},
            {"cancelled", {"2026-03-04T07:00:00"}},
            {"moved",
             {{{"original_start", "2026-03-09T07:00:00"},
               {"start", "2026-03-10T12:00:00Z"},
               {"end", "2026-03-10T13:00:00Z"}}}}};
}

json availabilityJson()
{
    return {{"trainer_id", kTrainerId},
            {"location_id", kLocationId},
            {"time_zone", "America/Vancouver"},
            {"weekly_rules",
             {{{"weekday", "MO"}, {"start", "09:00"}, {"end", "12:00"}},
              {{"weekday", "SA"}, {"start", "13:30"}, {"end", "24:00"}}}},
            {"exceptions",
             {{{"date", "2026-12-25"}, {"kind", "unavailable"}},
              {{"date", "2026-12-27"},
               {"kind", "extra_available"},
               {"start", "10:00"},
               {"end", "11:00"}}}}};
}

json packJson()
{
    return {{"id", kSeriesId},
            {"client_id", kOrgId},
            {"credits", 10},
            {"price_cents", 80000},
            {"purchased_at", "2026-01-01T12:00:00Z"},
            {"expires_at", "2027-01-01T12:00:00Z"},
            {"consumed_by", {kSessionId}}};
}

// Expects `result` to fail with `code` at `path`.
template <typename T>
void expectError(const Result<T>& result, const std::string& code, const std::string& path)
{
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, code) << result.error().message;
    EXPECT_EQ(result.error().path, path) << result.error().message;
}

TEST(SchedulingJson, SessionRoundTrips)
{
    const auto session = sessionFromJson(sessionJson());
    ASSERT_TRUE(session.ok()) << session.error().message;
    EXPECT_EQ(session->status, SessionStatus::NoShow);
    EXPECT_EQ(session->time.start, utcAt(2026_y / 3 / 9, 11h));
    EXPECT_FALSE(session->seriesId.has_value());
    EXPECT_EQ(toJson(*session), sessionJson());

    auto withSeries = sessionJson();
    withSeries["series_id"] = kSeriesId;
    EXPECT_EQ(sessionFromJson(withSeries).value().seriesId, kSeriesId);
}

TEST(SchedulingJson, SessionErrorsNameTheField)
{
    auto bad = sessionJson();
    bad["status"] = "done";
    expectError(sessionFromJson(bad), "invalid_value", "status");

    bad = sessionJson();
    bad["time_zone"] = "America/Gotham";
    expectError(sessionFromJson(bad), "unknown_time_zone", "time_zone");

    bad = sessionJson();
    bad["end"] = "2026-03-09T10:00:00Z";
    expectError(sessionFromJson(bad), "invalid_value", "end");

    bad = sessionJson();
    bad["start"] = "2026-03-09T11:00:00.500Z";
    expectError(sessionFromJson(bad), "invalid_value", "start");

    bad = sessionJson();
    bad.erase("trainer_id");
    expectError(sessionFromJson(bad), "missing_field", "trainer_id");

    bad = sessionJson();
    bad["client_email"] = "x@example.com";
    expectError(sessionFromJson(bad), "unknown_field", "client_email");

    bad = sessionJson();
    bad["start"] = 1773054000;
    expectError(sessionFromJson(bad), "wrong_type", "start");
}

TEST(SchedulingJson, SeriesRoundTrips)
{
    const auto series = seriesFromJson(seriesJson());
    ASSERT_TRUE(series.ok()) << series.error().message;
    EXPECT_EQ(series->firstStart, localAt(2026_y / 3 / 2, 7h));
    EXPECT_EQ(series->rule.count, 30);
    EXPECT_TRUE(series->cancelled.contains(localAt(2026_y / 3 / 4, 7h)));
    EXPECT_EQ(series->moved.at(localAt(2026_y / 3 / 9, 7h)).start, utcAt(2026_y / 3 / 10, 12h));
    EXPECT_EQ(toJson(*series), seriesJson());
}

TEST(SchedulingJson, SeriesErrorsNameTheField)
{
    auto bad = seriesJson();
    bad["rrule"] = "FREQ=WEEKLY;BYMONTH=3";
    expectError(seriesFromJson(bad), "rrule_unknown_part", "rrule");

    bad = seriesJson();
    bad["first_start"] = "2026-03-03T07:00:00"; // a Tuesday, not in BYDAY
    expectError(seriesFromJson(bad), "series_start_not_in_rule", "first_start");

    bad = seriesJson();
    bad["first_start"] = "2026-03-02T07:00:00Z";
    expectError(seriesFromJson(bad), "invalid_value", "first_start");

    bad = seriesJson();
    bad["duration_minutes"] = 0;
    expectError(seriesFromJson(bad), "out_of_range", "duration_minutes");

    bad = seriesJson();
    bad["duration_minutes"] = 1441;
    expectError(seriesFromJson(bad), "out_of_range", "duration_minutes");

    bad = seriesJson();
    bad["cancelled"] = {"March 4"};
    expectError(seriesFromJson(bad), "invalid_value", "cancelled");

    bad = seriesJson();
    bad["moved"][0]["end"] = "2026-03-10T11:00:00Z";
    expectError(seriesFromJson(bad), "invalid_value", "moved[0].end");

    bad = seriesJson();
    bad["moved"][0]["note"] = "client asked";
    expectError(seriesFromJson(bad), "unknown_field", "moved[0].note");
}

TEST(SchedulingJson, AvailabilityRoundTrips)
{
    const auto availability = availabilityFromJson(availabilityJson());
    ASSERT_TRUE(availability.ok()) << availability.error().message;
    ASSERT_EQ(availability->weeklyRules.size(), 2u);
    EXPECT_EQ(availability->weeklyRules[1].weekday, date::Saturday);
    EXPECT_EQ(availability->weeklyRules[1].span, (LocalSpan{13h + 30min, 24h}));
    EXPECT_FALSE(availability->exceptions[0].span.has_value());
    EXPECT_EQ(availability->exceptions[1].kind, ExceptionKind::ExtraAvailable);
    EXPECT_EQ(availability->exceptions[1].date, 2026_y / 12 / 27);
    EXPECT_EQ(toJson(*availability), availabilityJson());
}

TEST(SchedulingJson, AvailabilityErrorsNameTheField)
{
    auto bad = availabilityJson();
    bad["weekly_rules"][1]["end"] = "12:00";
    expectError(availabilityFromJson(bad), "invalid_value", "weekly_rules[1].end");

    bad = availabilityJson();
    bad["weekly_rules"][0]["start"] = "9:00";
    expectError(availabilityFromJson(bad), "invalid_value", "weekly_rules[0].start");

    bad = availabilityJson();
    bad["weekly_rules"][0]["weekday"] = "MONDAY";
    expectError(availabilityFromJson(bad), "invalid_value", "weekly_rules[0].weekday");

    bad = availabilityJson();
    bad["exceptions"][1].erase("end");
    expectError(availabilityFromJson(bad), "missing_field", "exceptions[1].end");

    bad = availabilityJson();
    bad["exceptions"][0]["kind"] = "holiday";
    expectError(availabilityFromJson(bad), "invalid_value", "exceptions[0].kind");

    bad = availabilityJson();
    bad["exceptions"][0]["date"] = "2026-02-30";
    expectError(availabilityFromJson(bad), "invalid_value", "exceptions[0].date");
}

TEST(SchedulingJson, CreditPackRoundTripsAndValidates)
{
    const auto pack = creditPackFromJson(packJson());
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    EXPECT_EQ(pack->remaining(), 9);
    EXPECT_EQ(toJson(*pack), packJson());

    auto bad = packJson();
    bad["credits"] = 0;
    expectError(creditPackFromJson(bad), "out_of_range", "credits");

    bad = packJson();
    bad["price_cents"] = -5;
    expectError(creditPackFromJson(bad), "out_of_range", "price_cents");

    bad = packJson();
    bad["expires_at"] = "2025-12-31T00:00:00Z";
    expectError(creditPackFromJson(bad), "invalid_expiry", "expires_at");

    bad = packJson();
    bad["credits"] = 1;
    bad["consumed_by"] = {kSessionId, kOrgId};
    expectError(creditPackFromJson(bad), "invalid_credits", "consumed_by");

    bad = packJson();
    bad["consumed_by"] = {"not-a-uuid"};
    expectError(creditPackFromJson(bad), "invalid_value", "consumed_by[0]");
}

TEST(SchedulingJson, CancellationPolicyRoundTripsAndValidates)
{
    const json policy{{"late_window_minutes", 1440}, {"late_fee_cents", 4000}};
    const auto parsed = cancellationPolicyFromJson(policy);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->lateWindow, 24h);
    EXPECT_EQ(toJson(*parsed), policy);

    expectError(cancellationPolicyFromJson({{"late_window_minutes", -1}, {"late_fee_cents", 0}}),
                "out_of_range", "late_window_minutes");
    expectError(cancellationPolicyFromJson({{"late_window_minutes", 60}, {"late_fee_cents", 1.5}}),
                "wrong_type", "late_fee_cents");
    expectError(cancellationPolicyFromJson(json::array()), "wrong_type", "");
}

TEST(WallClockText, ParsesOnlyTheExactShapes)
{
    EXPECT_EQ(parseLocalDateTime("2026-03-08T02:30:00"), localAt(2026_y / 3 / 8, 150min));
    EXPECT_EQ(formatLocalDateTime(localAt(2026_y / 3 / 8, 150min)), "2026-03-08T02:30:00");
    for (const char* bad : {"2026-03-08 02:30:00", "2026-13-08T02:30:00", "2026-03-08T24:00:00",
                            "2026-03-08T02:30", "2026-03-08T02:30:00Z", "２026-03-08T02:30:00"}) {
        EXPECT_FALSE(parseLocalDateTime(bad).has_value()) << bad;
    }
    EXPECT_EQ(parseTimeOfDay("24:00"), 24h);
    EXPECT_EQ(formatTimeOfDay(9h + 5min), "09:05");
    for (const char* bad : {"24:01", "25:00", "9:00", "09:60", "09-00", ""}) {
        EXPECT_FALSE(parseTimeOfDay(bad).has_value()) << bad;
    }
}

} // namespace
} // namespace fitflow::scheduling
