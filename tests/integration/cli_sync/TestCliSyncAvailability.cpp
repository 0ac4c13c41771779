// Availability through the real binaries: two stores of one trainer edit different fields of
// their availability offline, sync in any order and print identical `dump` output; two stores
// that each create the trainer's first record at a location offline write the same record (the
// id derived from organization, trainer and location) and converge without a rejection; the manager
// of the location receives it read-only (their edit comes back as a rejection); another trainer
// of the organization never receives it; a list that breaks the rules never leaves the device.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <pqxx/pqxx>

#include <thread>

namespace fitflow::test {
namespace {

constexpr const char* kAlex = "alex@demo.fitflow.test";

const nlohmann::json kMornings =
    nlohmann::json::parse(R"([{"weekday":"TU","start":"07:00","end":"12:00"}])");
const nlohmann::json kMorningsAndEvenings =
    nlohmann::json::parse(R"([{"weekday":"TU","start":"07:00","end":"12:00"},
                              {"weekday":"TU","start":"17:00","end":"20:00"}])");
const nlohmann::json kDayOff =
    nlohmann::json::parse(R"([{"date":"2031-06-10","kind":"unavailable"}])");

class CliSyncAvailability : public CliSyncFixture {
protected:
    struct Place {
        std::string orgId;
        std::string montrealId;
        std::string alexId; // the trainer of every demo session in Montréal
    };

    static Place montrealOf(const std::string& dumpText)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        Place place;
        for (const auto& location : dumped.value("location", nlohmann::json::array())) {
            if (location.value("name", std::string{}) == "Montréal") {
                place.orgId = location.value("org_id", std::string{});
                place.montrealId = location.value("id", std::string{});
            }
        }
        for (const auto& session : dumped.value("session", nlohmann::json::array())) {
            if (session.value("location_id", std::string{}) == place.montrealId) {
                place.alexId = session.value("trainer_id", std::string{});
            }
        }
        return place;
    }

    static std::string availabilityIdAt(const std::string& dumpText, const std::string& locationId)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& row : dumped.value("availability", nlohmann::json::array())) {
            if (row.value("location_id", std::string{}) == locationId) {
                return row.value("id", std::string{});
            }
        }
        return {};
    }

    static std::pair<std::string, std::string> locationNamed(const std::string& dumpText,
                                                             const std::string& name)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& location : dumped.value("location", nlohmann::json::array())) {
            if (location.value("name", std::string{}) == name) {
                return {location.value("org_id", std::string{}),
                        location.value("id", std::string{})};
            }
        }
        return {};
    }

    std::string userIdOf(const std::string& email)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        return transaction.exec_params1("SELECT id::text FROM users WHERE email = $1", email)[0]
            .as<std::string>();
    }

    static const nlohmann::json* availabilityRow(const std::string& dumpText, const std::string& id,
                                                 nlohmann::json& holder)
    {
        holder = nlohmann::json::parse(dumpText, nullptr, false);
        const auto rows = holder.find("availability");
        if (rows == holder.end() || !rows->is_array()) {
            return nullptr;
        }
        for (const auto& row : *rows) {
            if (row.value("id", std::string{}) == id) {
                return &row;
            }
        }
        return nullptr;
    }
};

TEST_F(CliSyncAvailability, TwoDevicesConvergeTheManagerReadsAnotherTrainerNever)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    const Place place = montrealOf(dump(laptop));
    ASSERT_FALSE(place.montrealId.empty()) << "no Montréal location was pulled";
    ASSERT_FALSE(place.alexId.empty()) << "no demo session in Montréal";

    // The demo seeds Alex's hours at Montréal; a second create of the pair is refused locally.
    const std::string id = availabilityIdAt(dump(laptop), place.montrealId);
    ASSERT_FALSE(id.empty()) << "the demo has no availability of Alex at Montréal";
    const ProcessOutput again =
        cli({"add", "availability", "--store", laptop, "--org", place.orgId, "--json",
             nlohmann::json{{"trainer_id", place.alexId},
                            {"location_id", place.montrealId},
                            {"weekly_rules", kMornings},
                            {"exceptions", nlohmann::json::array()}}
                 .dump()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_NE(again.err.find("already_exists"), std::string::npos) << again.err;
    update(laptop, "availability", id,
           {{"weekly_rules", kMornings}, {"exceptions", nlohmann::json::array()}});
    expectSynced(laptop);
    expectSynced(tablet);

    // Offline on both: the tablet takes a day off, the laptop adds evening hours.
    update(tablet, "availability", id, {{"exceptions", kDayOff}});
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    update(laptop, "availability", id, {{"weekly_rules", kMorningsAndEvenings}});
    // An overlapping list is refused on the device, before it could travel.
    const ProcessOutput overlapping =
        cli({"update", "availability", id, "--store", laptop, "--json",
             R"({"weekly_rules":[{"weekday":"TU","start":"07:00","end":"12:00"},)"
             R"({"weekday":"TU","start":"11:00","end":"13:00"}]})"});
    EXPECT_NE(overlapping.exitCode, 0);
    EXPECT_NE(overlapping.err.find("invalid_value"), std::string::npos) << overlapping.err;

    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));
    nlohmann::json holder;
    const auto* row = availabilityRow(laptopDump, id, holder);
    ASSERT_NE(row, nullptr) << laptopDump;
    EXPECT_EQ((*row)["weekly_rules"], kMorningsAndEvenings);
    EXPECT_EQ((*row)["exceptions"], kDayOff);
    for (const std::string& store : {laptop, tablet}) {
        expectNothingPendingOrRejected(store);
    }

    // The manager of Montréal receives it; their edit is refused by the server.
    const std::string office = newDevice("office", "manager@demo.fitflow.test");
    expectSynced(office);
    nlohmann::json officeHolder;
    const auto* seen = availabilityRow(dump(office), id, officeHolder);
    ASSERT_NE(seen, nullptr);
    EXPECT_EQ((*seen)["weekly_rules"], kMorningsAndEvenings);
    update(office, "availability", id, {{"weekly_rules", nlohmann::json::array()}});
    expectSynced(office);
    const auto officeStatus = status(office);
    ASSERT_EQ(officeStatus["rejections"].size(), 1u) << officeStatus.dump();
    EXPECT_NE(officeStatus["rejections"].dump().find("forbidden"), std::string::npos)
        << officeStatus.dump();
    expectSynced(laptop);
    EXPECT_EQ(dump(laptop), laptopDump);

    // Sam trains at Northside too, and never receives Alex's availability.
    const std::string samsStore = newDevice("sam", "sam@demo.fitflow.test");
    expectSynced(samsStore);
    nlohmann::json samHolder;
    EXPECT_EQ(availabilityRow(dump(samsStore), id, samHolder), nullptr);
    EXPECT_TRUE(samHolder.value("availability", nlohmann::json::array()).empty());
}

TEST_F(CliSyncAvailability, TwoDevicesCreatingTheFirstRecordOfflineWriteOneRecord)
{
    // Sam has no availability in the demo: his laptop and tablet each set the first hours at
    // Toronto while offline.
    constexpr const char* kSam = "sam@demo.fitflow.test";
    const std::string laptop = newDevice("sam-laptop", kSam);
    const std::string tablet = newDevice("sam-tablet", kSam);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    const auto [orgId, torontoId] = locationNamed(dump(laptop), "Toronto");
    ASSERT_FALSE(torontoId.empty()) << "no Toronto location was pulled";
    ASSERT_TRUE(availabilityIdAt(dump(laptop), torontoId).empty());
    const nlohmann::json first{{"trainer_id", userIdOf(kSam)},
                               {"location_id", torontoId},
                               {"weekly_rules", kMornings},
                               {"exceptions", nlohmann::json::array()}};
    const std::string laptopId = add(laptop, "availability", orgId, first);
    const std::string tabletId = add(tablet, "availability", orgId, first);
    ASSERT_FALSE(laptopId.empty());
    EXPECT_EQ(laptopId, tabletId) << "one id for the pair on every device";
    // Still offline, each edits a different list of the record.
    update(tablet, "availability", tabletId, {{"exceptions", kDayOff}});
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    update(laptop, "availability", laptopId, {{"weekly_rules", kMorningsAndEvenings}});

    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));
    nlohmann::json holder;
    const auto* row = availabilityRow(laptopDump, laptopId, holder);
    ASSERT_NE(row, nullptr) << laptopDump;
    EXPECT_EQ((*row)["weekly_rules"], kMorningsAndEvenings);
    EXPECT_EQ((*row)["exceptions"], kDayOff);
    EXPECT_EQ(holder["availability"].size(), 1u) << laptopDump;
    for (const std::string& store : {laptop, tablet}) {
        expectNothingPendingOrRejected(store);
    }
}

} // namespace
} // namespace fitflow::test
