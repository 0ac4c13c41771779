// Devices over the real fitflow-server: a user lists and revokes their own devices, an owner
// those of their organization's members; a revoked device's tokens die at once; ids the caller
// may not see answer 404 like ids that do not exist.

#include "tests/support/server/ApiServerFixture.h"

namespace fitflow::test {

namespace {

constexpr const char* kOwner = "owner@demo.fitflow.test";
constexpr const char* kManager = "manager@demo.fitflow.test";
constexpr const char* kSam = "sam@demo.fitflow.test";
constexpr const char* kAlexLaptop = "01890a5d-ac96-774b-bcce-b302099a8001";
constexpr const char* kAlexPhone = "01890a5d-ac96-774b-bcce-b302099a8002";
constexpr const char* kSamLaptop = "01890a5d-ac96-774b-bcce-b302099a8003";
constexpr const char* kUnknownDevice = "01890a5d-ac96-774b-bcce-b302099a80ff";

class DeviceEndpoints : public ApiServerFixture {
protected:
    nlohmann::json loginOn(const std::string& email, const std::string& deviceId,
                           const std::string& name)
    {
        return loginOk(email, {{"device_id", deviceId}, {"device_name", name}});
    }

    int revoke(const std::string& token, const std::string& path)
    {
        const auto answer = postAs(token, path, nlohmann::json::object());
        return answer ? answer->status : 0;
    }

    std::string orgOwnedBy(const std::string& email)
    {
        return superuserText("SELECT m.org_id::text FROM memberships m JOIN users u "
                             "ON u.id = m.user_id WHERE u.email = '" +
                             email + "' AND m.role = 'owner' AND m.ended_at IS NULL LIMIT 1");
    }

    long long revokedCount(const std::string& deviceId)
    {
        return superuserCount("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL "
                              "AND id = '" +
                              deviceId + "'");
    }

    int refreshStatus(const nlohmann::json& tokens)
    {
        const auto answer = post("/api/v1/auth/refresh",
                                 nlohmann::json{{"refresh_token", tokens["refresh_token"]}}.dump());
        return answer ? answer->status : 0;
    }
};

TEST_F(DeviceEndpoints, UserListsAndRevokesOwnDeviceWhoseTokensDieAtOnce)
{
    const auto laptop = loginOn(kAlex, kAlexLaptop, "Laptop");
    const auto phone = loginOn(kAlex, kAlexPhone, "Phone");
    const std::string laptopToken = laptop["access_token"];
    const std::string phoneToken = phone["access_token"];

    const auto listed = getAs(laptopToken, "/api/v1/devices");
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->status, 200) << listed->body;
    const auto devices = nlohmann::json::parse(listed->body)["devices"];
    ASSERT_EQ(devices.size(), 2u) << listed->body;
    EXPECT_EQ(devices[0]["id"], kAlexLaptop);
    EXPECT_EQ(devices[0]["name"], "Laptop");
    EXPECT_TRUE(devices[0]["revoked_at"].is_null());
    EXPECT_EQ(devices[0]["registered_at"].get<std::string>().back(), 'Z');

    ASSERT_EQ(me(phoneToken)->status, 200);
    EXPECT_EQ(revoke(laptopToken, std::string("/api/v1/devices/") + kAlexPhone + "/revoke"), 204);
    EXPECT_EQ(me(phoneToken)->status, 401) << "the phone's access token dies at once";
    EXPECT_EQ(refreshStatus(phone), 401) << "and so does its refresh token";
    EXPECT_EQ(me(laptopToken)->status, 200) << "the other device goes on";

    const auto after = nlohmann::json::parse(getAs(laptopToken, "/api/v1/devices")->body);
    EXPECT_FALSE(after["devices"][1]["revoked_at"].is_null());
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = 'device.revoked' "
                             "AND object_id = '" +
                             std::string(kAlexPhone) + "' AND org_id IS NULL"),
              1);
    EXPECT_EQ(revoke(laptopToken, std::string("/api/v1/devices/") + kAlexPhone + "/revoke"), 204)
        << "revoking again changes nothing";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = 'device.revoked'"),
              1);
}

TEST_F(DeviceEndpoints, SomeoneElsesOrUnknownDeviceIdIsNotFound)
{
    loginOn(kSam, kSamLaptop, "Sam's laptop");
    const std::string alex = loginOn(kAlex, kAlexLaptop, "Laptop")["access_token"];
    EXPECT_EQ(revoke(alex, std::string("/api/v1/devices/") + kSamLaptop + "/revoke"), 404);
    EXPECT_EQ(revoke(alex, std::string("/api/v1/devices/") + kUnknownDevice + "/revoke"), 404);
    EXPECT_EQ(revoke(alex, "/api/v1/devices/not-a-uuid/revoke"), 404);
    EXPECT_EQ(revokedCount(kSamLaptop), 0);
    const auto listed = nlohmann::json::parse(getAs(alex, "/api/v1/devices")->body);
    EXPECT_EQ(listed["devices"].size(), 1u) << "only the caller's own devices";
    EXPECT_EQ(client()->Get("/api/v1/devices")->status, 401);
}

TEST_F(DeviceEndpoints, OwnerListsAndRevokesAMembersDevice)
{
    const auto sam = loginOn(kSam, kSamLaptop, "Sam's laptop");
    const std::string owner = accessTokenFor(kOwner);
    const std::string northside = orgOwnedBy(kOwner);
    const std::string base = "/api/v1/orgs/" + northside + "/devices";

    const auto listed = getAs(owner, base);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->status, 200) << listed->body;
    const auto devices = nlohmann::json::parse(listed->body)["devices"];
    ASSERT_EQ(devices.size(), 1u) << listed->body;
    EXPECT_EQ(devices[0]["id"], kSamLaptop);
    EXPECT_EQ(devices[0]["user_id"],
              superuserText("SELECT id::text FROM users WHERE email = 'sam@demo.fitflow.test'"));

    EXPECT_EQ(revoke(owner, base + "/" + kSamLaptop + "/revoke"), 204);
    EXPECT_EQ(me(sam["access_token"])->status, 401);
    EXPECT_EQ(refreshStatus(sam), 401);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = 'device.revoked' "
                             "AND org_id = '" +
                             northside + "'"),
              1);
}

TEST_F(DeviceEndpoints, ManagerTrainerAndOtherOrganizationsOwnerCannotRevoke)
{
    loginOn(kSam, kSamLaptop, "Sam's laptop");
    const std::string northside = orgOwnedBy(kOwner);
    const std::string samDevice =
        "/api/v1/orgs/" + northside + "/devices/" + kSamLaptop + "/revoke";

    const std::string manager = accessTokenFor(kManager);
    EXPECT_EQ(revoke(manager, samDevice), 403) << "managers never administer devices";
    EXPECT_EQ(getAs(manager, "/api/v1/orgs/" + northside + "/devices")->status, 403);

    // Alex is a trainer at Northside: he may see and revoke only his own devices there.
    const std::string alex = loginOn(kAlex, kAlexLaptop, "Laptop")["access_token"];
    EXPECT_EQ(revoke(alex, samDevice), 404);
    const auto alexList = getAs(alex, "/api/v1/orgs/" + northside + "/devices");
    ASSERT_TRUE(alexList);
    ASSERT_EQ(alexList->status, 200) << alexList->body;
    const auto alexDevices = nlohmann::json::parse(alexList->body)["devices"];
    ASSERT_EQ(alexDevices.size(), 1u) << alexList->body;
    EXPECT_EQ(alexDevices[0]["id"], kAlexLaptop);

    // Alex also owns his own practice, of which Sam is not a member.
    const std::string practice = orgOwnedBy(kAlex);
    ASSERT_NE(practice, northside);
    EXPECT_EQ(revoke(alex, "/api/v1/orgs/" + practice + "/devices/" + kSamLaptop + "/revoke"), 404);
    EXPECT_EQ(revoke(accessTokenFor(kOwner),
                     "/api/v1/orgs/" + practice + "/devices/" + kSamLaptop + "/revoke"),
              404)
        << "the owner of Northside is not a member of Alex's practice";
    EXPECT_EQ(revokedCount(kSamLaptop), 0);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = 'device.revoked'"),
              0);
}

} // namespace

} // namespace fitflow::test
