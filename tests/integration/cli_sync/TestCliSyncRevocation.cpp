// A device its user revoked wipes its synced data at the next contact, and sync says why.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <pqxx/pqxx>

#include <regex>

namespace fitflow::test {
namespace {

constexpr const char* kSam = "sam@demo.fitflow.test";

class CliSyncRevocation : public CliSyncFixture {};

TEST_F(CliSyncRevocation, RevokedDeviceWipesItsSyncedData)
{
    const std::string store = storePath("laptop");
    ASSERT_EQ(cli({"store", "init", "--store", store}).exitCode, 0);
    const ProcessOutput login = cli({"login", "--store", store, "--server", serverUrl(), "--email",
                                     kSam, "--ca-cert", caCertificatePath()},
                                    kCliDemoPassword);
    ASSERT_EQ(login.exitCode, 0) << login.err;
    std::smatch device;
    ASSERT_TRUE(std::regex_search(login.out, device, std::regex("device ([0-9a-f-]{36})")));
    const ProcessOutput first = sync(store);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const auto before = nlohmann::json::parse(dump(store));
    ASSERT_FALSE(before["organization"].empty());

    const auto revoked = apiPost("/api/v1/devices/" + device[1].str() + "/revoke",
                                 nlohmann::json::object(), accessTokenFor(kSam));
    ASSERT_TRUE(revoked);
    ASSERT_LT(revoked->status, 300) << revoked->body;

    const ProcessOutput refused = sync(store);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("device_revoked"), std::string::npos) << refused.err;
    const auto after = nlohmann::json::parse(dump(store));
    for (const auto& [entity, rows] : after.items()) {
        EXPECT_TRUE(rows.empty()) << entity << " still has rows";
    }
    EXPECT_FALSE(status(store).value("logged_in", true));

    pqxx::connection connection(database().superuserUrl());
    pqxx::work transaction(connection);
    EXPECT_EQ(transaction
                  .exec_params1("SELECT count(*) FROM audit_events "
                                "WHERE action = 'auth.refresh_device_revoked' AND device_id = $1",
                                device[1].str())[0]
                  .as<long long>(),
              1);
}

} // namespace
} // namespace fitflow::test
