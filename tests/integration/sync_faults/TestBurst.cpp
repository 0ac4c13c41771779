// A burst of writes (sync-research.md §3 case 22): 1,000 mutations from several devices within
// seconds, two raw devices pushing small batches concurrently while two fitflow-cli devices add
// their own and sync in the middle of it. Afterwards every CLI device holds every record with
// its newest value, and the server has each exactly once.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include "shared/sync/Hlc.h"

#include <future>
#include <map>

namespace fitflow::test {
namespace {

constexpr int kRawDevices = 2;
constexpr int kRawClientsEach = 245; // each created, then its phone changed: 490 mutations
constexpr int kCliClientsEach = 10;  // two CLI devices: 20 mutations
constexpr int kBatch = 12;

class Burst : public SyncFaultFixture {
protected:
    // A raw device of Alex pushing creates then phone updates in small batches; returns the
    // phone each of its clients must end with, by client id.
    std::map<std::string, std::string> burstFrom(int deviceNumber, const std::string& org)
    {
        const std::string deviceId = randomUuid();
        const std::string token = accessTokenFor(kAlexEmail, deviceId);
        std::vector<nlohmann::json> mutations;
        std::vector<std::string> ids;
        const auto start =
            std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
        const auto stamp = [&](std::size_t n) {
            return sync::Hlc{start, static_cast<std::uint16_t>(n), deviceId}.toString();
        };
        for (int i = 0; i < kRawClientsEach; ++i) {
            ids.push_back(randomUuid());
            mutations.push_back({{"id", mutations.size() + 1},
                                 {"org_id", org},
                                 {"entity", "client"},
                                 {"entity_id", ids.back()},
                                 {"change",
                                  {{"operation", "write"},
                                   {"stamp", stamp(mutations.size())},
                                   {"fields",
                                    {{"first_name", "Burst" + std::to_string(deviceNumber)},
                                     {"last_name", std::to_string(i)}}}}}});
        }
        std::map<std::string, std::string> phones;
        for (int i = 0; i < kRawClientsEach; ++i) {
            phones[ids[i]] = "+1 555 " + std::to_string(deviceNumber * 1000 + i);
            mutations.push_back({{"id", mutations.size() + 1},
                                 {"org_id", org},
                                 {"entity", "client"},
                                 {"entity_id", ids[i]},
                                 {"change",
                                  {{"operation", "write"},
                                   {"stamp", stamp(mutations.size())},
                                   {"fields", {{"phone", phones[ids[i]]}}}}}});
        }
        for (std::size_t first = 0; first < mutations.size(); first += kBatch) {
            const std::vector<nlohmann::json> batch(
                mutations.begin() + static_cast<long>(first),
                mutations.begin() + static_cast<long>(std::min(first + kBatch, mutations.size())));
            const auto answer = api("POST", "/api/v1/sync/push",
                                    {{"schema_version", 1}, {"mutations", batch}}, token);
            if (!answer || answer->status != 200) {
                ADD_FAILURE() << "burst push failed: " << (answer ? answer->body : "no answer");
                return {};
            }
        }
        EXPECT_EQ(sqlCount("SELECT last_mutation_id FROM sync_devices WHERE device_id = '" +
                           deviceId + "'"),
                  2 * kRawClientsEach);
        return phones;
    }
};

TEST_F(Burst, ThousandMutationsFromFourDevicesAllReachEveryCliDevice)
{
    const std::string org = orgId(kNorthside);
    const CliDevice laptop = newDevice("laptop", kAlexEmail);
    const CliDevice tablet = newDevice("tablet", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);

    const auto started = std::chrono::steady_clock::now();
    std::vector<std::future<std::map<std::string, std::string>>> raw;
    for (int device = 0; device < kRawDevices; ++device) {
        raw.push_back(std::async(std::launch::async,
                                 [this, device, &org] { return burstFrom(device, org); }));
    }
    // Meanwhile the CLI devices write and sync (pulls land between concurrent commits).
    std::map<std::string, std::string> expected; // client id -> phone ("" = none)
    for (int i = 0; i < kCliClientsEach; ++i) {
        for (const CliDevice* device : {&laptop, &tablet}) {
            expected[add(*device, "client", org,
                         {{"first_name", "BurstCli"}, {"last_name", std::to_string(i)}})] = "";
        }
        if (i % 3 == 2) {
            for (const CliDevice* device : {&laptop, &tablet}) {
                const ProcessOutput synced = sync(*device);
                EXPECT_EQ(synced.exitCode, 0) << synced.err << synced.out;
            }
        }
    }
    for (auto& pushed : raw) {
        expected.merge(pushed.get());
    }
    const auto burstTime = std::chrono::steady_clock::now() - started;
    std::cout << "[ sync faults ] burst of "
              << kRawDevices * 2 * kRawClientsEach + 2 * kCliClientsEach << " mutations took "
              << std::chrono::duration_cast<std::chrono::milliseconds>(burstTime).count()
              << " ms\n";
    ASSERT_EQ(expected.size(),
              static_cast<std::size_t>(kRawDevices * kRawClientsEach + 2 * kCliClientsEach));

    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);
    const std::string laptopDump = dumpText(laptop);
    EXPECT_EQ(dumpText(tablet), laptopDump);
    const auto dumped = nlohmann::json::parse(laptopDump);
    std::map<std::string, std::string> seen;
    for (const auto& row : dumped["client"]) {
        const std::string id = row.value("id", std::string{});
        if (expected.contains(id)) {
            seen[id] = row["phone"].is_string() ? row["phone"].get<std::string>() : "";
        }
    }
    EXPECT_EQ(seen.size(), expected.size()) << "records missing on the devices";
    EXPECT_TRUE(seen == expected) << "a device shows an older value";
    EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE given_name LIKE 'Burst%'"),
              static_cast<long long>(expected.size()));
    for (const CliDevice* device : {&laptop, &tablet}) {
        EXPECT_EQ(lastMutationId(*device), kCliClientsEach);
        EXPECT_EQ(pending(*device), 0);
    }
}

} // namespace
} // namespace fitflow::test
