// Done-when of issue 5 through the real binaries: two stores of the same trainer, each offline,
// add and edit records, then sync in any order and print identical `dump` output; a third
// device logging in later receives the same. Also: concurrent note edits are both kept and
// flagged on every device, different fields of one client both survive.

#include "tests/integration/cli_sync/CliSyncFixture.h"

namespace fitflow::test {
namespace {

constexpr const char* kAlex = "alex@demo.fitflow.test";

class CliSyncConvergence : public CliSyncFixture {};

TEST_F(CliSyncConvergence, OfflineEditsOnTwoDevicesConvergeAndAThirdDeviceGetsTheSame)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty()) << "no Northside organization with a location was pulled";

    // A client both devices know, then edited offline on both (different fields).
    const std::string shared =
        add(laptop, "client", orgId, {{"first_name", "Sasha"}, {"last_name", "Berg"}});
    expectSynced(laptop);
    expectSynced(tablet);

    // Offline on each device.
    update(laptop, "client", shared, {{"phone", "+1 416 555 0101"}});
    update(tablet, "client", shared, {{"email", "sasha@example.test"}});
    const std::string fromLaptop =
        add(laptop, "client", orgId, {{"first_name", "Lee"}, {"last_name", "Park"}});
    const std::string note =
        add(laptop, "note", orgId, {{"client_id", fromLaptop}, {"text", "Intake"}});
    const std::string fromTablet =
        add(tablet, "client", orgId, {{"first_name", "Robin"}, {"last_name", "Diaz"}});
    const std::string session = add(tablet, "session", orgId,
                                    {{"client_id", fromTablet},
                                     {"location_id", locationId},
                                     {"starts_at", "2030-03-15T14:00:00Z"},
                                     {"ends_at", "2030-03-15T15:00:00Z"}});
    update(laptop, "note", note, {{"text", "Intake: knee history"}});
    EXPECT_EQ(status(laptop).value("pending", -1), 5);
    EXPECT_EQ(status(tablet).value("pending", -1), 3);
    ASSERT_FALSE(HasFailure());

    // Sync in the order tablet, laptop, tablet: both end with everything.
    expectSynced(tablet);
    expectSynced(laptop);
    expectSynced(tablet);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));

    const auto dumped = nlohmann::json::parse(laptopDump);
    bool sawShared = false;
    for (const auto& client : dumped["client"]) {
        if (client["id"] == shared) {
            sawShared = true;
            EXPECT_EQ(client["phone"], "+1 416 555 0101");
            EXPECT_EQ(client["email"], "sasha@example.test");
        }
    }
    EXPECT_TRUE(sawShared);
    // Locations carry the demo seed's street addresses (server 0023, local step 15).
    ASSERT_FALSE(dumped["location"].empty());
    for (const auto& location : dumped["location"]) {
        EXPECT_TRUE(location["street"].is_string() && location["city"].is_string() &&
                    location["postal_code"].is_string())
            << location.dump();
    }
    EXPECT_NE(laptopDump.find(session), std::string::npos);
    EXPECT_NE(laptopDump.find("Intake: knee history"), std::string::npos);
    for (const std::string& store : {laptop, tablet}) {
        expectNothingPendingOrRejected(store);
    }

    const std::string later = newDevice("desktop", kAlex);
    expectSynced(later);
    EXPECT_EQ(dump(later), laptopDump);
}

TEST_F(CliSyncConvergence, ConcurrentNoteEditsAreBothKeptAndFlaggedEverywhere)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty());
    const std::string client =
        add(laptop, "client", orgId, {{"first_name", "Kim"}, {"last_name", "Ode"}});
    const std::string note = add(laptop, "note", orgId, {{"client_id", client}, {"text", "Base"}});
    expectSynced(laptop);
    expectSynced(tablet);

    update(laptop, "note", note, {{"text", "Laptop version"}});
    update(tablet, "note", note, {{"text", "Tablet version"}});
    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);

    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));
    EXPECT_NE(laptopDump.find("Laptop version"), std::string::npos);
    EXPECT_NE(laptopDump.find("Tablet version"), std::string::npos);
    for (const std::string& store : {laptop, tablet}) {
        const auto conflicts = status(store)["conflicts"];
        ASSERT_EQ(conflicts.size(), 1u) << conflicts.dump();
        EXPECT_EQ(conflicts[0]["entity_id"], note);
    }
}

TEST_F(CliSyncConvergence, RejectedChangeIsListedAndTheServerVersionReturns)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty());
    const std::string client =
        add(laptop, "client", orgId, {{"first_name", "Noa"}, {"last_name", "Vik"}});
    const std::string session = add(laptop, "session", orgId,
                                    {{"client_id", client},
                                     {"location_id", locationId},
                                     {"starts_at", "2026-04-01T14:00:00Z"},
                                     {"ends_at", "2026-04-01T15:00:00Z"}});
    expectSynced(laptop);
    expectSynced(tablet);

    // The laptop completes the session; the tablet, not yet aware, cancels it: completed ->
    // cancelled is not a legal transition, so the server rejects the tablet's change.
    update(laptop, "session", session, {{"status", "completed"}});
    expectSynced(laptop);
    update(tablet, "session", session, {{"status", "cancelled"}});
    const ProcessOutput synced = sync(tablet);
    EXPECT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_NE(synced.out.find("rejected 1"), std::string::npos) << synced.out;

    const auto shown = status(tablet);
    EXPECT_EQ(shown.value("pending", -1), 0);
    ASSERT_EQ(shown["rejections"].size(), 1u) << shown.dump();
    EXPECT_EQ(shown["rejections"][0]["entity_id"], session);
    EXPECT_FALSE(shown["rejections"][0]["code"].get<std::string>().empty());

    expectSynced(laptop);
    const std::string tabletDump = dump(tablet);
    EXPECT_EQ(tabletDump, dump(laptop));
    const auto dumped = nlohmann::json::parse(tabletDump);
    for (const auto& row : dumped["session"]) {
        if (row["id"] == session) {
            EXPECT_EQ(row["status"], "completed");
        }
    }
}

} // namespace
} // namespace fitflow::test
