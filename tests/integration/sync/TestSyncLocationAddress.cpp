// A location's street address (migration 0023) through the sync pull: a device's first pull
// carries the demo seed's address of each location (street, city, postal_code beside name,
// province and time_zone), and an owner's edit through the locations API, including clearing a
// part, reaches the device on its next pull from its cursor.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncLocationAddress : public SyncApiFixture {
protected:
    std::string torontoId(const std::string& org)
    {
        return superuserText("SELECT id::text FROM locations WHERE org_id = '" + org +
                             "' AND name = 'Toronto'");
    }
};

TEST_F(SyncLocationAddress, TheAddressIsPulledAndAnEditArrivesFromTheCursor)
{
    const std::string northside = orgId("Northside Strength");
    const std::string toronto = torontoId(northside);
    ASSERT_FALSE(toronto.empty());
    const Device sam = deviceOf("sam@demo.fitflow.test");

    const auto first = pullAll(sam, northside);
    const nlohmann::json* location = findChange(first, "location", toronto);
    ASSERT_NE(location, nullptr) << "Toronto is not pulled";
    const nlohmann::json& values = (*location)["values"];
    EXPECT_EQ(values["name"], "Toronto");
    EXPECT_EQ(values["province"], "ON");
    EXPECT_EQ(values["street"], "212 Ossington Ave");
    EXPECT_EQ(values["city"], "Toronto");
    EXPECT_EQ(values["postal_code"], "M6J 2Z7");

    nlohmann::json cursor = nullptr;
    for (int page = 0; page < 100; ++page) {
        const auto body = pullOk(sam, northside, cursor);
        ASSERT_TRUE(body.is_object());
        cursor = body["cursor"];
        if (!body["has_more"].get<bool>()) {
            break;
        }
    }

    const std::string owner = accessTokenFor("owner@demo.fitflow.test");
    const auto edited = patchAs(owner, "/api/v1/orgs/" + northside + "/locations/" + toronto,
                                {{"street", nullptr}, {"postal_code", "m6j 3a1"}});
    ASSERT_TRUE(edited);
    ASSERT_EQ(edited->status, 200) << edited->body;

    const auto next = pullOk(sam, northside, cursor);
    const std::vector<nlohmann::json> changes(next["changes"].begin(), next["changes"].end());
    location = findChange(changes, "location", toronto);
    ASSERT_NE(location, nullptr) << next.dump();
    EXPECT_TRUE((*location)["values"]["street"].is_null()) << location->dump();
    EXPECT_EQ((*location)["values"]["city"], "Toronto");
    EXPECT_EQ((*location)["values"]["postal_code"], "M6J 3A1");
}

} // namespace
} // namespace fitflow::test
