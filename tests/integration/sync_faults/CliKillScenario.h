#pragma once
// Failure mode 1 of sync-research.md §3 (and the client half of 5): fitflow-cli is SIGKILLed at
// random moments of local writes (`add`, `update`) and of `sync`. After every kill the store
// opens, and the outbox agrees with the rows (a write is either row + outbox entry, or nothing);
// a final sync converges: every acknowledged write is on the server exactly once, the server's
// last_mutation_id is the number of writes that committed, and another device sees the same.
// The scenario takes the number of kills (100 in the integration run, 1,000 nightly); the seed is
// printed and FITFLOW_FAULT_SEED repeats a run.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <iostream>
#include <map>
#include <random>

namespace fitflow::test {

using namespace std::chrono_literals;
using Milliseconds = std::chrono::milliseconds;

inline constexpr const char* kKillMarker = "Killtest-"; // first_name prefix of this test's clients

// What one device holds of this test's clients: first_name -> (id, phone), from its dump.
struct KilledClient {
    std::string id;
    std::string phone;

    bool operator==(const KilledClient&) const = default;
};
using ClientsByName = std::map<std::string, KilledClient>;

// Drives one device through random add/update/sync runs, SIGKILLing most of them.
class CliKillFaults : public SyncFaultFixture {
protected:
    static ClientsByName markedClients(const nlohmann::json& dumped)
    {
        ClientsByName clients;
        for (const auto& row : dumped.value("client", nlohmann::json::array())) {
            const std::string name =
                row["first_name"].is_string() ? row["first_name"].get<std::string>() : "";
            if (name.rfind(kKillMarker, 0) != 0) {
                continue;
            }
            EXPECT_FALSE(clients.contains(name)) << "client " << name << " shown twice";
            clients[name] = {row.value("id", std::string{}),
                             row["phone"].is_string() ? row["phone"].get<std::string>() : ""};
        }
        return clients;
    }

    // How long the slowest of `commands` takes when nothing kills it: kill windows are a bit
    // longer, so kills land anywhere from process start to commit and some runs finish.
    static Milliseconds longestOf(const std::vector<ChildCommand>& commands)
    {
        Milliseconds longest{0};
        for (const ChildCommand& command : commands) {
            const auto started = std::chrono::steady_clock::now();
            const auto ending = ChildProcessKiller::runToEnd(command, 60s);
            EXPECT_TRUE(ending && ending->kind == ChildEnding::Kind::Exited &&
                        ending->exitCode == 0)
                << (ending ? ending->describe() : "not started");
            longest = std::max(longest, std::chrono::duration_cast<Milliseconds>(
                                            std::chrono::steady_clock::now() - started));
        }
        return std::max(longest, Milliseconds{50});
    }

    void runKillScenario(int kills);
};

inline void CliKillFaults::runKillScenario(const int wantedKills)
{
    ChildProcessKiller killer = ChildProcessKiller::fromEnvironmentOrRandom();
    SCOPED_TRACE(killer.seedNote());
    std::cout << "[ sync faults ] " << killer.seedNote() << ", " << wantedKills << " kills\n";
    std::mt19937_64 choose(killer.seed() ^ 0x5eedULL);

    const CliDevice device = newDevice("killed", kAlexEmail);
    const CliDevice witness = newDevice("witness", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(device);
    const std::string org = orgId(kNorthside);

    const auto addCommand = [&](const std::string& name) {
        return cliCommand(device,
                          {"add", "client", "--store", device.store, "--org", org, "--json",
                           nlohmann::json{{"first_name", name}, {"last_name", "Killed"}}.dump()});
    };
    const ChildCommand syncCommand = cliCommand(device, {"sync", "--store", device.store});
    // Two calibration adds: acknowledged, so checked like every other write.
    std::vector<std::string> acknowledgedAdds{kKillMarker + std::string("a"),
                                              kKillMarker + std::string("b")};
    const Milliseconds writeTime =
        longestOf({addCommand(acknowledgedAdds[0]), addCommand(acknowledgedAdds[1])});
    const Milliseconds syncTime = longestOf({syncCommand, syncCommand});
    std::cout << "[ sync faults ] uncontended add " << writeTime.count() << " ms, sync "
              << syncTime.count() << " ms\n";

    ClientsByName local = markedClients(dump(device));
    ASSERT_EQ(local.size(), 2u);
    long long pendingNow = pending(device);
    ASSERT_EQ(pendingNow, 0);
    long long committedWrites = 2;
    std::map<std::string, std::string> expectedPhones; // after every write that committed
    int kills = 0;
    int finished = 0;
    // Kill windows follow the machine's load: a write that was killed before it committed
    // widens them, a write that committed or finished narrows them, so kills keep landing
    // before, inside and after the write's transaction.
    double stretch = 1.2;
    const auto adjustStretch = [&stretch](bool committed) {
        stretch = committed ? std::max(0.6, stretch * 0.85) : std::min(4.0, stretch * 1.15);
    };

    for (int step = 0; kills < wantedKills && step < wantedKills * 6; ++step) {
        SCOPED_TRACE("step " + std::to_string(step));
        const int dice = static_cast<int>(choose() % 100);
        const bool isSync = dice < 20;
        const bool isUpdate = !isSync && dice < 55 && !local.empty();
        std::string name;
        std::string phone;
        ChildCommand command;
        if (isSync) {
            command = syncCommand;
        } else if (isUpdate) {
            auto target = local.begin();
            std::advance(target, static_cast<long>(choose() % local.size()));
            name = target->first;
            phone = "+1 555 " + std::to_string(step);
            command =
                cliCommand(device, {"update", "client", target->second.id, "--store", device.store,
                                    "--json", nlohmann::json{{"phone", phone}}.dump()});
        } else {
            name = kKillMarker + std::to_string(step);
            command = addCommand(name);
        }
        const auto window =
            std::chrono::duration_cast<Milliseconds>((isSync ? syncTime : writeTime) * stretch);
        const auto ending = killer.killAtRandomMoment(command, {0ms, window});
        ASSERT_TRUE(ending.has_value()) << "fitflow-cli did not start";
        ASSERT_NE(ending->kind, ChildEnding::Kind::DiedBySignal) << ending->describe();
        if (ending->kind == ChildEnding::Kind::Exited) {
            // A finished run did exactly what it printed; the check after the next kill (or the
            // final one) verifies it together with everything else.
            ++finished;
            ASSERT_EQ(ending->exitCode, 0) << ending->describe() << ": " << ending->stderrText;
            if (isSync) {
                pendingNow = 0;
                continue;
            }
            adjustStretch(true);
            ++pendingNow;
            ++committedWrites;
            if (isUpdate) {
                local[name].phone = phone;
                expectedPhones[name] = phone;
            } else {
                local[name] = {firstLine(ending->stdoutText), ""};
                acknowledgedAdds.push_back(name);
            }
            continue;
        }
        ++kills;

        // The store opens and the outbox agrees with the rows (both read at once, to save time):
        // a killed write is there with its outbox entry, or neither is.
        auto dumped = std::async(std::launch::async, [&] { return dump(device); });
        const long long pendingAfter = pending(device);
        const ClientsByName after = markedClients(dumped.get());
        ASSERT_GE(pendingAfter, 0) << "the store did not open after: " << ending->describe();
        ClientsByName expected = local;
        bool written = false;
        if (isSync) {
            EXPECT_LE(pendingAfter, pendingNow);
        } else {
            written = isUpdate ? after.contains(name) && after.at(name).phone == phone
                               : after.contains(name);
            if (written && isUpdate) {
                expected[name].phone = phone;
                expectedPhones[name] = phone;
            } else if (written) {
                expected[name] = {after.at(name).id, ""};
            }
            committedWrites += written ? 1 : 0;
            adjustStretch(written);
            EXPECT_EQ(pendingAfter, pendingNow + (written ? 1 : 0))
                << (written ? "row without outbox entry" : "outbox entry without row") << " after "
                << ending->describe();
        }
        EXPECT_TRUE(after == expected)
            << "the rows differ from what the acknowledged and committed writes left, after "
            << ending->describe();
        ASSERT_FALSE(HasFatalFailure());
        local = after;
        pendingNow = pendingAfter;
    }
    std::cout << "[ sync faults ] " << kills << " kills, " << finished
              << " runs finished, writes committed " << committedWrites << '\n';
    // Kills must also have hit writes around their commit, not only process start-up.
    EXPECT_GE(committedWrites, wantedKills / 10);
    EXPECT_GE(kills, wantedKills);

    // Final sync: everything acknowledged is on the server exactly once, nothing else is.
    expectSynced(device);
    expectSynced(witness);
    const auto shown = status(device);
    EXPECT_EQ(shown.value("pending", -1), 0);
    EXPECT_TRUE(shown["rejections"].empty()) << shown.dump();
    EXPECT_EQ(lastMutationId(device), committedWrites);
    const std::string finalDump = dumpText(device);
    EXPECT_EQ(dumpText(witness), finalDump);
    const ClientsByName onDevice = markedClients(nlohmann::json::parse(finalDump));
    EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE org_id = '" + org +
                       "' AND given_name LIKE '" + kKillMarker + "%'"),
              static_cast<long long>(onDevice.size()));
    EXPECT_EQ(sqlCount("SELECT count(*) FROM (SELECT given_name FROM clients WHERE given_name "
                       "LIKE '" +
                       std::string(kKillMarker) + "%' GROUP BY given_name HAVING count(*) > 1) d"),
              0);
    for (const std::string& name : acknowledgedAdds) {
        ASSERT_TRUE(onDevice.contains(name)) << name;
        EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE id = '" + onDevice.at(name).id +
                           "' AND given_name = '" + name + "' AND NOT deleted"),
                  1)
            << name;
    }
    for (const auto& [name, client] : onDevice) {
        EXPECT_EQ(sqlText("SELECT coalesce(phone, '') FROM clients WHERE id = '" + client.id + "'"),
                  client.phone)
            << name;
    }
    for (const auto& [name, phone] : expectedPhones) {
        ASSERT_TRUE(onDevice.contains(name)) << name;
        EXPECT_EQ(onDevice.at(name).phone, phone) << name << ": the newest committed update";
    }
}

} // namespace fitflow::test
