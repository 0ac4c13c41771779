// fitflow-cli devices through the operator commands and scope changes, all real binaries:
// after a restore and `sync new-epoch` a device re-snapshots and still delivers its unsynced
// changes; after `sync purge-tombstones` a device behind the purged tombstone re-snapshots and
// converges; a client reassigned away leaves the old trainer's device and reaches the new one.

#include "tests/integration/cli_sync/CliSyncFixture.h"
#include "tests/support/server/TempDirectory.h"

#include <pqxx/pqxx>

namespace fitflow::test {
namespace {

constexpr const char* kAlex = "alex@demo.fitflow.test";
constexpr const char* kSam = "sam@demo.fitflow.test";
constexpr const char* kOwner = "owner@demo.fitflow.test";

class CliSyncOperations : public CliSyncFixture {
protected:
    void expectSynced(const std::string& store) const
    {
        const ProcessOutput synced = sync(store);
        EXPECT_EQ(synced.exitCode, 0) << synced.err << synced.out;
    }

    static std::string northsideOf(const std::string& dumpText)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& organization : dumped.value("organization", nlohmann::json::array())) {
            if (organization.value("name", std::string{}).find("Northside") != std::string::npos) {
                return organization.value("id", std::string{});
            }
        }
        return {};
    }

    static bool holds(const std::string& dumpText, const std::string& entity, const std::string& id)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& row : dumped.value(entity, nlohmann::json::array())) {
            if (row.value("id", std::string{}) == id) {
                return true;
            }
        }
        return false;
    }

    void superuserExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    long long superuserCount(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        return transaction.exec1(sql)[0].as<long long>();
    }

    ProcessOutput serverCommand(const std::vector<std::string>& arguments)
    {
        return ServerProcess::run(FITFLOW_SERVER_BINARY, arguments,
                                  {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}},
                                  m_scratch.path());
    }

private:
    TempDirectory m_scratch{"fitflow-cli-sync-operations"};
};

TEST_F(CliSyncOperations, AfterARestoreAndNewEpochTheDeviceResnapshotsAndKeepsItsOutbox)
{
    const std::string laptop = newDevice("laptop", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const std::string org = northsideOf(dump(laptop));
    ASSERT_FALSE(org.empty());
    const std::string lost =
        add(laptop, "client", org, {{"first_name", "Lost"}, {"last_name", "InRestore"}});
    expectSynced(laptop);

    // The restored backup predates `lost`: the row and its mutation id are gone on the server.
    superuserExec("DELETE FROM client_trainers WHERE client_id = '" + lost + "'");
    superuserExec("DELETE FROM clients WHERE id = '" + lost + "'");
    superuserExec("UPDATE sync_devices SET last_mutation_id = last_mutation_id - 1");
    const std::string kept =
        add(laptop, "client", org, {{"first_name", "Kept"}, {"last_name", "Offline"}});
    ASSERT_EQ(status(laptop).value("pending", -1), 1);

    const ProcessOutput renewed = serverCommand({"sync", "new-epoch"});
    ASSERT_EQ(renewed.exitCode, 0) << renewed.err;
    EXPECT_NE(renewed.out.find(org), std::string::npos);

    expectSynced(laptop);
    EXPECT_EQ(status(laptop).value("pending", -1), 0);
    const std::string laptopDump = dump(laptop);
    EXPECT_TRUE(holds(laptopDump, "client", kept));
    EXPECT_FALSE(holds(laptopDump, "client", lost))
        << "the snapshot must drop what the server lost";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + kept + "'"), 1);

    const std::string phone = newDevice("phone", kAlex);
    expectSynced(phone);
    EXPECT_EQ(dump(phone), laptopDump);
}

TEST_F(CliSyncOperations, ADeviceBehindAPurgedTombstoneResnapshotsAndConverges)
{
    // Only an owner may delete a client.
    const std::string laptop = newDevice("laptop", kOwner);
    const std::string phone = newDevice("phone", kOwner);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const std::string org = northsideOf(dump(laptop));
    ASSERT_FALSE(org.empty());
    const std::string gone =
        add(laptop, "client", org, {{"first_name", "Long"}, {"last_name", "Gone"}});
    expectSynced(laptop);
    expectSynced(phone);
    ASSERT_TRUE(holds(dump(phone), "client", gone));

    const ProcessOutput deleted = cli({"delete", "client", gone, "--store", laptop});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err;
    expectSynced(laptop);
    // The delete happened 200+ days ago as far as its stamp says (the first 12 hex digits).
    superuserExec("UPDATE clients SET deleted_stamp = '000000000001' || substr(deleted_stamp, 13) "
                  "WHERE id = '" +
                  gone + "'");

    const ProcessOutput purged = serverCommand({"sync", "purge-tombstones"});
    ASSERT_EQ(purged.exitCode, 0) << purged.err;
    EXPECT_NE(purged.out.find(org + " clients=1"), std::string::npos) << purged.out;
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + gone + "'"), 0);

    expectSynced(phone);
    const std::string phoneDump = dump(phone);
    EXPECT_FALSE(holds(phoneDump, "client", gone));
    EXPECT_EQ(phoneDump, dump(laptop));
}

TEST_F(CliSyncOperations, AReassignedClientLeavesTheOldTrainersDeviceAndReachesTheNewOne)
{
    const std::string alexLaptop = newDevice("alex", kAlex);
    const std::string samLaptop = newDevice("sam", kSam);
    ASSERT_FALSE(HasFailure());
    expectSynced(alexLaptop);
    expectSynced(samLaptop);
    const std::string org = northsideOf(dump(alexLaptop));
    ASSERT_FALSE(org.empty());
    const std::string client =
        add(alexLaptop, "client", org, {{"first_name", "Moving"}, {"last_name", "On"}});
    const std::string note =
        add(alexLaptop, "note", org, {{"client_id", client}, {"text", "Intake"}});
    expectSynced(alexLaptop);
    ASSERT_TRUE(holds(dump(alexLaptop), "client", client));
    ASSERT_FALSE(holds(dump(samLaptop), "client", client));

    superuserExec("UPDATE client_trainers SET trainer_user_id = (SELECT id FROM users WHERE "
                  "email = '" +
                  std::string(kSam) + "') WHERE client_id = '" + client + "'");
    expectSynced(alexLaptop);
    expectSynced(samLaptop);
    const std::string alexDump = dump(alexLaptop);
    const std::string samDump = dump(samLaptop);
    EXPECT_FALSE(holds(alexDump, "client", client));
    EXPECT_TRUE(holds(samDump, "client", client));
    // Alex wrote the note: clinical notes follow their author (row-level security of notes),
    // so it stays on his device; Sam, not on Alex's team, never receives it.
    EXPECT_TRUE(holds(alexDump, "note", note));
    EXPECT_FALSE(holds(samDump, "note", note));
}

} // namespace
} // namespace fitflow::test
