// Client extras through the real sync endpoints: client tags (one LWW field), versioned consents
// (insert-only: a second write of a consent is refused), packages and a session's package_id;
// and their scope: another trainer and another organization never see them, the owner does.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncClientExtras : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
        m_alexId = userId(kAlex);
        m_location = superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                                   "' ORDER BY name LIMIT 1");
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    // Alex's laptop creates a client (mutation 1) and returns its id.
    std::string createClient(const Device& laptop, const nlohmann::json& extraFields = {})
    {
        const std::string clientId = randomUuid();
        nlohmann::json fields{{"first_name", "Extra"}, {"last_name", "Client"}};
        for (const auto& [name, value] : extraFields.items()) {
            fields[name] = value;
        }
        const auto answer = pushOk(
            laptop, {write(1, m_northside, "client", clientId, stamp(laptop, now()), fields)});
        EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();
        return clientId;
    }

    nlohmann::json consentFields(const std::string& clientId, bool granted) const
    {
        return {{"client_id", clientId},
                {"kind", "photo"},
                {"granted", granted},
                {"policy_version", "2026-01"},
                {"recorded_at", "2026-03-15T14:00:00Z"}};
    }

    // Distinct, increasing physical times for the stamps of one test.
    std::int64_t now() { return nowMilliseconds() + m_tick++; }

    std::string m_northside;
    std::string m_alexId;
    std::string m_location;
    std::int64_t m_tick = 0;
};

TEST_F(SyncClientExtras, TagsTravelAsOneCanonicalListAndNonCanonicalListsAreRejected)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = createClient(laptop, {{"tags", {"knee", "morning"}}});

    const auto answer =
        pushOk(laptop, {write(2, m_northside, "client", clientId, stamp(laptop, now()),
                              {{"tags", {"morning", "knee"}}}),
                        write(3, m_northside, "client", clientId, stamp(laptop, now()),
                              {{"tags", {"knee", "knee"}}}),
                        write(4, m_northside, "client", clientId, stamp(laptop, now()),
                              {{"tags", {"knee", "rehab", "évening"}}})});
    ASSERT_EQ(answer["rejections"].size(), 2U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 2);
    EXPECT_EQ(answer["rejections"][0]["code"], "invalid_value");
    EXPECT_EQ(answer["rejections"][1]["mutation_id"], 3);

    const auto changes = pullAll(phone, m_northside);
    const auto* client = findChange(changes, "client", clientId);
    ASSERT_NE(client, nullptr);
    EXPECT_EQ((*client)["record"]["fields"]["tags"]["value"],
              nlohmann::json({"knee", "rehab", "évening"}));
}

TEST_F(SyncClientExtras, ClientCreatedWithoutTagsHasAnEmptyList)
{
    const Device laptop = deviceOf(kAlex);
    const std::string clientId = createClient(laptop);
    const auto changes = pullAll(laptop, m_northside);
    const auto* client = findChange(changes, "client", clientId);
    ASSERT_NE(client, nullptr);
    EXPECT_EQ((*client)["record"]["fields"]["tags"]["value"], nlohmann::json::array());
}

TEST_F(SyncClientExtras, ConsentIsRecordedByItsWriterAndNeverChanged)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = createClient(laptop);
    const std::string consentId = randomUuid();
    auto answer = pushOk(laptop, {write(2, m_northside, "consent", consentId, stamp(laptop, now()),
                                        consentFields(clientId, true))});
    EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();

    // A later write of the same consent, even of one field, is an update: refused.
    answer = pushOk(
        laptop,
        {write(3, m_northside, "consent", consentId, stamp(laptop, now()), {{"granted", false}}),
         write(4, m_northside, "consent", consentId, stamp(laptop, now()),
               consentFields(clientId, false)),
         {{"id", 5},
          {"org_id", m_northside},
          {"entity", "consent"},
          {"entity_id", consentId},
          {"change", {{"operation", "delete"}, {"stamp", stamp(laptop, now())}}}}});
    ASSERT_EQ(answer["rejections"].size(), 3U) << answer.dump();
    for (const auto& rejection : answer["rejections"]) {
        EXPECT_EQ(rejection["code"], "immutable_record") << rejection.dump();
    }
    EXPECT_EQ(superuserText("SELECT granted::text FROM consents WHERE id = '" + consentId + "'"),
              "true");

    // A new version is a new record.
    const std::string withdrawn = randomUuid();
    answer = pushOk(laptop, {write(6, m_northside, "consent", withdrawn, stamp(laptop, now()),
                                   consentFields(clientId, false))});
    EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();

    const auto changes = pullAll(phone, m_northside);
    const auto* first = findChange(changes, "consent", consentId);
    const auto* second = findChange(changes, "consent", withdrawn);
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    const auto& fields = (*first)["record"]["fields"];
    EXPECT_EQ(fields["granted"]["value"], true);
    EXPECT_EQ(fields["kind"]["value"], "photo");
    EXPECT_EQ(fields["policy_version"]["value"], "2026-01");
    EXPECT_EQ(fields["recorded_at"]["value"], "2026-03-15T14:00:00Z");
    EXPECT_EQ(fields["recorded_by"]["value"], m_alexId);
    EXPECT_EQ((*second)["record"]["fields"]["granted"]["value"], false);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.consent.write' AND object_id = '" +
                             consentId + "'"),
              1);
}

TEST_F(SyncClientExtras, ConsentInAnotherUsersNameOrOfAnUnknownKindIsRejected)
{
    const Device laptop = deviceOf(kAlex);
    const std::string clientId = createClient(laptop);
    auto forged = consentFields(clientId, true);
    forged["recorded_by"] = userId(kSam);
    auto unknownKind = consentFields(clientId, true);
    unknownKind["kind"] = "marketing";
    const auto answer =
        pushOk(laptop,
               {write(2, m_northside, "consent", randomUuid(), stamp(laptop, now()), forged),
                write(3, m_northside, "consent", randomUuid(), stamp(laptop, now()), unknownKind)});
    ASSERT_EQ(answer["rejections"].size(), 2U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["code"], "forbidden");
    EXPECT_EQ(answer["rejections"][1]["code"], "invalid_value");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM consents WHERE client_id = '" + clientId + "'"),
              0);
}

TEST_F(SyncClientExtras, PackageAndTheSessionBookedOnItReachAnotherDevice)
{
    const Device laptop = deviceOf(kAlex);
    const Device phone = deviceOf(kAlex);
    const std::string clientId = createClient(laptop);
    const std::string packageId = randomUuid();
    const std::string sessionId = randomUuid();
    const auto answer =
        pushOk(laptop, {write(2, m_northside, "package", packageId, stamp(laptop, now()),
                              {{"client_id", clientId},
                               {"name", "Ten sessions"},
                               {"sessions_total", 10},
                               {"price_cents", 75000},
                               {"expires_on", "2026-12-31"}}),
                        write(3, m_northside, "session", sessionId, stamp(laptop, now()),
                              {{"client_id", clientId},
                               {"location_id", m_location},
                               {"starts_at", "2026-04-01T14:00:00Z"},
                               {"ends_at", "2026-04-01T15:00:00Z"},
                               {"package_id", packageId}}),
                        write(4, m_northside, "package", randomUuid(), stamp(laptop, now()),
                              {{"client_id", clientId},
                               {"name", "Bad"},
                               {"sessions_total", 0},
                               {"price_cents", -1}})});
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 4);
    EXPECT_EQ(answer["rejections"][0]["code"], "invalid_value");

    const auto changes = pullAll(phone, m_northside);
    const auto* package = findChange(changes, "package", packageId);
    const auto* session = findChange(changes, "session", sessionId);
    ASSERT_NE(package, nullptr);
    ASSERT_NE(session, nullptr);
    const auto& fields = (*package)["record"]["fields"];
    EXPECT_EQ(fields["sessions_total"]["value"], 10);
    EXPECT_EQ(fields["price_cents"]["value"], 75000);
    EXPECT_EQ(fields["currency"]["value"], "CAD");
    EXPECT_EQ(fields["expires_on"]["value"], "2026-12-31");
    EXPECT_EQ((*session)["record"]["fields"]["package_id"]["value"], packageId);
}

TEST_F(SyncClientExtras, OnlyThoseWhoSeeTheClientSeeItsConsentsAndPackages)
{
    const Device laptop = deviceOf(kAlex);
    const std::string clientId = createClient(laptop, {{"tags", {"vip"}}});
    const std::string consentId = randomUuid();
    const std::string packageId = randomUuid();
    const auto answer =
        pushOk(laptop, {write(2, m_northside, "consent", consentId, stamp(laptop, now()),
                              consentFields(clientId, true)),
                        write(3, m_northside, "package", packageId, stamp(laptop, now()),
                              {{"client_id", clientId},
                               {"name", "Five"},
                               {"sessions_total", 5},
                               {"price_cents", 40000}})});
    ASSERT_TRUE(answer["rejections"].empty()) << answer.dump();

    // Sam (another trainer of Northside) is not assigned to the client: nothing of it.
    const auto samsChanges = pullAll(deviceOf(kSam), m_northside);
    EXPECT_EQ(findChange(samsChanges, "client", clientId), nullptr);
    EXPECT_EQ(findChange(samsChanges, "consent", consentId), nullptr);
    EXPECT_EQ(findChange(samsChanges, "package", packageId), nullptr);
    // Nor does Sam's device write there: a package of a client he cannot see is refused.
    const Device samsPhone = deviceOf(kSam);
    const auto samsPush =
        pushOk(samsPhone, {write(1, m_northside, "package", randomUuid(), stamp(samsPhone, now()),
                                 {{"client_id", clientId},
                                  {"name", "Sneaky"},
                                  {"sessions_total", 1},
                                  {"price_cents", 0}})});
    ASSERT_EQ(samsPush["rejections"].size(), 1U) << samsPush.dump();
    EXPECT_EQ(samsPush["rejections"][0]["code"], "forbidden");

    // Alex's other organization never holds them.
    const auto practice = pullAll(laptop, orgId(kPracticeName));
    EXPECT_EQ(findChange(practice, "consent", consentId), nullptr);
    EXPECT_EQ(findChange(practice, "package", packageId), nullptr);

    // The owner sees the organization's clients, so their consents and packages too.
    const auto ownerChanges = pullAll(deviceOf("owner@demo.fitflow.test"), m_northside);
    EXPECT_NE(findChange(ownerChanges, "consent", consentId), nullptr);
    EXPECT_NE(findChange(ownerChanges, "package", packageId), nullptr);
}

} // namespace

} // namespace fitflow::test
