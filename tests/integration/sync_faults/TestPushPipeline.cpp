// The push of several batches (docs/sync-protocol.md, "Push") by the real client engine in
// process: batch N+1 leaves as soon as the server has answered N, before N's acknowledgement is
// stored on the device (SyncEngine with PostInFlight), and the batches after a round's first
// share one kept-alive connection. The real fitflow-server, TLS and an encrypted store; the
// FaultProxy only counts connections.

#include "tests/integration/sync_faults/SyncFaultFixture.h"

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/sqlcipher/SqlCipherDriver.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/ServerSession.h"
#include "desktop/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace fitflow::test {

namespace {

constexpr int kClients = 450; // three batches: 200, 200, 50
constexpr int kBatches = 3;
// Only a broken overlap waits this long: the awaited request leaves within milliseconds.
constexpr auto kOverlapTimeout = std::chrono::seconds{60};

// Qt's SQL drivers need an application object.
QCoreApplication& qtApplication()
{
    static int argc = 1;
    static char name[] = "test_push_pipeline_integration";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// The real transport, watched: counts the push requests sent so far, and what the proxy had
// accepted when the latest GET /me (a round's first request after its push) left.
class WatchedTransport : public desktop::HttpTransport {
public:
    WatchedTransport(std::string caCertPath, FaultProxy& proxy)
        : m_inner(std::move(caCertPath))
        , m_proxy(proxy)
    {
    }

    fitflow::Result<desktop::HttpResponse> send(const desktop::HttpRequest& request) override
    {
        {
            std::lock_guard lock(m_mutex);
            if (request.url.ends_with("/api/v1/sync/push")) {
                ++m_pushesSent;
            } else if (request.url.ends_with("/api/v1/me")) {
                m_connectionsBeforeMe = m_proxy.counters().connectionsAccepted;
            }
        }
        m_sent.notify_all();
        return m_inner.send(request);
    }

    // Waits until `count` push requests have left; false after `timeout`.
    bool waitForPushes(int count, std::chrono::seconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_sent.wait_for(lock, timeout, [&] { return m_pushesSent >= count; });
    }

    int pushesSent()
    {
        std::lock_guard lock(m_mutex);
        return m_pushesSent;
    }

    std::optional<std::uint64_t> connectionsBeforeMe()
    {
        std::lock_guard lock(m_mutex);
        return m_connectionsBeforeMe;
    }

private:
    desktop::CurlTransport m_inner;
    FaultProxy& m_proxy;
    std::mutex m_mutex;
    std::condition_variable m_sent;
    int m_pushesSent = 0;
    std::optional<std::uint64_t> m_connectionsBeforeMe;
};

} // namespace

class PushPipeline : public SyncFaultFixture {
protected:
    void SetUp() override
    {
        qtApplication();
        SyncFaultFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto store = desktop::LocalStore::create(
            QString::fromStdString(workPath() + "/pipeline.fitflow"),
            QByteArrayLiteral("push pipeline store"), desktop::KdfSettings::fastForTests());
        ASSERT_TRUE(store) << store.error().message;
        m_store = std::move(*store);
        m_state = std::make_unique<desktop::SyncStateRepository>(m_store->database());
        m_transport = std::make_unique<WatchedTransport>(caCertificatePath(), proxy());
        const auto deviceId = m_state->deviceId();
        ASSERT_TRUE(deviceId) << deviceId.error().message;
        auto account = desktop::ServerSession::login(
            *m_transport,
            {proxyUrl(), caCertificatePath(), kAlexEmail, kFaultDemoPassword, "pipeline", {}},
            *deviceId);
        ASSERT_TRUE(account) << account.error().code << ": " << account.error().message;
        ASSERT_TRUE(m_state->saveAccount(*account));
        m_deviceId = *deviceId;
        m_session = std::make_unique<desktop::ServerSession>(*m_transport, *m_state, *account);
        m_engine = std::make_unique<desktop::SyncEngine>(m_store->database(), *m_session);
        // The organizations must be in the store before records can be written to them.
        auto first = m_engine->syncOnce();
        ASSERT_TRUE(first) << first.error().code << ": " << first.error().message;
    }

    void TearDown() override
    {
        m_engine.reset();
        m_session.reset();
        m_state.reset();
        m_store.reset();
        // Hand the driver registration back to Qt (it deletes the creator), so LeakSanitizer,
        // which checks before QtSql's globals are torn down in this non-Qt test main, stays quiet.
        QSqlDatabase::registerSqlDriver(desktop::sqlcipher::SqlCipherDriver::kDriverName, nullptr);
        SyncFaultFixture::TearDown();
    }

    void addClients(const std::string& org, int count)
    {
        desktop::LocalChanges changes(m_store->database());
        for (int i = 0; i < count; ++i) {
            auto added = changes.add("client", org,
                                     {{"first_name", "Pipeline"},
                                      {"last_name", "Client " + std::to_string(i)},
                                      {"email", "pipeline" + std::to_string(i) + "@example.com"}});
            ASSERT_TRUE(added) << added.error().code << ": " << added.error().message;
        }
    }

    std::unique_ptr<desktop::LocalStore> m_store;
    std::unique_ptr<desktop::SyncStateRepository> m_state;
    std::unique_ptr<WatchedTransport> m_transport;
    std::unique_ptr<desktop::ServerSession> m_session;
    std::unique_ptr<desktop::SyncEngine> m_engine;
    std::string m_deviceId;
};

TEST_F(PushPipeline, TheNextBatchLeavesBeforeTheAcknowledgementIsStored)
{
    const std::string org = orgId(kNorthside);
    addClients(org, kClients);
    ASSERT_FALSE(HasFatalFailure());
    // A new session, as fitflow-cli starts every sync: no access token yet, so the round begins
    // with the token refresh and only then pushes.
    const auto account = m_state->account();
    ASSERT_TRUE(account && *account);
    m_engine.reset();
    m_session = std::make_unique<desktop::ServerSession>(*m_transport, *m_state, **account);
    m_engine = std::make_unique<desktop::SyncEngine>(m_store->database(), *m_session);
    // At each stored acknowledgement but the last: had the next batch left?
    std::vector<bool> nextHadLeft;
    m_engine->setProgressCallback([&](const std::string& phase, const desktop::SyncReport&) {
        if (phase != "push") {
            return;
        }
        const int stored = static_cast<int>(nextHadLeft.size()) + 1;
        if (stored < kBatches) {
            // Without the overlap batch N+1 leaves only after this returns: the wait times out.
            nextHadLeft.push_back(m_transport->waitForPushes(stored + 1, kOverlapTimeout));
        }
    });
    const std::uint64_t connectionsBefore = proxy().counters().connectionsAccepted;
    auto report = m_engine->syncOnce();
    ASSERT_TRUE(report) << report.error().code << ": " << report.error().message;

    EXPECT_EQ(nextHadLeft, std::vector<bool>(kBatches - 1, true));
    EXPECT_EQ(report->pushed, kClients);
    EXPECT_EQ(report->rejected, 0);
    // Everything arrived once, in order, and nothing waits on the device.
    EXPECT_EQ(sqlCount("SELECT last_mutation_id FROM sync_devices WHERE device_id = '" +
                       m_deviceId + "'"),
              kClients);
    EXPECT_EQ(sqlCount("SELECT count(*) FROM clients WHERE org_id = '" + org +
                       "' AND given_name = 'Pipeline'"),
              kClients);
    auto pending = desktop::OutboxRepository(m_store->database()).pendingCount();
    ASSERT_TRUE(pending);
    EXPECT_EQ(*pending, 0);
    // One request per batch; the refresh and the first batch opened a connection each, the two
    // batches after it shared one.
    const auto beforeMe = m_transport->connectionsBeforeMe();
    ASSERT_TRUE(beforeMe);
    EXPECT_EQ(m_transport->pushesSent(), kBatches);
    EXPECT_EQ(*beforeMe - connectionsBefore, 3u);
}

} // namespace fitflow::test
