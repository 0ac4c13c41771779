// SyncScheduler with the real StoreSyncJob against the real server: a store logged in through
// fitflow-cli is synced in the background (worker thread, its own SQLCipher connection), and a
// record added afterwards reaches the server shortly after the scheduler hears of the write.

#include "desktop/sync/StoreSyncJob.h"
#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fitflow::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kSam = "sam@demo.fitflow.test";

class SyncSchedulerEndToEnd : public CliSyncFixture {
protected:
    // Runs the event loop until `done` or the deadline; returns `done()`.
    template <typename Condition> static bool waitFor(Condition done, std::chrono::seconds limit)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < std::chrono::milliseconds(limit).count()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return done();
    }
};

TEST_F(SyncSchedulerEndToEnd, BackgroundRoundsSyncTheStoreAndALocalWriteSoonAfter)
{
    int argc = 1;
    char name[] = "TestSyncSchedulerEndToEnd";
    char* argv[] = {name, nullptr};
    QCoreApplication application(argc, argv);

    const std::string store = newDevice("desk", kSam);
    ASSERT_FALSE(HasFailure());
    desktop::SyncPlanSettings settings;
    settings.interval = 1h;
    settings.debounce = 200ms;
    const QString path = QString::fromStdString(store);
    desktop::SyncScheduler scheduler(
        [path] {
            return std::make_unique<desktop::StoreSyncJob>(path, QByteArray(kCliPassphrase));
        },
        settings);
    scheduler.start();
    ASSERT_TRUE(waitFor([&] { return scheduler.status().rounds >= 1; }, 60s));
    ASSERT_EQ(scheduler.status().activity, desktop::SyncActivity::Idle)
        << scheduler.status().lastErrorCode.toStdString() << ": "
        << scheduler.status().lastErrorMessage.toStdString();
    EXPECT_EQ(scheduler.status().pending, 0);
    EXPECT_TRUE(scheduler.status().lastSuccess.isValid());

    const auto dumped = nlohmann::json::parse(dump(store), nullptr, false);
    ASSERT_FALSE(dumped.value("organization", nlohmann::json::array()).empty());
    const std::string org = dumped["organization"][0].value("id", std::string{});
    const std::string client =
        add(store, "client", org, {{"first_name", "Background"}, {"last_name", "Sync"}});
    ASSERT_FALSE(client.empty());
    scheduler.notifyLocalWrite();
    ASSERT_TRUE(waitFor([&] { return scheduler.status().rounds >= 2; }, 60s));
    EXPECT_EQ(scheduler.status().activity, desktop::SyncActivity::Idle)
        << scheduler.status().lastErrorMessage.toStdString();
    EXPECT_EQ(scheduler.status().pending, 0);
    scheduler.stop();

    // Another device of Sam receives it from the server.
    const std::string phone = newDevice("phone", kSam);
    ASSERT_EQ(sync(phone).exitCode, 0);
    EXPECT_NE(dump(phone).find(client), std::string::npos);
}

} // namespace
} // namespace fitflow::test
