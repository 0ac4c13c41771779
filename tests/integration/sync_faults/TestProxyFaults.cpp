// Network faults between fitflow-cli and the server, injected by FaultProxy (sync-research.md §3
// cases 2, 5 and 23): a push answer lost after the server committed, connections reset, a
// stalled answer, a 503 from a locked device row. The outbox always drains, the server applies
// every mutation exactly once, and the device never shows an older value than its own write.
//
// fitflow-cli opens one connection per request: a sync is [token refresh, push, ...], so
// setFaultAfterConnections(plan, 1, n) hits the push and its in-process retries.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include <future>
#include <thread>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;

constexpr int kRefreshConnections = 1; // the token refresh that starts every sync
constexpr int kCliAttempts = 5;        // fitflow-cli's bounded retries of a sync

class ProxyFaults : public SyncFaultFixture {
protected:
    void SetUp() override
    {
        SyncFaultFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_org = orgId(kNorthside);
    }

    // A device of Alex through the proxy, synced once, with `count` new clients added offline.
    std::vector<std::string> addOfflineClients(const CliDevice& device, int count,
                                               const std::string& prefix)
    {
        std::vector<std::string> ids;
        for (int i = 0; i < count; ++i) {
            ids.push_back(
                add(device, "client", m_org,
                    {{"first_name", prefix + std::to_string(i)}, {"last_name", "Proxy"}}));
        }
        return ids;
    }

    long long serverCopies(const std::string& id)
    {
        return sqlCount("SELECT count(*) FROM clients WHERE id = '" + id + "'");
    }

    long long appliedWrites(const std::string& id)
    {
        return sqlCount("SELECT count(*) FROM audit_events WHERE action = 'sync.client.write' "
                        "AND object_id = '" +
                        id + "'");
    }

    long long serverVersion(const std::string& id)
    {
        return sqlCount("SELECT server_version FROM clients WHERE id = '" + id + "'");
    }

    void expectAppliedOnce(const std::vector<std::string>& ids)
    {
        for (const std::string& id : ids) {
            EXPECT_EQ(serverCopies(id), 1) << id;
            EXPECT_EQ(appliedWrites(id), 1) << id << " applied more than once";
        }
    }

    std::string m_org;
};

TEST_F(ProxyFaults, LostPushAnswerIsResentAndAcknowledgedWithoutApplyingTwice)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto ids = addOfflineClients(laptop, 3, "Lost");
    ASSERT_EQ(pending(laptop), 3);

    // Every push attempt of this sync reaches the server, but no answer comes back.
    proxy().setFaultAfterConnections(FaultPlan::dropResponseAfterRequest(), kRefreshConnections,
                                     kCliAttempts);
    const ProcessOutput failed = sync(laptop);
    EXPECT_NE(failed.exitCode, 0) << failed.out;
    EXPECT_EQ(proxy().counters().faultsInjected, static_cast<std::uint64_t>(kCliAttempts));
    EXPECT_EQ(pending(laptop), 3) << "acknowledged nothing, so nothing may leave the outbox";
    expectAppliedOnce(ids);
    const long long last = lastMutationId(laptop);
    EXPECT_EQ(last, 3);
    std::vector<long long> versions;
    for (const std::string& id : ids) {
        versions.push_back(serverVersion(id));
    }

    // The resend is acknowledged again and changes nothing on the server.
    proxy().passThrough();
    expectSynced(laptop);
    EXPECT_EQ(pending(laptop), 0);
    EXPECT_EQ(lastMutationId(laptop), last);
    expectAppliedOnce(ids);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(serverVersion(ids[i]), versions[i]) << "the resend touched " << ids[i];
    }
}

TEST_F(ProxyFaults, ResetConnectionsAreRetriedWithinTheSameSync)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto early = addOfflineClients(laptop, 2, "Reset");

    // Three push attempts in a row are reset before they reach the server (as the handshake
    // starts: libcurl may call that an "SSL connect error", still a network failure); the
    // fourth passes. Then an answer is cut after 5 bytes (the server committed).
    constexpr int kResets = 3;
    proxy().setFaultAfterConnections(FaultPlan::resetImmediately(), kRefreshConnections, kResets);
    const ProcessOutput refused = sync(laptop);
    EXPECT_EQ(refused.exitCode, 0) << refused.err;
    EXPECT_NE(refused.err.find("retrying"), std::string::npos) << refused.err;
    const auto late = addOfflineClients(laptop, 2, "Cut");
    proxy().setFaultAfterConnections(FaultPlan::resetAfterBytes(5), kRefreshConnections, 1);
    const ProcessOutput cut = sync(laptop);
    EXPECT_EQ(cut.exitCode, 0) << cut.err;
    EXPECT_NE(cut.err.find("retrying"), std::string::npos) << cut.err;

    EXPECT_EQ(proxy().counters().faultsInjected, static_cast<std::uint64_t>(kResets + 1));
    EXPECT_EQ(pending(laptop), 0);
    expectAppliedOnce(early);
    expectAppliedOnce(late);
    EXPECT_EQ(lastMutationId(laptop), 4);
}

TEST_F(ProxyFaults, NetworkDropDuringAStalledPushIsRetriedAndConverges)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    const CliDevice tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto ids = addOfflineClients(laptop, 2, "Stalled");

    // The push answer is held; while the client waits, the network "goes down" (every open
    // connection reset). The retry passes through.
    proxy().setFaultAfterConnections(FaultPlan::stallResponse(30s), kRefreshConnections, 1);
    const std::uint64_t before = proxy().counters().connectionsAccepted;
    auto running = std::async(std::launch::async, [&] { return sync(laptop); });
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (proxy().counters().connectionsAccepted < before + 2 &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(50ms);
    }
    std::this_thread::sleep_for(1500ms); // the push reached the server and its answer is held
    proxy().resetOpenConnections();
    const ProcessOutput synced = running.get();
    EXPECT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_NE(synced.err.find("retrying"), std::string::npos) << synced.err;
    EXPECT_EQ(pending(laptop), 0);
    expectAppliedOnce(ids);

    expectSynced(tablet);
    EXPECT_EQ(dumpText(tablet), dumpText(laptop));
}

TEST_F(ProxyFaults, StalledAnswerArrivesLateAndIsAcceptedOnce)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto ids = addOfflineClients(laptop, 2, "Late");
    proxy().setFaultAfterConnections(FaultPlan::stallResponse(3s), kRefreshConnections, 1);
    const auto started = std::chrono::steady_clock::now();
    expectSynced(laptop);
    EXPECT_GE(std::chrono::steady_clock::now() - started, 3s);
    EXPECT_EQ(proxy().counters().faultsInjected, 1u);
    EXPECT_EQ(pending(laptop), 0);
    expectAppliedOnce(ids);
}

TEST_F(ProxyFaults, ClientGivingUpOnAStalledPushLosesNothing)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto ids = addOfflineClients(laptop, 2, "GaveUp");

    // The answer is held far longer than the client waits: it is killed while waiting (what a
    // timeout or a closed laptop lid does), after the server committed.
    proxy().setFaultAfterConnections(FaultPlan::stallResponse(60s), kRefreshConnections, 1);
    ChildProcessKiller killer = ChildProcessKiller::fromEnvironmentOrRandom();
    const auto ending = killer.killAtRandomMoment(
        cliCommand(laptop, {"sync", "--store", laptop.store}), {4000ms, 4500ms});
    ASSERT_TRUE(ending.has_value());
    EXPECT_EQ(ending->kind, ChildEnding::Kind::KilledByUs) << ending->describe();
    expectAppliedOnce(ids);
    EXPECT_EQ(pending(laptop), 2);

    proxy().passThrough();
    expectSynced(laptop);
    EXPECT_EQ(pending(laptop), 0);
    expectAppliedOnce(ids);
    EXPECT_EQ(lastMutationId(laptop), 2);
}

TEST_F(ProxyFaults, FirstPushAnswered503DrainsOnRetryWithoutNewEdits)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const auto first = addOfflineClients(laptop, 1, "Before503-");
    expectSynced(laptop); // creates the device's sync row
    const auto ids = addOfflineClients(laptop, 2, "Busy");

    // Hold the device's sync row longer than the server's push lock timeout (5 s): the first
    // push answers 503 with Retry-After; the retry after the lock is gone applies the batch.
    std::promise<void> locked;
    auto holder = std::async(std::launch::async, [&] {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec("SELECT 1 FROM sync_devices WHERE device_id = '" + laptop.deviceId +
                         "' FOR UPDATE");
        locked.set_value();
        std::this_thread::sleep_for(7s);
        transaction.commit();
    });
    locked.get_future().wait();
    const ProcessOutput synced = sync(laptop);
    holder.get();
    EXPECT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_NE(synced.err.find("busy"), std::string::npos) << "no 503 seen: " << synced.err;
    EXPECT_EQ(pending(laptop), 0);
    expectAppliedOnce(ids);
    EXPECT_EQ(lastMutationId(laptop), 3);
}

// The refresh token rotates on every refresh. When the answer carrying the new one is lost (or
// the client dies before saving it), the device still holds only the spent token: it must not be
// logged out for good by a network fault (found by CliKillFaults: "token refresh failed (HTTP
// 401) [login_required]" after a kill during sync).
TEST_F(ProxyFaults, LostRefreshAnswerDoesNotLogTheDeviceOut)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    ASSERT_FALSE(HasFailure());
    const auto ids = addOfflineClients(laptop, 1, "Refresh");
    proxy().setFaultForNextConnections(FaultPlan::dropResponseAfterRequest(), 1);
    const ProcessOutput first = sync(laptop);
    EXPECT_EQ(proxy().counters().faultsInjected, 1u);
    const ProcessOutput second = sync(laptop);
    EXPECT_EQ(second.exitCode, 0) << "first: " << first.err << "\nsecond: " << second.err;
    EXPECT_EQ(pending(laptop), 0);
    EXPECT_TRUE(status(laptop).value("logged_in", false));
}

TEST_F(ProxyFaults, OwnWriteNeverFlicksBackWhileItsAcknowledgementIsLost)
{
    const CliDevice laptop = newDevice("laptop", kAlexEmail, Route::ThroughProxy);
    const CliDevice tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    const std::string client =
        add(laptop, "client", m_org, {{"first_name", "Ryw"}, {"last_name", "Old"}});
    expectSynced(laptop);
    expectSynced(tablet);
    // Another device changes a different field, so the laptop's next pull re-sends the record.
    update(tablet, "client", client, {{"email", "ryw@example.test"}});
    expectSynced(tablet);

    update(laptop, "client", client, {{"last_name", "New"}});
    proxy().setFaultAfterConnections(FaultPlan::dropResponseAfterRequest(), kRefreshConnections,
                                     kCliAttempts);
    EXPECT_NE(sync(laptop).exitCode, 0);
    EXPECT_EQ(rowIn(dump(laptop), "client", client).value("last_name", ""), "New");

    proxy().passThrough();
    expectSynced(laptop);
    const auto row = rowIn(dump(laptop), "client", client);
    EXPECT_EQ(row.value("last_name", ""), "New");
    EXPECT_EQ(row.value("email", ""), "ryw@example.test");
    expectSynced(tablet);
    EXPECT_EQ(dumpText(tablet), dumpText(laptop));
}

} // namespace
} // namespace fitflow::test
