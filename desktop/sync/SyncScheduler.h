#pragma once
// Background sync for the desktop app: runs sync rounds on a timer, on reconnect, shortly after
// local writes, with backoff after failures (SyncPlan decides when), never two at once. Rounds
// run on a worker thread of its own (the job, and with it the store connection, is created on
// that thread), or wherever the owner's RoundStarter runs them (e.g. the app's store thread).
// Lives on the GUI thread and reports through statusChanged(); stop() (also run by the
// destructor) waits for a running round on its worker thread and ends the thread.

#include "desktop/sync/SyncEngine.h"
#include "desktop/sync/SyncPlan.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace fitflow::desktop {

class ServerConnectionMonitor;

// What one round produced (filled on the worker thread).
struct SyncRoundOutcome {
    SyncRoundResult result;
    std::string message; // the error's message when !result.ok (not translated)
    qint64 pending = -1; // outbox entries left afterwards; -1 when unknown
    SyncReport report;   // when result.ok
};

// One sync round on the worker thread. Created there by the scheduler's factory and destroyed
// there when the scheduler stops, so a store connection it opens never crosses threads.
class SyncJob {
public:
    virtual ~SyncJob() = default;
    virtual SyncRoundOutcome runRound() = 0;
};

struct SyncSchedulerStatus {
    SyncActivity activity = SyncActivity::Idle;
    QDateTime lastSuccess; // UTC; invalid before the first successful round
    qint64 pending = -1;   // outbox entries after the last round; -1 before any round
    QString lastErrorCode; // empty after a successful round
    QString lastErrorMessage;
    int rounds = 0; // rounds finished since start()
};

class SyncScheduler : public QObject {
    Q_OBJECT

public:
    using JobFactory = std::function<std::unique_ptr<SyncJob>()>;
    using RoundDone = std::function<void(const SyncRoundOutcome&)>;
    // Starts one round elsewhere (e.g. on the app's store thread) and calls `done` exactly once,
    // on the scheduler's thread, when it ends.
    using RoundStarter = std::function<void(RoundDone done)>;
    using SteadyClock = std::function<SyncPlan::TimePoint()>;

    // Rounds on a worker thread of the scheduler's own; `makeJob` is called there before the
    // first round.
    explicit SyncScheduler(JobFactory makeJob, SyncPlanSettings settings = {},
                           SteadyClock clock = {}, QObject* parent = nullptr);
    // Rounds wherever `startRound` runs them; the scheduler only decides when.
    explicit SyncScheduler(RoundStarter startRound, SyncPlanSettings settings = {},
                           SteadyClock clock = {}, QObject* parent = nullptr);
    ~SyncScheduler() override;

    // Starts the worker thread; the first round is due at once (if online).
    void start();
    // Stops planning, waits for a running round to end, ends the worker thread. Idempotent.
    void stop();

    // Follows `monitor`'s state: Online counts as online, anything else as offline.
    void followMonitor(ServerConnectionMonitor* monitor);

    SyncSchedulerStatus status() const { return m_status; }

public slots:
    void notifyLocalWrite();
    void setOnline(bool online);
    void syncNow();

signals:
    void statusChanged();

private:
    void replan();
    void startRoundIfDue();
    void startOnWorker();
    void onRoundFinished(const SyncRoundOutcome& outcome);
    void updateActivity();

    JobFactory m_makeJob;      // rounds on m_thread, or
    RoundStarter m_startRound; // rounds started by the owner
    SteadyClock m_clock;
    SyncPlan m_plan;
    SyncSchedulerStatus m_status;
    QTimer m_timer;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    std::shared_ptr<std::unique_ptr<SyncJob>> m_job; // touched on the worker thread only
    bool m_started = false;
};

} // namespace fitflow::desktop
