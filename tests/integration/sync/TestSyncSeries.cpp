// A recurring series through sync against the real server: a device pushes the series and its
// occurrences, another device of the trainer pulls both with the same fields, the server derives
// 0002's local description from the instants and the location's zone, and a rule outside the
// supported subset is a rejection.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncSeries : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
        m_alexId =
            superuserText("SELECT id::text FROM users WHERE email = 'alex@demo.fitflow.test'");
        m_location = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                                   "' AND time_zone = 'America/Toronto' ORDER BY id LIMIT 1");
    }

    std::string m_northside;
    std::string m_alexId;
    std::string m_location;
};

TEST_F(SyncSeries, SeriesAndItsSessionsReachAnotherDevice)
{
    ASSERT_FALSE(m_location.empty());
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const std::string seriesId = randomUuid();
    const std::string sessionId = randomUuid();
    const std::int64_t now = nowMilliseconds();
    const nlohmann::json seriesFields{{"client_id", clientId},
                                      {"location_id", m_location},
                                      {"trainer_id", m_alexId},
                                      {"rrule", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10"},
                                      {"first_starts_at", "2031-06-09T11:00:00Z"},
                                      {"first_ends_at", "2031-06-09T11:45:00Z"},
                                      {"exdates", "2031-06-12T11:00:00Z"}};
    const auto answer = pushOk(
        laptop, {write(1, m_northside, "client", clientId, stamp(laptop, now),
                       {{"first_name", "Rita"}, {"last_name", "Weekly"}}),
                 write(2, m_northside, "series", seriesId, stamp(laptop, now + 1), seriesFields),
                 write(3, m_northside, "session", sessionId, stamp(laptop, now + 2),
                       {{"client_id", clientId},
                        {"location_id", m_location},
                        {"starts_at", "2031-06-09T11:00:00Z"},
                        {"ends_at", "2031-06-09T11:45:00Z"},
                        {"series_id", seriesId}})});
    EXPECT_EQ(answer["acknowledged_through"], 3);
    ASSERT_TRUE(answer["rejections"].empty()) << answer.dump();

    const auto changes = pullAll(phone, m_northside);
    const auto* series = findChange(changes, "series", seriesId);
    ASSERT_NE(series, nullptr);
    for (const auto& [field, value] : seriesFields.items()) {
        EXPECT_EQ((*series)["record"]["fields"][field]["value"], value) << field;
    }
    const auto* session = findChange(changes, "session", sessionId);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ((*session)["record"]["fields"]["series_id"]["value"], seriesId);

    // 0002's description follows the instants: 07:00 in Toronto (EDT), 45 minutes.
    EXPECT_EQ(superuserText("SELECT time_zone || ' ' || first_start_local::text || ' ' || "
                            "duration_minutes FROM session_series WHERE id = '" +
                            seriesId + "'"),
              "America/Toronto 2031-06-09 07:00:00 45");

    // Ending the series travels like any field change, and so does its tombstone.
    const auto ended =
        pushOk(laptop, {write(4, m_northside, "series", seriesId, stamp(laptop, now + 3),
                              {{"rrule", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4"}})});
    EXPECT_TRUE(ended["rejections"].empty()) << ended.dump();
    const auto again = pullAll(phone, m_northside);
    EXPECT_EQ((*findChange(again, "series", seriesId))["record"]["fields"]["rrule"]["value"],
              "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4");
}

TEST_F(SyncSeries, RulesOutsideTheSubsetAndBadExceptionDatesAreRejected)
{
    ASSERT_FALSE(m_location.empty());
    const Device laptop = deviceOf(kAlex);
    const std::string clientId = randomUuid();
    const std::int64_t now = nowMilliseconds();
    const auto seriesWith = [&](std::int64_t id, const std::string& field,
                                const nlohmann::json& value) {
        nlohmann::json fields{{"client_id", clientId},
                              {"location_id", m_location},
                              {"trainer_id", m_alexId},
                              {"rrule", "FREQ=DAILY;COUNT=3"},
                              {"first_starts_at", "2031-06-09T11:00:00Z"},
                              {"first_ends_at", "2031-06-09T12:00:00Z"}};
        fields[field] = value;
        return write(id, m_northside, "series", randomUuid(), stamp(laptop, now + id), fields);
    };
    const auto answer =
        pushOk(laptop, {write(1, m_northside, "client", clientId, stamp(laptop, now),
                              {{"first_name", "Bea"}, {"last_name", "Monthly"}}),
                        seriesWith(2, "rrule", "FREQ=MONTHLY;COUNT=3"),
                        seriesWith(3, "exdates", "2031-06-10"),
                        seriesWith(4, "rrule", "FREQ=DAILY;COUNT=3")});
    EXPECT_EQ(answer["acknowledged_through"], 4);
    ASSERT_EQ(answer["rejections"].size(), 2u) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 2);
    EXPECT_EQ(answer["rejections"][0]["code"], "invalid_value");
    EXPECT_EQ(answer["rejections"][1]["mutation_id"], 3);
    EXPECT_EQ(
        superuserCount("SELECT count(*) FROM session_series WHERE client_id = '" + clientId + "'"),
        1);
}

} // namespace

} // namespace fitflow::test
