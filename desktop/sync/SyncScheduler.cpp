#include "desktop/sync/SyncScheduler.h"

#include "desktop/sync/ServerConnectionMonitor.h"

#include <QPointer>

#include <algorithm>

namespace fitflow::desktop {

namespace {

SyncPlan::TimePoint steadyNow()
{
    return std::chrono::steady_clock::now();
}

} // namespace

SyncScheduler::SyncScheduler(JobFactory makeJob, SyncPlanSettings settings, SteadyClock clock,
                             QObject* parent)
    : QObject(parent)
    , m_makeJob(std::move(makeJob))
    , m_clock(clock ? std::move(clock) : SteadyClock(steadyNow))
    , m_plan(std::move(settings), m_clock())
    , m_job(std::make_shared<std::unique_ptr<SyncJob>>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::startRoundIfDue);
    m_thread.setObjectName(QStringLiteral("fitflow-sync"));
}

SyncScheduler::SyncScheduler(RoundStarter startRound, SyncPlanSettings settings, SteadyClock clock,
                             QObject* parent)
    : SyncScheduler(JobFactory{}, std::move(settings), std::move(clock), parent)
{
    m_startRound = std::move(startRound);
}

SyncScheduler::~SyncScheduler()
{
    stop();
}

void SyncScheduler::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (m_startRound) {
        replan();
        return;
    }
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    // The job (and its store connection) is destroyed on the worker thread, as it was created.
    connect(&m_thread, &QThread::finished, m_worker, [job = m_job] { job->reset(); });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    replan();
}

void SyncScheduler::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    m_timer.stop();
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_worker = nullptr;
}

void SyncScheduler::followMonitor(ServerConnectionMonitor* monitor)
{
    connect(monitor, &ServerConnectionMonitor::stateChanged, this,
            [this](ServerConnectionMonitor::State state) {
                setOnline(state == ServerConnectionMonitor::State::Online);
            });
    setOnline(monitor->state() == ServerConnectionMonitor::State::Online);
}

void SyncScheduler::notifyLocalWrite()
{
    m_plan.localWrite(m_clock());
    replan();
}

void SyncScheduler::setOnline(bool online)
{
    m_plan.connectivityChanged(online, m_clock());
    updateActivity();
    replan();
}

void SyncScheduler::syncNow()
{
    m_plan.requestNow(m_clock());
    replan();
}

void SyncScheduler::replan()
{
    if (!m_started) {
        return;
    }
    const auto wake = m_plan.nextWake();
    if (!wake) {
        m_timer.stop();
        return;
    }
    const auto wait = std::max(std::chrono::milliseconds{0},
                               std::chrono::ceil<std::chrono::milliseconds>(*wake - m_clock()));
    m_timer.start(wait);
}

void SyncScheduler::startRoundIfDue()
{
    if (!m_started || !m_plan.startIfDue(m_clock())) {
        replan();
        return;
    }
    updateActivity();
    if (m_startRound) {
        m_startRound([self = QPointer<SyncScheduler>(this)](const SyncRoundOutcome& outcome) {
            if (self) {
                self->onRoundFinished(outcome);
            }
        });
        return;
    }
    startOnWorker();
}

void SyncScheduler::startOnWorker()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = m_job, makeJob = m_makeJob] {
            if (!*job) {
                *job = makeJob();
            }
            SyncRoundOutcome outcome;
            if (*job) {
                outcome = (*job)->runRound();
            } else {
                outcome.result = {false, "sync_unavailable", std::nullopt};
                outcome.message = "the sync job could not be created";
            }
            // Dropped if the scheduler is gone by then (its thread's queue owns the call).
            QMetaObject::invokeMethod(
                this, [this, outcome] { onRoundFinished(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncScheduler::onRoundFinished(const SyncRoundOutcome& outcome)
{
    m_plan.finished(outcome.result, m_clock());
    ++m_status.rounds;
    if (outcome.pending >= 0) {
        m_status.pending = outcome.pending;
    }
    if (outcome.result.ok) {
        m_status.lastSuccess = QDateTime::currentDateTimeUtc();
        m_status.lastErrorCode.clear();
        m_status.lastErrorMessage.clear();
    } else {
        m_status.lastErrorCode = QString::fromStdString(outcome.result.errorCode);
        m_status.lastErrorMessage = QString::fromStdString(outcome.message);
    }
    updateActivity();
    replan();
}

void SyncScheduler::updateActivity()
{
    m_status.activity = m_plan.activity();
    emit statusChanged();
}

} // namespace fitflow::desktop
