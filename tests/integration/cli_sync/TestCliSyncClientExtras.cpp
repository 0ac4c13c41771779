// Client extras through the real binaries: two stores of one trainer record tags, consents,
// packages and a session booked on a package offline, sync in any order and print identical
// `dump` output (a concurrent tag edit keeps the later list whole); a third device receives
// the same; the CLI refuses to change or delete a recorded consent.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <thread>

namespace fitflow::test {
namespace {

constexpr const char* kAlex = "alex@demo.fitflow.test";

class CliSyncClientExtras : public CliSyncFixture {
protected:
    static const nlohmann::json* row(const nlohmann::json& dumped, const std::string& entity,
                                     const std::string& id)
    {
        const auto rows = dumped.find(entity);
        if (rows == dumped.end() || !rows->is_array()) {
            return nullptr;
        }
        for (const auto& candidate : *rows) {
            if (candidate.value("id", std::string{}) == id) {
                return &candidate;
            }
        }
        return nullptr;
    }
};

TEST_F(CliSyncClientExtras, TagsConsentsAndPackagesConvergeOnEveryDevice)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty()) << "no Northside organization with a location was pulled";

    const std::string client =
        add(laptop, "client", orgId,
            {{"first_name", "Tess"}, {"last_name", "Ward"}, {"tags", {"knee", "mornings"}}});
    expectSynced(laptop);
    expectSynced(tablet);

    // Offline on both: the tablet edits the tags first, the laptop later (the later list wins
    // whole); the laptop records a consent, the tablet sells a package and books on it.
    update(tablet, "client", client, {{"tags", {"evenings"}}});
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    update(laptop, "client", client, {{"tags", {"knee", "rehab"}}});
    const std::string consent = add(laptop, "consent", orgId,
                                    {{"client_id", client},
                                     {"kind", "data_sharing"},
                                     {"granted", true},
                                     {"policy_version", "2026-01"},
                                     {"recorded_at", "2026-03-15T14:00:00Z"}});
    const std::string package = add(tablet, "package", orgId,
                                    {{"client_id", client},
                                     {"name", "Ten sessions"},
                                     {"sessions_total", 10},
                                     {"price_cents", 75000},
                                     {"expires_on", "2027-03-31"}});
    const std::string session = add(tablet, "session", orgId,
                                    {{"client_id", client},
                                     {"location_id", locationId},
                                     {"starts_at", "2030-04-01T14:00:00Z"},
                                     {"ends_at", "2030-04-01T15:00:00Z"},
                                     {"package_id", package}});
    ASSERT_FALSE(HasFailure());

    // A recorded consent is never changed nor deleted, not even locally.
    const ProcessOutput changed =
        cli({"update", "consent", consent, "--store", laptop, "--json", R"({"granted": false})"});
    EXPECT_NE(changed.exitCode, 0);
    EXPECT_NE(changed.err.find("immutable_record"), std::string::npos) << changed.err;
    const ProcessOutput deleted = cli({"delete", "consent", consent, "--store", laptop});
    EXPECT_NE(deleted.exitCode, 0);

    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));

    const auto dumped = nlohmann::json::parse(laptopDump);
    const auto* clientRow = row(dumped, "client", client);
    const auto* consentRow = row(dumped, "consent", consent);
    const auto* packageRow = row(dumped, "package", package);
    const auto* sessionRow = row(dumped, "session", session);
    ASSERT_NE(clientRow, nullptr);
    ASSERT_NE(consentRow, nullptr);
    ASSERT_NE(packageRow, nullptr);
    ASSERT_NE(sessionRow, nullptr);
    EXPECT_EQ((*clientRow)["tags"], nlohmann::json({"knee", "rehab"})) << clientRow->dump();
    EXPECT_EQ((*consentRow)["granted"], true);
    EXPECT_EQ((*consentRow)["kind"], "data_sharing");
    EXPECT_FALSE((*consentRow)["recorded_by"].is_null()) << consentRow->dump();
    EXPECT_EQ((*packageRow)["sessions_total"], 10);
    EXPECT_EQ((*packageRow)["currency"], "CAD") << packageRow->dump();
    EXPECT_EQ((*sessionRow)["package_id"], package);
    for (const std::string& store : {laptop, tablet}) {
        expectNothingPendingOrRejected(store);
    }

    const std::string later = newDevice("desktop", kAlex);
    expectSynced(later);
    EXPECT_EQ(dump(later), laptopDump);
}

} // namespace
} // namespace fitflow::test
