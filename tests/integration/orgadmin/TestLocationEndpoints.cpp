// Locations API over TLS against the demo world: every member lists, the owner creates, the
// owner or the location's manager edits; other tenants' ids answer 404 and change nothing.
#include "tests/integration/orgadmin/OrgAdminFixture.h"

namespace fitflow::test {
namespace {

class LocationEndpoints : public OrgAdminFixture {};

TEST_F(LocationEndpoints, EveryMemberListsTheLocationsOfTheirOrganizationOnly)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    for (const char* email : {kOwner, kManager, kAlex, kSam}) {
        const auto answer = getAs(tokenFor(email), orgPath(northside, "/locations"));
        ASSERT_EQ(statusOf(answer), 200) << email;
        const auto locations = bodyOf(answer)["locations"];
        ASSERT_EQ(locations.size(), 2U) << email;
        for (const auto& location : locations) {
            EXPECT_NE(location["name"], "Vancouver");
            EXPECT_TRUE(location.contains("time_zone"));
        }
    }
    const auto portal = getAs(tokenFor(kClient), orgPath(practice, "/locations"));
    ASSERT_EQ(statusOf(portal), 200);
    EXPECT_EQ(bodyOf(portal)["locations"].size(), 1U);
    // Not a member: the organization does not exist for them.
    EXPECT_EQ(statusOf(getAs(tokenFor(kClient), orgPath(northside, "/locations"))), 404);
    EXPECT_EQ(statusOf(getAs(tokenFor(kOwner), orgPath(practice, "/locations"))), 404);
    EXPECT_EQ(statusOf(client()->Get(orgPath(northside, "/locations").c_str())), 401);
}

TEST_F(LocationEndpoints, OnlyTheOwnerCreatesAndBadBodiesAre400WithPath)
{
    const std::string northside = orgId(kNorthside);
    const std::string path = orgPath(northside, "/locations");
    const nlohmann::json ottawa{
        {"name", "Ottawa"}, {"province", "ON"}, {"time_zone", "America/Toronto"}};
    const long long before = superuserCount("SELECT count(*) FROM locations");

    EXPECT_EQ(statusOf(postAs(tokenFor(kManager), path, ottawa)), 403);
    EXPECT_EQ(statusOf(postAs(tokenFor(kSam), path, ottawa)), 403);
    struct BadBody {
        nlohmann::json body;
        std::string path;
    };
    const std::vector<BadBody> badBodies{
        {{{"name", "X"}, {"province", "ZZ"}, {"time_zone", "America/Toronto"}}, "province"},
        {{{"name", "X"}, {"province", "ON"}, {"time_zone", "Mars/Olympus_Mons"}}, "time_zone"},
        {{{"name", "X"}, {"province", "ON"}, {"time_zone", "UTC"}}, "time_zone"},
        {{{"province", "ON"}, {"time_zone", "America/Toronto"}}, "name"},
        {{{"name", 7}, {"province", "ON"}, {"time_zone", "America/Toronto"}}, "name"},
        {{{"name", "X"}, {"province", "ON"}, {"time_zone", "America/Toronto"}, {"extra", 1}},
         "extra"},
    };
    for (const auto& bad : badBodies) {
        const auto answer = postAs(tokenFor(kOwner), path, bad.body);
        EXPECT_EQ(statusOf(answer), 400) << bad.body.dump();
        EXPECT_EQ(errorPath(answer), bad.path) << bad.body.dump();
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations"), before);
    EXPECT_EQ(auditCount("location.create"), 0);

    const auto created = postAs(tokenFor(kOwner), path, ottawa);
    ASSERT_EQ(statusOf(created), 201) << (created ? created->body : "");
    const auto body = bodyOf(created);
    EXPECT_EQ(body["name"], "Ottawa");
    EXPECT_EQ(body["province"], "ON");
    const std::string id = body["id"];
    EXPECT_EQ(id.substr(14, 1), "7") << "server ids are UUIDv7";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations WHERE id = '" + id +
                             "' AND org_id = '" + northside + "'"),
              1);
    EXPECT_EQ(auditCount("location.create"), 1);
}

TEST_F(LocationEndpoints, OwnerOrManagerOfThatLocationEditsAndOtherTenantsSee404)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    const std::string toronto = locationId("Toronto");
    const std::string montreal = locationId("Montréal");
    const std::string vancouver = locationId("Vancouver");

    auto answer = patchAs(tokenFor(kOwner), orgPath(northside, "/locations/" + toronto),
                          {{"name", "Toronto Downtown"}});
    ASSERT_EQ(statusOf(answer), 200);
    EXPECT_EQ(bodyOf(answer)["name"], "Toronto Downtown");
    EXPECT_EQ(bodyOf(answer)["time_zone"], "America/Toronto");

    answer = patchAs(tokenFor(kManager), orgPath(northside, "/locations/" + montreal),
                     {{"time_zone", "America/Halifax"}});
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(superuserText("SELECT time_zone FROM locations WHERE id = '" + montreal + "'"),
              "America/Halifax");
    EXPECT_EQ(statusOf(patchAs(tokenFor(kManager), orgPath(northside, "/locations/" + toronto),
                               {{"name", "Mine now"}})),
              403);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kSam), orgPath(northside, "/locations/" + toronto),
                               {{"name", "Mine now"}})),
              403);
    EXPECT_EQ(errorPath(patchAs(tokenFor(kOwner), orgPath(northside, "/locations/" + toronto),
                                {{"province", "XX"}})),
              "province");

    // Cross-tenant: a location of Alex's practice through Northside, and the reverse.
    answer = patchAs(tokenFor(kOwner), orgPath(northside, "/locations/" + vancouver),
                     {{"name", "Taken"}});
    EXPECT_EQ(statusOf(answer), 404);
    EXPECT_EQ(errorCode(answer), "not_found");
    EXPECT_EQ(statusOf(patchAs(tokenFor(kAlex), orgPath(practice, "/locations/" + toronto),
                               {{"name", "Taken"}})),
              404);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kOwner), orgPath(practice, "/locations/" + vancouver),
                               {{"name", "Taken"}})),
              404);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kOwner), orgPath(northside, "/locations/not-a-uuid"),
                               {{"name", "Taken"}})),
              404);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations WHERE name = 'Taken'"), 0);
    EXPECT_EQ(auditCount("location.update"), 2);
}

// Street addresses (migration 0023): entered on create and edit, normalised by the shared rules
// (shared/domain/AddressRules.h), refused with the field's path and nothing written, cleared by
// null, listed by GET.
TEST_F(LocationEndpoints, TheAddressIsValidatedNormalisedAndClearedByNull)
{
    const std::string northside = orgId(kNorthside);
    const std::string path = orgPath(northside, "/locations");
    const nlohmann::json ottawa{{"name", "Ottawa"},
                                {"province", "ON"},
                                {"time_zone", "America/Toronto"},
                                {"street", " 99 Bank St \r\nSuite 4"},
                                {"city", "Ottawa "},
                                {"postal_code", "k1p5n2"}};
    struct BadAddress {
        const char* field;
        nlohmann::json value;
        const char* message; // a part of the clear error
    };
    const std::vector<BadAddress> badAddresses{
        {"postal_code", "12345", "postal code such as H2T 1S6"},
        {"postal_code", "D1P 5N2", "postal code such as H2T 1S6"},
        {"street", "1\n2\n3", "at most two lines"},
        {"street", "   ", "empty"},
        {"street", std::string(101, 'a'), "longer than 100 bytes"},
        {"city", "Ottawa\nON", "one line"},
        {"city", 7, ""},
    };
    const long long before = superuserCount("SELECT count(*) FROM locations");
    for (const auto& bad : badAddresses) {
        nlohmann::json body = ottawa;
        body[bad.field] = bad.value;
        const auto answer = postAs(tokenFor(kOwner), path, body);
        EXPECT_EQ(statusOf(answer), 400) << body.dump();
        EXPECT_EQ(errorPath(answer), bad.field) << body.dump();
        EXPECT_NE(answer ? answer->body.find(bad.message) : 0, std::string::npos)
            << (answer ? answer->body : "");
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations"), before);

    const auto created = postAs(tokenFor(kOwner), path, ottawa);
    ASSERT_EQ(statusOf(created), 201) << (created ? created->body : "");
    EXPECT_EQ(bodyOf(created)["street"], "99 Bank St\nSuite 4");
    EXPECT_EQ(bodyOf(created)["city"], "Ottawa");
    EXPECT_EQ(bodyOf(created)["postal_code"], "K1P 5N2");
    const std::string id = bodyOf(created)["id"];
    EXPECT_EQ(superuserText("SELECT street || '|' || city || '|' || postal_code FROM locations "
                            "WHERE id = '" +
                            id + "'"),
              "99 Bank St\nSuite 4|Ottawa|K1P 5N2");

    // The manager of Montréal gives it an address; a bad one changes nothing.
    const std::string montreal = locationId("Montréal");
    const std::string montrealPath = orgPath(northside, "/locations/" + montreal);
    EXPECT_EQ(errorPath(patchAs(tokenFor(kManager), montrealPath, {{"postal_code", "H2T 1S"}})),
              "postal_code");
    const auto edited = patchAs(tokenFor(kManager), montrealPath,
                                {{"street", "5000 rue Saint-Denis"}, {"postal_code", "h2j 2l8"}});
    ASSERT_EQ(statusOf(edited), 200) << (edited ? edited->body : "");
    EXPECT_EQ(bodyOf(edited)["street"], "5000 rue Saint-Denis");
    EXPECT_EQ(bodyOf(edited)["postal_code"], "H2J 2L8");
    EXPECT_EQ(bodyOf(edited)["name"], "Montréal") << "an address edit keeps the other fields";
    const auto cleared = patchAs(tokenFor(kManager), montrealPath, {{"street", nullptr}});
    ASSERT_EQ(statusOf(cleared), 200);
    EXPECT_TRUE(bodyOf(cleared)["street"].is_null());
    EXPECT_EQ(bodyOf(cleared)["postal_code"], "H2J 2L8") << "an absent part is unchanged";
    EXPECT_EQ(auditCount("location.update"), 2);

    const auto listed = getAs(tokenFor(kSam), path);
    ASSERT_EQ(statusOf(listed), 200);
    bool sawOttawa = false;
    const nlohmann::json listedBody = bodyOf(listed);
    for (const auto& location : listedBody["locations"]) {
        EXPECT_TRUE(location.contains("street") && location.contains("city") &&
                    location.contains("postal_code"));
        if (location["id"] == id) {
            sawOttawa = true;
            EXPECT_EQ(location["postal_code"], "K1P 5N2");
        }
    }
    EXPECT_TRUE(sawOttawa);
}

} // namespace
} // namespace fitflow::test
