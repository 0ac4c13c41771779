#pragma once
// Background sync for the desktop app: runs sync rounds on a worker thread of its own (the job,
// and with it the store connection, is created on that thread), on a timer, on reconnect,
// shortly after local writes, with backoff after failures (SyncPlan decides when), never two at
// once. Lives on the GUI thread and reports through statusChanged(); stop() (also run by the
// destructor) waits for a running round and ends the thread.

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
    using SteadyClock = std::function<SyncPlan::TimePoint()>;

    // `makeJob` is called on the worker thread before the first round.
    explicit SyncScheduler(JobFactory makeJob, SyncPlanSettings settings = {},
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
    void onRoundFinished(const SyncRoundOutcome& outcome);
    void updateActivity();

    JobFactory m_makeJob;
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
