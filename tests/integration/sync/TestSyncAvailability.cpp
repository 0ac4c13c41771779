// A trainer's availability through sync against the real server (migration 0016): the trainer
// writes and another device of theirs receives it; the manager of the location receives it and
// may not write it; another trainer never receives it; a list that breaks the rules
// (validateAvailability, overlaps, order) is a rejection with a reason, never a 5xx.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

constexpr const char* kManager = "manager@demo.fitflow.test";

const nlohmann::json kTuesdayMornings = nlohmann::json::parse(
    R"([{"weekday":"TU","start":"07:00","end":"12:00"},
        {"weekday":"TH","start":"13:00","end":"18:00"}])");
const nlohmann::json kOneDayOff =
    nlohmann::json::parse(R"([{"date":"2031-06-10","kind":"unavailable"}])");

class SyncAvailability : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
        m_alexId = userId(kAlex);
        m_montreal = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                                   "' AND name = 'Montréal'");
        m_toronto = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                                  "' AND name = 'Toronto'");
        // The demo seeds Alex's hours at each location; these tests create his records.
        superuserExec("DELETE FROM availability");
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    nlohmann::json availabilityAt(const std::string& location, const std::string& trainer) const
    {
        return {{"trainer_id", trainer},
                {"location_id", location},
                {"weekly_rules", kTuesdayMornings},
                {"exceptions", kOneDayOff}};
    }

    std::string m_northside;
    std::string m_alexId;
    std::string m_montreal;
    std::string m_toronto;
};

TEST_F(SyncAvailability, TrainerWritesAndTheirOtherDeviceAndTheManagerReceive)
{
    ASSERT_FALSE(m_montreal.empty());
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string id = randomUuid();
    const std::int64_t now = nowMilliseconds();
    const auto answer =
        pushOk(laptop, {write(1, m_northside, "availability", id, stamp(laptop, now),
                              availabilityAt(m_montreal, m_alexId))});
    EXPECT_EQ(answer["acknowledged_through"], 1);
    ASSERT_TRUE(answer["rejections"].empty()) << answer.dump();

    const auto mine = pullAll(phone, m_northside);
    const auto* pulled = findChange(mine, "availability", id);
    ASSERT_NE(pulled, nullptr);
    const nlohmann::json written = availabilityAt(m_montreal, m_alexId);
    for (const auto& [field, value] : written.items()) {
        EXPECT_EQ((*pulled)["record"]["fields"][field]["value"], value) << field;
    }

    // The manager of Montréal reads it and may not change it.
    const Device office = deviceOf(kManager);
    EXPECT_NE(findChange(pullAll(office, m_northside), "availability", id), nullptr);
    const auto refused =
        pushOk(office, {write(1, m_northside, "availability", id, stamp(office, now + 10),
                              {{"weekly_rules", nlohmann::json::array()}})});
    ASSERT_EQ(refused["rejections"].size(), 1u) << refused.dump();
    EXPECT_EQ(refused["rejections"][0]["code"], "forbidden");
    EXPECT_EQ(superuserText("SELECT weekly_rules::text FROM availability WHERE id = '" + id + "'"),
              superuserText("SELECT '" + kTuesdayMornings.dump() + "'::jsonb::text"));

    // Sam, another trainer of the organization, never receives it.
    const Device samsPhone = deviceOf(kSam);
    EXPECT_EQ(findChange(pullAll(samsPhone, m_northside), "availability", id), nullptr);
}

TEST_F(SyncAvailability, ManagerDoesNotReceiveAvailabilityOfALocationTheyDoNotManage)
{
    ASSERT_FALSE(m_toronto.empty());
    const Device laptop = deviceOf(kAlex);
    const std::string id = randomUuid();
    const auto answer =
        pushOk(laptop, {write(1, m_northside, "availability", id, stamp(laptop, nowMilliseconds()),
                              availabilityAt(m_toronto, m_alexId))});
    ASSERT_TRUE(answer["rejections"].empty()) << answer.dump();
    EXPECT_EQ(findChange(pullAll(deviceOf(kManager), m_northside), "availability", id), nullptr);
    // The owner reads the whole organization.
    EXPECT_NE(
        findChange(pullAll(deviceOf("owner@demo.fitflow.test"), m_northside), "availability", id),
        nullptr);
}

TEST_F(SyncAvailability, BadListsAnotherTrainersRecordAndASecondRecordAreRejected)
{
    ASSERT_FALSE(m_montreal.empty());
    const Device laptop = deviceOf(kAlex);
    const std::int64_t now = nowMilliseconds();
    const auto withField = [&](std::int64_t mutation, const std::string& field,
                               const nlohmann::json& value) {
        nlohmann::json fields = availabilityAt(m_toronto, m_alexId);
        fields[field] = value;
        return write(mutation, m_northside, "availability", randomUuid(),
                     stamp(laptop, now + mutation), fields);
    };
    const auto endBeforeStart =
        nlohmann::json::parse(R"([{"weekday":"MO","start":"12:00","end":"07:00"}])");
    const auto overlapping =
        nlohmann::json::parse(R"([{"weekday":"MO","start":"07:00","end":"12:00"},
                                                       {"weekday":"MO","start":"11:00","end":"13:00"}])");
    const auto unsorted = nlohmann::json::parse(R"([{"date":"2031-06-11","kind":"unavailable"},
                                                    {"date":"2031-06-10","kind":"unavailable"}])");
    nlohmann::json samsRecord = availabilityAt(m_toronto, userId(kSam));
    const auto answer = pushOk(
        laptop,
        {withField(1, "weekly_rules", endBeforeStart), withField(2, "weekly_rules", overlapping),
         withField(3, "exceptions", unsorted), withField(4, "weekly_rules", "MO 07:00-12:00"),
         write(5, m_northside, "availability", randomUuid(), stamp(laptop, now + 5), samsRecord),
         write(6, m_northside, "availability", randomUuid(), stamp(laptop, now + 6),
               availabilityAt(m_toronto, m_alexId)),
         write(7, m_northside, "availability", randomUuid(), stamp(laptop, now + 7),
               availabilityAt(m_toronto, m_alexId))});
    EXPECT_EQ(answer["acknowledged_through"], 7);
    const auto& rejections = answer["rejections"];
    ASSERT_EQ(rejections.size(), 6u) << answer.dump();
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(rejections[i]["mutation_id"], i + 1);
        EXPECT_EQ(rejections[i]["code"], "invalid_value") << rejections[i].dump();
    }
    EXPECT_NE(rejections[0]["message"].get<std::string>().find("invalid_span"), std::string::npos)
        << rejections[0].dump();
    EXPECT_NE(rejections[1]["message"].get<std::string>().find("overlapping_spans"),
              std::string::npos);
    EXPECT_NE(rejections[2]["message"].get<std::string>().find("not_canonical"), std::string::npos);
    // Sam's availability is Sam's to write; one record per trainer and location.
    EXPECT_EQ(rejections[4]["mutation_id"], 5);
    EXPECT_EQ(rejections[5]["mutation_id"], 7);
    EXPECT_EQ(
        superuserCount("SELECT count(*) FROM availability WHERE location_id = '" + m_toronto + "'"),
        1);
}

} // namespace

} // namespace fitflow::test
