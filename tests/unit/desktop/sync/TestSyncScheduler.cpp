// SyncScheduler with short real timers and a scripted job: rounds run on the worker thread (the
// job is created and destroyed there), one at a time, after writes, on reconnect, with backoff
// after failures, and stop() waits for a running round. The end-to-end round against the real
// server is tests/integration/sync/TestSyncSchedulerEndToEnd.cpp.

#include "desktop/sync/SyncScheduler.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

using namespace fitflow::desktop;
using namespace std::chrono_literals;

namespace {

// What the scripted jobs saw, shared with the test (written on the worker thread).
struct JobLog {
    std::mutex mutex;
    std::deque<SyncRoundResult> script; // results to return, in order; then success
    std::vector<std::thread::id> createdOn;
    std::vector<std::thread::id> destroyedOn;
    std::vector<std::thread::id> ranOn;
    std::atomic<int> running{0};
    std::atomic<int> maxRunning{0};
    std::chrono::milliseconds roundTime{0};
};

class ScriptedJob final : public SyncJob {
public:
    explicit ScriptedJob(JobLog& log)
        : m_log(log)
    {
        const std::lock_guard lock(m_log.mutex);
        m_log.createdOn.push_back(std::this_thread::get_id());
    }
    ~ScriptedJob() override
    {
        const std::lock_guard lock(m_log.mutex);
        m_log.destroyedOn.push_back(std::this_thread::get_id());
    }

    SyncRoundOutcome runRound() override
    {
        const int now = ++m_log.running;
        int seen = m_log.maxRunning.load();
        while (now > seen && !m_log.maxRunning.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(m_log.roundTime);
        SyncRoundOutcome outcome;
        outcome.result.ok = true;
        outcome.pending = 0;
        {
            const std::lock_guard lock(m_log.mutex);
            m_log.ranOn.push_back(std::this_thread::get_id());
            if (!m_log.script.empty()) {
                outcome.result = m_log.script.front();
                m_log.script.pop_front();
                outcome.pending = 3;
            }
        }
        --m_log.running;
        return outcome;
    }

private:
    JobLog& m_log;
};

SyncPlanSettings fastSettings()
{
    SyncPlanSettings settings;
    settings.interval = 1h; // only the first round and the triggers under test run
    settings.debounce = 100ms;
    settings.retry = RetryPolicy(40ms, 1s, [] { return 1.0; });
    return settings;
}

std::size_t roundsOf(JobLog& log)
{
    const std::lock_guard lock(log.mutex);
    return log.ranOn.size();
}

} // namespace

class TestSyncScheduler : public QObject {
    Q_OBJECT

private slots:
    void roundsRunOnTheWorkerThreadWhereTheJobLives()
    {
        JobLog log;
        {
            SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                    fastSettings());
            scheduler.start();
            QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
            QVERIFY(scheduler.status().activity == SyncActivity::Idle);
            QVERIFY(scheduler.status().lastSuccess.isValid());
            QCOMPARE(scheduler.status().pending, qint64{0});
        }
        const std::lock_guard lock(log.mutex);
        QCOMPARE(log.createdOn.size(), std::size_t{1});
        QCOMPARE(log.destroyedOn.size(), std::size_t{1});
        QVERIFY(log.createdOn.front() != std::this_thread::get_id());
        QVERIFY(log.ranOn.front() == log.createdOn.front());
        QVERIFY(log.destroyedOn.front() == log.createdOn.front());
    }

    void transientFailuresAreRetriedWithBackoffUntilSuccess()
    {
        JobLog log;
        log.script = {{false, "server_unavailable", std::nullopt},
                      {false, "network_error", std::nullopt}};
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        QList<SyncActivity> seen;
        connect(&scheduler, &SyncScheduler::statusChanged, this,
                [&] { seen.append(scheduler.status().activity); });
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 3, 5000);
        QVERIFY(scheduler.status().activity == SyncActivity::Idle);
        QVERIFY(seen.contains(SyncActivity::Error));
        QVERIFY(seen.contains(SyncActivity::Offline));
        QVERIFY(scheduler.status().lastErrorCode.isEmpty());
        // Nothing more is due for an hour.
        QTest::qWait(300);
        QCOMPARE(scheduler.status().rounds, 3);
    }

    void retryAfterIsHonoured()
    {
        JobLog log;
        log.script = {{false, "rate_limited", std::chrono::seconds{1}}};
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
        QCOMPARE(scheduler.status().lastErrorCode, QStringLiteral("rate_limited"));
        QTest::qWait(700); // the jittered backoff alone would be 40 ms
        QCOMPARE(scheduler.status().rounds, 1);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 2, 5000);
    }

    void aBurstOfLocalWritesSyncsOnceAndNeverTwoRoundsRunAtOnce()
    {
        JobLog log;
        log.roundTime = 150ms;
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
        for (int i = 0; i < 10; ++i) {
            scheduler.notifyLocalWrite();
            QTest::qWait(20);
        }
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 2, 5000);
        QTest::qWait(400);
        QCOMPARE(scheduler.status().rounds, 2);
        // Requests while a round runs: one more round afterwards, never two at once.
        scheduler.syncNow();
        QTest::qWait(30);
        scheduler.syncNow();
        scheduler.notifyLocalWrite();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.status().rounds >= 3, 5000);
        QTest::qWait(500);
        QCOMPARE(log.maxRunning.load(), 1);
        QVERIFY(scheduler.status().rounds <= 4);
    }

    void offlineWaitsAndReconnectSyncsAtOnce()
    {
        JobLog log;
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        scheduler.setOnline(false);
        scheduler.start();
        scheduler.notifyLocalWrite();
        QTest::qWait(300);
        QCOMPARE(roundsOf(log), std::size_t{0});
        QVERIFY(scheduler.status().activity == SyncActivity::Offline);
        scheduler.setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
    }

    void revokedDeviceStopsUntilTheUserAsks()
    {
        JobLog log;
        log.script = {{false, "device_revoked", std::nullopt}};
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
        scheduler.notifyLocalWrite();
        QTest::qWait(300);
        QCOMPARE(scheduler.status().rounds, 1);
        QVERIFY(scheduler.status().activity == SyncActivity::Error);
        QCOMPARE(scheduler.status().pending, qint64{3});
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 2, 5000);
    }

    void aRoundStarterRunsRoundsWhereTheOwnerWantsOneAtATime()
    {
        int running = 0;
        int maxRunning = 0;
        int started = 0;
        SyncScheduler scheduler(
            [&](SyncScheduler::RoundDone done) {
                ++started;
                maxRunning = std::max(maxRunning, ++running);
                // Finishes later on this thread, like a reply from the store thread.
                QTimer::singleShot(100, [&running, done = std::move(done)] {
                    --running;
                    SyncRoundOutcome outcome;
                    outcome.result.ok = true;
                    outcome.pending = 0;
                    done(outcome);
                });
            },
            fastSettings());
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.status().rounds, 1, 5000);
        scheduler.syncNow();
        QTest::qWait(20);
        scheduler.syncNow();
        scheduler.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.status().rounds >= 3, 5000);
        QTest::qWait(300);
        QCOMPARE(maxRunning, 1);
        QCOMPARE(started, scheduler.status().rounds);
        QVERIFY(scheduler.status().activity == SyncActivity::Idle);
    }

    void aRoundEndingAfterTheSchedulerIsGoneIsIgnored()
    {
        SyncScheduler::RoundDone pending;
        {
            SyncScheduler scheduler(
                [&](SyncScheduler::RoundDone done) { pending = std::move(done); }, fastSettings());
            scheduler.start();
            QTRY_VERIFY_WITH_TIMEOUT(static_cast<bool>(pending), 5000);
            QVERIFY(scheduler.status().activity == SyncActivity::Syncing);
        }
        SyncRoundOutcome outcome;
        outcome.result.ok = true;
        pending(outcome); // must not touch the destroyed scheduler
    }

    void stopWaitsForTheRunningRoundAndNothingRunsAfterwards()
    {
        JobLog log;
        log.roundTime = 300ms;
        SyncScheduler scheduler([&log] { return std::make_unique<ScriptedJob>(log); },
                                fastSettings());
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(log.running.load(), 1, 5000);
        scheduler.stop();
        QCOMPARE(log.running.load(), 0);
        {
            const std::lock_guard lock(log.mutex);
            QCOMPARE(log.destroyedOn.size(), std::size_t{1});
        }
        scheduler.notifyLocalWrite();
        scheduler.syncNow();
        QTest::qWait(300);
        QCOMPARE(roundsOf(log), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "TestSyncScheduler.moc"
